/** Length of a string as sent; must be additive over concatenation (escaped UTF-16 length is). */
export type Measure = (text: string) => number;

/**
 * Splits text into pieces whose measured (escaped) length stays within `max`, breaking at
 * whitespace where possible and never inside a surrogate pair: a word longer than `max` is the
 * only thing ever cut, and then between code points.
 */
export function splitText(text: string, max: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = "";
  let length = 0;
  const flush = () => {
    if (current.trim() !== "") pieces.push(current.trimEnd());
    current = "";
    length = 0;
  };
  for (const token of text.match(/\s+|\S+/g) ?? []) {
    const tokenLength = measure(token);
    if (length + tokenLength <= max) {
      current += token;
      length += tokenLength;
      continue;
    }
    flush();
    if (/^\s+$/.test(token)) continue;
    const parts = cutWord(token, max, measure);
    current = parts.pop() ?? "";
    length = measure(current);
    pieces.push(...parts);
  }
  flush();
  return pieces;
}

/** Cuts an over-long word into pieces of whole code points that each fit. */
function cutWord(word: string, max: number, measure: Measure): string[] {
  const parts: string[] = [];
  let head = "";
  let length = 0;
  for (const point of word) {
    const size = measure(point);
    if (length + size > max && head !== "") {
      parts.push(head);
      head = "";
      length = 0;
    }
    head += point;
    length += size;
  }
  parts.push(head);
  return parts;
}

/** Shortens text to fit `max` (measured), ending on a whole word with an ellipsis. */
export function truncateText(text: string, max: number, measure: Measure): string {
  if (measure(text) <= max) return text;
  const [first] = splitText(text, max - 1, measure);
  return `${first ?? ""}…`;
}
