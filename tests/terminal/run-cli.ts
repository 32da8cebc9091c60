import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
export const SEED = join(ROOT, "briefs/000_b5a16409ffaccd6c.txt");

/** A temp folder with a briefs folder (optionally holding a copy of the seed article) and a db path. */
export function tempSetup(options: { seed?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-cli-"));
  const briefs = join(dir, "briefs");
  mkdirSync(briefs);
  if (options.seed) copyFileSync(SEED, join(briefs, "000_b5a16409ffaccd6c.txt"));
  return { dir, briefs, db: join(dir, "data", "briefbot.db") };
}

/** Runs the real `briefbot` command with `input` on stdin, without platform tokens. */
export function runCli(
  args: string[],
  input: string,
  env: Record<string, string> = {},
  cwd = ROOT,
) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(DISCORD_|SLACK_|BRIEFBOT_)/.test(key)),
  );
  const result = spawnSync(process.execPath, [join(ROOT, "bin/briefbot.js"), ...args], {
    cwd,
    input,
    encoding: "utf8",
    env: { ...clean, ...env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
