#!/usr/bin/env node
// Runs a TypeScript entry point (benchmarks, scripts) through tsx, so nothing needs a build step.
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: run-ts <file.ts> [args…]");
  process.exit(2);
}
process.argv = [process.argv[0] ?? "node", entry, ...rest];
register();
await import(pathToFileURL(resolve(entry)).href);
