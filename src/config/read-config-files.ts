import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SETTINGS_FILE, type ConfigFiles } from "./load-config.js";

/** Reads config/briefbot.json under `root` (absent file = defaults). */
export function readConfigFiles(root: string): ConfigFiles {
  const path = join(root, SETTINGS_FILE);
  return existsSync(path) ? { [SETTINGS_FILE]: readFileSync(path, "utf8") } : {};
}

/** Loads `.env` into `process.env` when present; variables already set win (Node's rule). */
export function loadDotEnv(root: string): void {
  const path = join(root, ".env");
  if (existsSync(path)) process.loadEnvFile(path);
}
