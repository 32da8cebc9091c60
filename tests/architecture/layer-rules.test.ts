import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The repository's own eslint.config.js, run on probe sources placed at real paths in src/.
// Type-aware rules are switched off: the probes are not files the TypeScript project knows.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      "@typescript-eslint/no-floating-promises": "off",
      "@typescript-eslint/no-misused-promises": "off",
      "@typescript-eslint/await-thenable": "off",
    },
  },
});

async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result.messages.map((m) => `${m.ruleId ?? "fatal"}: ${m.message}`);
}

describe("layer rules the linter enforces", () => {
  const forbidden: [string, string, string, RegExp][] = [
    [
      "core → archive",
      "src/core/card/probe.ts",
      `import { createSqliteArchive } from "../../archive/sqlite-archive.js";\nexport const p = createSqliteArchive;\n`,
      /^layers\/allowed-imports: src\/core may not import src\/archive\/sqlite-archive\.ts/,
    ],
    [
      "core → sources",
      "src/core/probe.ts",
      `import { extractArticle } from "../sources/extract-article.js";\nexport const p = extractArticle;\n`,
      /^layers\/allowed-imports: src\/core may not import src\/sources\/extract-article\.ts/,
    ],
    [
      "core → app",
      "src/core/text/probe.ts",
      `import type { Reply } from "../../app/reply.js";\nexport type P = Reply;\n`,
      /^layers\/allowed-imports: src\/core may not import src\/app\/reply\.ts/,
    ],
    [
      "core reading Date.now()",
      "src/core/quotes/probe.ts",
      `export const stamp = (): number => Date.now();\n`,
      /^no-restricted-syntax: src\/core never reads the clock/,
    ],
    [
      "core reading new Date()",
      "src/core/quotes/probe.ts",
      `export const stamp = (): Date => new Date();\n`,
      /^no-restricted-syntax: src\/core never reads the clock/,
    ],
    [
      "core reading performance.now()",
      "src/core/quotes/probe.ts",
      `export const stamp = (): number => performance.now();\n`,
      /^no-restricted-globals: .*src\/core never reads the clock/,
    ],
    [
      "core reading process",
      "src/core/quotes/probe.ts",
      `export const home = (): string | undefined => process.env.HOME;\n`,
      /^no-restricted-globals: .*src\/core never reads the environment/,
    ],
    [
      "core doing I/O",
      "src/core/probe.ts",
      `import { readFileSync } from "node:fs";\nexport const p = readFileSync;\n`,
      /^layers\/allowed-imports: src\/core may not import the package node:fs/,
    ],
    [
      "app → sources",
      "src/app/ingest/probe.ts",
      `import { createGuardedFetch } from "../../sources/guarded-fetch.js";\nexport const p = createGuardedFetch;\n`,
      /^layers\/allowed-imports: src\/app may not import src\/sources\/guarded-fetch\.ts/,
    ],
    [
      "app → config",
      "src/app/chat/probe.ts",
      `import { loadConfig } from "../../config/load-config.js";\nexport const p = loadConfig;\n`,
      /^layers\/allowed-imports: src\/app may not import src\/config\/load-config\.ts/,
    ],
    [
      "app → archive",
      "src/app/probe.ts",
      `import { createSqliteArchive } from "../archive/sqlite-archive.js";\nexport const p = createSqliteArchive;\n`,
      /^layers\/allowed-imports: src\/app may not import src\/archive\/sqlite-archive\.ts/,
    ],
    [
      "app → an adapter",
      "src/app/render/probe.ts",
      `import { escapeMrkdwn } from "../../adapters/slack/escape-slack-text.js";\nexport const p = escapeMrkdwn;\n`,
      /^layers\/allowed-imports: src\/app may not import src\/adapters\/slack\/escape-slack-text\.ts/,
    ],
    [
      "one adapter → another (relative path)",
      "src/adapters/discord/probe.ts",
      `import { escapeMrkdwn } from "../slack/escape-slack-text.js";\nexport const p = escapeMrkdwn;\n`,
      /^layers\/allowed-imports: src\/adapters\/discord may not import src\/adapters\/slack\/escape-slack-text\.ts/,
    ],
    [
      "one adapter → another (type only)",
      "src/adapters/slack/probe.ts",
      `import type { DiscordOptions } from "../discord/discord-options.js";\nexport type P = DiscordOptions;\n`,
      /^layers\/allowed-imports: src\/adapters\/slack may not import src\/adapters\/discord\/discord-options\.ts/,
    ],
    [
      "adapter → archive",
      "src/adapters/slack/probe.ts",
      `import { createSqliteArchive } from "../../archive/sqlite-archive.js";\nexport const p = createSqliteArchive;\n`,
      /^layers\/allowed-imports: src\/adapters\/slack may not import src\/archive\/sqlite-archive\.ts/,
    ],
    [
      "adapter → sources",
      "src/adapters/discord/probe.ts",
      `import { createGuardedFetch } from "../../sources/guarded-fetch.js";\nexport const p = createGuardedFetch;\n`,
      /^layers\/allowed-imports: src\/adapters\/discord may not import src\/sources\/guarded-fetch\.ts/,
    ],
    [
      "adapter → config",
      "src/adapters/terminal/probe.ts",
      `import { loadConfig } from "../../config/load-config.js";\nexport const p = loadConfig;\n`,
      /^layers\/allowed-imports: src\/adapters\/terminal may not import src\/config\/load-config\.ts/,
    ],
    [
      "adapter → core (a value, not a type)",
      "src/adapters/discord/probe.ts",
      `import { buildCard } from "../../core/build-card.js";\nexport const p = buildCard;\n`,
      /^layers\/allowed-imports: src\/adapters\/discord may import src\/core\/build-card\.ts for types only/,
    ],
    [
      "adapter → the database driver",
      "src/adapters/discord/probe.ts",
      `import type { Database } from "better-sqlite3";\nexport type P = Database;\n`,
      /^layers\/allowed-imports: src\/adapters\/discord may not import the package better-sqlite3/,
    ],
    [
      "archive → an adapter",
      "src/archive/probe.ts",
      `import { escapeMrkdwn } from "../adapters/slack/escape-slack-text.js";\nexport const p = escapeMrkdwn;\n`,
      /^layers\/allowed-imports: src\/archive may not import src\/adapters\/slack\/escape-slack-text\.ts/,
    ],
    [
      "archive → sources",
      "src/archive/probe.ts",
      `import { createGuardedFetch } from "../sources/guarded-fetch.js";\nexport const p = createGuardedFetch;\n`,
      /^layers\/allowed-imports: src\/archive may not import src\/sources\/guarded-fetch\.ts/,
    ],
    [
      "sources → a use case",
      "src/sources/probe.ts",
      `import { createFeedPoller } from "../app/ingest/poll-feed.js";\nexport const p = createFeedPoller;\n`,
      /^layers\/allowed-imports: src\/sources may not import src\/app\/ingest\/poll-feed\.ts/,
    ],
    [
      "dynamic import across a boundary",
      "src/app/probe.ts",
      `export const load = async (): Promise<unknown> => import("../adapters/discord/start-discord.js");\n`,
      /^layers\/allowed-imports: src\/app may not import src\/adapters\/discord\/start-discord\.ts/,
    ],
  ];

  it.each(forbidden)("%s fails lint", async (_name, filePath, code, expected) => {
    const messages = await lint(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(expected);
  });

  const allowed: [string, string, string][] = [
    [
      "an adapter → app, its own folder, core types",
      "src/adapters/discord/probe.ts",
      [
        `import type { Reply } from "../../app/reply.js";`,
        `import type { BriefingCard } from "../../core/card/card-schema.js";`,
        `import { discordLimits } from "./discord-limits.js";`,
        `import { Routes } from "discord.js";`,
        `export const p = [discordLimits, Routes];`,
        `export type P = [Reply, BriefingCard];`,
        ``,
      ].join("\n"),
    ],
    [
      "core → core and its pure libraries",
      "src/core/card/probe.ts",
      [
        `import { z } from "zod";`,
        `import type { Span } from "./card-schema.js";`,
        `export const at = (when: Date): number => when.getTime() + new Date(0).getTime();`,
        `export const p = z;`,
        `export type P = Span;`,
        ``,
      ].join("\n"),
    ],
    [
      "the composition root → everything",
      "src/cli/probe.ts",
      [
        `import { createSqliteArchive } from "../archive/sqlite-archive.js";`,
        `import { loadConfig } from "../config/load-config.js";`,
        `import { createGuardedFetch } from "../sources/guarded-fetch.js";`,
        `export const load = async (): Promise<unknown> => import("../adapters/slack/start-slack.js");`,
        `export const p = [createSqliteArchive, loadConfig, createGuardedFetch];`,
        ``,
      ].join("\n"),
    ],
    [
      "sources → a port",
      "src/sources/probe.ts",
      [
        `import type { FetchPage } from "../app/ports/fetch-page.js";`,
        `import { isBlockedAddress } from "../app/policy/blocked-address.js";`,
        `export const p = isBlockedAddress;`,
        `export type P = FetchPage;`,
        ``,
      ].join("\n"),
    ],
  ];

  it.each(allowed)("%s lints clean", async (_name, filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });
});
