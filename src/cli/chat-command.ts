import { runTerminalChat } from "../adapters/terminal/run-terminal-chat.js";
import { openLocalSession, type LocalSession } from "./open-local-session.js";

/** `briefbot chat [--briefs DIR] [--db PATH]`: answer chat lines from standard input, for scripts. */
export async function run(args: string[]): Promise<number> {
  return withLocalSession(args, async (session) => {
    await runTerminalChat({
      input: process.stdin,
      output: process.stdout,
      chat: session.chat,
      interactive: isInteractive(),
    });
    return 0;
  });
}

/** Opens the session, runs `body`, closes it; startup faults become one clear line and exit code. */
export async function withLocalSession(
  args: readonly string[],
  body: (session: LocalSession) => Promise<number>,
): Promise<number> {
  let opened;
  try {
    opened = await openLocalSession(args);
  } catch (cause) {
    process.stderr.write(
      `briefbot: could not open the archive: ${cause instanceof Error ? cause.message : String(cause)}\n`,
    );
    return 1;
  }
  if (!opened.ok) {
    process.stderr.write(`${opened.message}\n`);
    return opened.exitCode;
  }
  try {
    return await body(opened.session);
  } finally {
    await opened.session.close();
  }
}

/** A person at a terminal on both ends gets the friendly prompt; pipes get plain text. */
export function isInteractive(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}
