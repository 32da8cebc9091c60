import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../bin/briefbot.js", import.meta.url));
const seed = fileURLToPath(new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url));

export interface ColdStart {
  nodeMs: number;
  briefMs: number;
}

/**
 * Median wall time of `runs` spawns of `node bin/briefbot.js brief <seed>` beside `node -e 0`,
 * interleaved so a busy moment on the machine hits both alike.
 */
export function measureColdStart(runs = 5): ColdStart {
  const node: number[] = [];
  const brief: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    node.push(time([process.execPath, "-e", "0"]));
    brief.push(time([process.execPath, bin, "brief", seed]));
  }
  return { nodeMs: median(node), briefMs: median(brief) };
}

function time([command = "", ...args]: string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${String(run.stderr)}`);
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
