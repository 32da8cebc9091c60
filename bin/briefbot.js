#!/usr/bin/env node
// The `briefbot` command: runs the compiled app in dist/ (`npm install` builds it in a clone).
import { existsSync } from "node:fs";

const entry = new URL("../dist/main.js", import.meta.url);
if (existsSync(entry)) await import(entry.href);
else {
  process.stderr.write("briefbot: the app is not built yet; run `npm run build` first.\n");
  process.exitCode = 1;
}
