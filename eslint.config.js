// One linter for the whole tree. The import rules below keep the architecture honest:
// the core is pure, use cases never reach into adapters, and platform adapters never meet.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const ioModules = [
  "node:fs",
  "node:fs/promises",
  "node:net",
  "node:http",
  "node:https",
  "node:dns",
  "node:child_process",
  "fs",
  "fs/promises",
  "net",
  "http",
  "https",
  "dns",
  "child_process",
  "better-sqlite3",
  "discord.js",
  "@slack/bolt",
  "@slack/web-api",
  "croner",
  "undici",
];

const adapterGroups = (except) =>
  ["discord", "slack", "terminal"]
    .filter((name) => name !== except)
    .map((name) => `**/adapters/${name}/**`);

export default tseslint.config(
  { ignores: ["node_modules/**", "data/**", "coverage/**", "bench/out/**", "dist/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Every port is asynchronous: a promise nobody awaits is a write that may not have happened
    // (or a fault nobody sees), and an async callback where a plain one is expected runs unawaited.
    files: ["src/**/*.ts", "tests/**/*.ts", "bench/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    // Test servers hand node:http an async request handler; its faults fail the test anyway.
    files: ["tests/**/*.ts"],
    rules: {
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { arguments: false } },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ioModules.map((name) => ({ name, message: "src/core is pure: no I/O." })),
          patterns: [
            {
              group: ["**/app/**", "**/adapters/**", "**/main.js"],
              message: "src/core imports only src/core.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        {
          name: "process",
          message: "src/core never reads the environment; take values as arguments.",
        },
        { name: "fetch", message: "src/core does no I/O." },
      ],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["discord.js", "@slack/bolt", "@slack/web-api"].map((name) => ({
            name,
            message: "use cases are platform-neutral.",
          })),
          patterns: [
            {
              group: ["**/adapters/**", "**/main.js"],
              message: "use cases never import adapters.",
            },
          ],
        },
      ],
    },
  },
  ...["discord", "slack", "terminal"].map((name) => ({
    files: [`src/adapters/${name}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: adapterGroups(name), message: "adapters never import each other." }],
        },
      ],
    },
  })),
);
