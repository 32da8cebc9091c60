// Vitest global setup: many tests spawn the real `bin/briefbot.js`, which runs dist/. Rebuild it
// when any source is newer, so a test never passes or fails on yesterday's compiled code.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = join(root, "dist/.tsbuildinfo");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return newest;
}

export default function setup(): void {
  const sources = Math.max(
    newestSource(join(root, "src")),
    statSync(join(root, "tsconfig.json")).mtimeMs,
    statSync(join(root, "tsconfig.build.json")).mtimeMs,
  );
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return;
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
      cwd: root,
      stdio: "pipe",
    });
  } catch (error) {
    // Type errors still emit JavaScript; `npm run typecheck` is where they fail the run.
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
    if (!existsSync(join(root, "dist/main.js")))
      throw new Error(`the build failed:\n${output}`, { cause: error });
  }
  const now = new Date();
  if (existsSync(stamp)) utimesSync(stamp, now, now);
}
