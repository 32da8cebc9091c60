/**
 * Splits text into pieces of at most `max` UTF-16 units, preferring whitespace, never splitting
 * a surrogate pair or a backslash escape from the character it escapes.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = findCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Shortens text to at most `max` units at a word boundary, marking the cut with "…". */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, max);
  const head = splitText(text, max - 1)[0] ?? "";
  return `${head}…`;
}

function findCut(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  const space = Math.max(window.lastIndexOf(" "), window.lastIndexOf("\n"));
  // Prefer a word boundary unless it would leave a nearly empty piece.
  if (space > max / 2) return space;
  return safeHardCut(text, max);
}

function safeHardCut(text: string, max: number): number {
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  let slashes = 0;
  while (cut - 1 - slashes >= 0 && text[cut - 1 - slashes] === "\\") slashes += 1;
  if (slashes % 2 === 1) cut -= 1;
  return Math.max(cut, 1);
}
