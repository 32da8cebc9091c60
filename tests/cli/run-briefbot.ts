import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../bin/briefbot.js", import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the real `briefbot` command in a child process, its three streams piped. */
export function spawnBriefbot(args: string[], cwd?: string): ChildProcessWithoutNullStreams {
  // Platform settings from the developer's shell must not turn a test into a real connection.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(DISCORD_|SLACK_|BRIEFBOT_)/.test(key)),
  );
  return spawn(process.execPath, [bin, ...args], {
    stdio: ["pipe", "pipe", "pipe"],
    env,
    ...(cwd ? { cwd } : {}),
  });
}

/** Runs the real `briefbot` command in a child process, optionally feeding standard input. */
export function runBriefbot(args: string[], stdin?: string, cwd?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawnBriefbot(args, cwd);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}
