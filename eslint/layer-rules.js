// The layer rules as an allowlist: every import in src/ is resolved to the file or package it
// names (relative paths included, so `../slack/x.js` from src/adapters/discord/ is caught), and
// must be on its layer's list. docs/architecture.md shows the same table.
import path from "node:path";

const adapters = ["discord", "slack", "terminal"];

// What the layers that implement ports may use of src/app: the ports, the pure policies both
// sides must agree on (src/app/policy/: URL identity, blocked addresses, time zones), and the
// ports' vocabulary (types, errors, keys) that still lives beside the use cases.
const portVocabulary = [
  "app/ports/",
  "app/policy/",
  "app/archive-error.ts",
  "app/chat-request.ts",
  "app/briefings/subscription.ts",
  "app/briefings/compose-briefing.ts",
];

/**
 * One row per layer: `modules` are src/ paths it may import (a trailing `/` is a folder),
 * `typeModules` those it may import with `import type` only, `packages` the npm packages and
 * node: built-ins it may use. Anything else is an error.
 */
export const layers = {
  core: {
    modules: ["core/"],
    packages: ["zod", "fast-xml-parser", "node:crypto"],
  },
  app: {
    modules: ["app/", "core/"],
    // croner/node-cron: schedules; fast-xml-parser: OPML; node:crypto: randomUUID;
    // node:timers/promises: backoff; node:net: isIP on a literal address (no socket).
    packages: [
      "croner",
      "node-cron",
      "fast-xml-parser",
      "node:crypto",
      "node:net",
      "node:timers/promises",
    ],
  },
  archive: {
    modules: ["archive/", "core/", ...portVocabulary],
    packages: [
      "better-sqlite3",
      "pg",
      "node:fs",
      "node:path",
      "node:zlib",
      "node:crypto",
      "node:timers/promises",
    ],
  },
  sources: {
    modules: ["sources/", "core/", ...portVocabulary],
    packages: [
      "@mozilla/readability",
      "htmlparser2",
      "linkedom",
      "undici",
      "node:dns",
      "node:fs/promises",
      "node:module",
      "node:net",
      "node:os",
      "node:path",
      "node:url",
      "node:worker_threads",
    ],
  },
  config: {
    modules: ["config/", "core/", "app/"],
    packages: ["zod", "node:fs", "node:path"],
  },
  ...Object.fromEntries(
    adapters.map((name) => [
      `adapters/${name}`,
      {
        modules: [`adapters/${name}/`, "app/"],
        typeModules: ["core/"],
        packages: [
          "zod",
          "node:crypto",
          "node:http",
          "node:net",
          "node:readline",
          "node:timers/promises",
        ],
      },
    ]),
  ),
};

// The terminal renderer wraps and cleans text with the core's own pure helpers.
layers["adapters/terminal"].modules.push(
  "core/card/wrap-text.ts",
  "core/text/strip-terminal-controls.ts",
);
layers["adapters/discord"].packages.push("discord.js");
layers["adapters/slack"].packages.push("@slack/bolt", "@slack/web-api");

/** The layer of a path relative to src/, or "root" for the composition root, or null. */
export function layerOf(relative) {
  const parts = relative.split("/");
  if (relative === "main.ts" || parts[0] === "cli") return "root";
  if (parts[0] === "adapters" && parts.length > 2) return `adapters/${parts[1]}`;
  if (parts.length > 1 && parts[0] in layers) return parts[0];
  return null;
}

const allows = (list, target) =>
  list.some((entry) => (entry.endsWith("/") ? target.startsWith(entry) : target === entry));

function packageName(specifier) {
  if (specifier.startsWith("node:")) return specifier;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Each layer imports only what its row of the layer table allows." },
    schema: [],
    messages: {
      module: "{{from}} may not import src/{{target}} (allowed: {{allowed}}).",
      typeOnly: "{{from}} may import src/{{target}} for types only (`import type`).",
      package: "{{from}} may not import the package {{name}} (allowed: {{allowed}}).",
      bareBuiltin: "Import node built-ins with the node: prefix (node:{{name}}).",
    },
  },
  create(context) {
    const src = path.join(context.cwd, "src");
    const relFile = path.relative(src, context.filename).split(path.sep).join("/");
    if (relFile.startsWith("..")) return {};
    const from = layerOf(relFile);
    if (from === null || from === "root") return {};
    const row = layers[from];

    function check(node, specifier, typeOnly) {
      if (typeof specifier !== "string") return;
      if (specifier.startsWith(".")) {
        const resolved = path.resolve(path.dirname(context.filename), specifier);
        const target = path
          .relative(src, resolved)
          .split(path.sep)
          .join("/")
          .replace(/\.js$/, ".ts");
        if (allows(row.modules, target)) return;
        if (row.typeModules && allows(row.typeModules, target)) {
          if (typeOnly) return;
          context.report({ node, messageId: "typeOnly", data: { from: `src/${from}`, target } });
          return;
        }
        const allowed = [...row.modules, ...(row.typeModules ?? []).map((m) => `${m} (types)`)];
        context.report({
          node,
          messageId: "module",
          data: { from: `src/${from}`, target, allowed: allowed.join(", ") },
        });
        return;
      }
      const name = packageName(specifier);
      if (!name.startsWith("node:") && builtins.has(name)) {
        context.report({ node, messageId: "bareBuiltin", data: { name } });
        return;
      }
      if (row.packages.includes(name)) return;
      context.report({
        node,
        messageId: "package",
        data: { from: `src/${from}`, name, allowed: row.packages.join(", ") },
      });
    }

    const declarationTypeOnly = (node) =>
      node.importKind === "type" ||
      node.exportKind === "type" ||
      (node.specifiers?.length > 0 &&
        node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, declarationTypeOnly(node)),
      ExportNamedDeclaration: (node) =>
        node.source && check(node.source, node.source.value, declarationTypeOnly(node)),
      ExportAllDeclaration: (node) =>
        check(node.source, node.source.value, node.exportKind === "type"),
      ImportExpression: (node) =>
        node.source.type === "Literal" && check(node.source, node.source.value, false),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === "Literal") check(literal, literal.value, true);
      },
    };
  },
};

const builtins = new Set([
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "dns",
  "events",
  "fs",
  "fs/promises",
  "http",
  "https",
  "module",
  "net",
  "os",
  "path",
  "perf_hooks",
  "readline",
  "stream",
  "timers",
  "timers/promises",
  "url",
  "util",
  "worker_threads",
  "zlib",
]);

export const layerPlugin = { rules: { "allowed-imports": rule } };
