#!/usr/bin/env node
// The `briefbot` command. TypeScript runs through tsx, so `npm install` is the only setup step.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
