/**
 * The window's width when `output` is a terminal (read on every reply: windows get resized),
 * else undefined: pipes and files keep the renderers' default width.
 */
export function terminalWidth(output: NodeJS.WritableStream): number | undefined {
  const tty = output as { isTTY?: boolean; columns?: number };
  if (!tty.isTTY || !tty.columns) return undefined;
  // One column short: a line exactly as wide as the window wraps early in some terminals.
  return Math.max(30, tty.columns - 1);
}
