import { stripTerminalControls } from "../core/text/strip-terminal-controls.js";

// JSON.stringify escapes C0 controls (ESC, BEL) but leaves DEL, the C1 controls (0x9B is CSI)
// and the invisible direction marks as they are.
const UNESCAPED = /[\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Writes text from the archive (article words, headlines) to stdout with every terminal control removed. */
export function writeText(text: string): void {
  process.stdout.write(stripTerminalControls(text));
}

/** Writes `value` as JSON whose every control character is a `\u` escape: the data stays exact, the terminal inert. */
export function writeJson(value: unknown): void {
  const json = JSON.stringify(value, null, 2).replace(
    UNESCAPED,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  process.stdout.write(`${json}\n`);
}
