import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const seedName = "000_b5a16409ffaccd6c.txt";

/** How the child ended: the exit code, or the signal that killed it. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running `node bin/briefbot.js start`, its output so far, and a way to stop it. */
export interface RunningBriefbot {
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with how the child ended. */
  stop(graceMs?: number): Promise<Exit>;
}

// Whatever the developer's shell exports must not leak into the child: only what the test sets.
const owned = /^(DISCORD_|SLACK_|BRIEFBOT_|PORT$)/;

/**
 * Spawns the real `briefbot start` from the repository root with a fresh archive file and a briefs
 * folder holding the seed article plus `extraArticles`, exactly as an operator would run it.
 */
export function spawnBriefbotStart(
  env: Record<string, string>,
  extraArticles: Record<string, string> = {},
): RunningBriefbot {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-e2e-"));
  const briefs = join(dir, "briefs");
  mkdirSync(briefs);
  copyFileSync(join(root, "briefs", seedName), join(briefs, seedName));
  for (const [name, text] of Object.entries(extraArticles)) writeFileSync(join(briefs, name), text);
  const inherited = Object.entries(process.env).filter(([key]) => !owned.test(key));
  const child = spawn(process.execPath, ["bin/briefbot.js", "start"], {
    cwd: root,
    env: {
      ...Object.fromEntries(inherited),
      BRIEFBOT_DB: join(dir, "briefbot.db"),
      BRIEFBOT_BRIEFS_DIR: briefs,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const exited = new Promise<Exit>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => ({ stdout, stderr }),
    stop: (graceMs) => stop(child, exited, graceMs),
  };
}

async function stop(child: ChildProcess, exited: Promise<Exit>, graceMs = 8_000): Promise<Exit> {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  const exit = await exited;
  clearTimeout(timer);
  return exit;
}

/** A port nobody is listening on right now (the OS picks it; we release it for the child). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || !address) throw new Error("no port assigned");
  return address.port;
}

/**
 * Polls until `port` accepts connections. Fails with the child's output if it exits first or the
 * deadline passes (tsx compiles the whole app on a cold start: allow for a loaded machine).
 */
export async function waitForPort(
  port: number,
  running: RunningBriefbot,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await accepts(port))) {
    const { child } = running;
    const gone = child.exitCode !== null || child.signalCode !== null;
    if (gone || Date.now() > deadline) {
      const why = gone ? `exited (${child.exitCode ?? child.signalCode})` : "is not listening";
      throw new Error(`briefbot ${why} on port ${port}:\n${running.output().stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
