// The one text splitter: every renderer cuts text with these two functions, so a limit is
// always met the same way and a character is never broken.
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Length of a string as sent; must be additive over concatenation (UTF-16 or escaped length). */
export type Measure = (text: string) => number;

const utf16: Measure = (text) => text.length;
const blank = /^\s*$/;
const isNewline = (unit: string | undefined): boolean => unit === "\n" || unit === "\r\n";

/**
 * The pieces text is never cut inside: grapheme clusters (a surrogate pair, an emoji ZWJ
 * sequence, a letter with its combining marks), a backslash escape with what it escapes.
 */
function units(text: string): string[] {
  const out: string[] = [];
  let escape = "";
  for (const { segment } of segmenter.segment(text)) {
    if (escape) {
      out.push(escape + segment);
      escape = "";
    } else if (segment === "\\") escape = segment;
    else out.push(segment);
  }
  if (escape) out.push(escape);
  return out;
}

/** How many units of `rest` form the next piece: at most `max` measured, cut at the best break. */
function cutAt(rest: string[], sizes: number[], max: number, anyWordBreak: boolean): number {
  let fit = 0;
  let used = 0;
  const prefix = [0];
  while (fit < rest.length && used + (sizes[fit] ?? 0) <= max) {
    used += sizes[fit] ?? 0;
    fit += 1;
    prefix.push(used);
  }
  if (fit === rest.length) return fit;
  // A break at i keeps units [0, i) and drops the whitespace from i on; rest[fit] may be that space.
  const last = (test: (i: number) => boolean, minimum: number): number => {
    for (let i = fit; i > 0; i -= 1) if ((prefix[i] ?? 0) > minimum && test(i)) return i;
    return 0;
  };
  const half = max / 2;
  const paragraph = last(
    (i) => isNewline(rest[i]) && (isNewline(rest[i - 1]) || isNewline(rest[i + 1])),
    half,
  );
  if (paragraph) return paragraph;
  const line = last((i) => isNewline(rest[i]), half);
  if (line) return line;
  const word = last((i) => blank.test(rest[i] ?? "x"), anyWordBreak ? 0 : half);
  if (word) return word;
  return fit;
}

function pieces(text: string, max: number, measure: Measure, anyWordBreak: boolean, limit: number) {
  const out: string[] = [];
  let rest = units(text);
  let sizes = rest.map(measure);
  while (rest.length > 0 && out.length < limit) {
    let cut = cutAt(rest, sizes, max, anyWordBreak);
    if (cut === 0) {
      // One unit wider than the limit (a giant cluster): cut it between code points.
      const [head = "", ...tail] = [...(rest[0] ?? "")];
      let piece = head;
      for (const point of tail) {
        if (measure(piece + point) > max) break;
        piece += point;
      }
      rest = [piece, (rest[0] ?? "").slice(piece.length), ...rest.slice(1)];
      sizes = rest.map(measure);
      cut = 1;
    }
    const piece = rest.slice(0, cut).join("").trimEnd();
    if (!blank.test(piece)) out.push(piece);
    let next = cut;
    while (next < rest.length && blank.test(rest[next] ?? "")) next += 1;
    rest = rest.slice(next);
    sizes = sizes.slice(next);
  }
  return out;
}

/**
 * Splits text into pieces of at most `max` (measured, UTF-16 units by default), breaking at a
 * paragraph, else a line, else between words, and only then inside a word too long for a piece
 * of its own — never inside a grapheme cluster or a backslash escape. Whitespace at a break is
 * dropped; blank text gives no pieces.
 */
export function splitText(text: string, max: number, measure: Measure = utf16): string[] {
  return pieces(text, max, measure, true, Infinity);
}

/**
 * Shortens text to at most `max` (measured), ending with "…" when cut: at a word boundary when
 * one is past half the room, else between grapheme clusters.
 */
export function truncateText(text: string, max: number, measure: Measure = utf16): string {
  if (measure(text) <= max) return text;
  const room = max - measure("…");
  if (room < 0) return "";
  const [head = ""] = room > 0 ? pieces(text, room, measure, false, 1) : [];
  return `${head}…`;
}
