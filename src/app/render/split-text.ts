// The one text splitter: every renderer cuts text with these two functions, so a limit is
// always met the same way and a character is never broken.
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Length of a string as sent; must be additive over concatenation (UTF-16 or escaped length). */
export type Measure = (text: string) => number;

const utf16: Measure = (text) => text.length;
const blank = /^\s*$/;

// Runs of whitespace and runs of the rest; a space before a combining mark belongs to the mark's
// cluster, so it stays in the word. Breaks fall only on whitespace runs, or inside a word too long.
const tokenPattern = /(?:\s(?![\p{M}\u200d]))+|(?:\s(?=[\p{M}\u200d])|\S)+/gu;

/**
 * The pieces a word is never cut inside: grapheme clusters (a surrogate pair, an emoji ZWJ
 * sequence, a letter with its combining marks), a backslash escape with what it escapes.
 */
function clusters(word: string): string[] {
  const out: string[] = [];
  let escape = "";
  for (const { segment } of segmenter.segment(word)) {
    if (escape) {
      out.push(escape + segment);
      escape = "";
    } else if (segment === "\\") escape = segment;
    else out.push(segment);
  }
  if (escape) out.push(escape);
  return out;
}

/** The longest run of whole clusters of `word` within `room` (code points for a giant one). */
function head(word: string, room: number, measure: Measure, mustProgress: boolean): string {
  let out = "";
  let used = 0;
  for (const cluster of clusters(word)) {
    const size = measure(cluster);
    if (used + size > room) break;
    out += cluster;
    used += size;
  }
  if (out !== "" || !mustProgress) return out;
  const [first = "", ...rest] = [...word];
  out = first;
  for (const point of rest) {
    if (measure(out + point) > room) break;
    out += point;
  }
  return out;
}

interface Window {
  tokens: string[];
  sizes: number[];
}

/** Where the next piece ends: [whole tokens kept, the head of the next token kept too]. */
function cutAt(
  window: Window,
  max: number,
  measure: Measure,
  anyWordBreak: boolean,
): [number, string] {
  const { tokens, sizes } = window;
  let fit = 0;
  let used = 0;
  const prefix = [0];
  while (fit < tokens.length && used + (sizes[fit] ?? 0) <= max) {
    used += sizes[fit] ?? 0;
    fit += 1;
    prefix.push(used);
  }
  if (fit === tokens.length) return [fit, ""];
  // A break at i keeps tokens [0, i) and drops the whitespace token i.
  const last = (test: (token: string) => boolean, minimum: number): number => {
    for (let i = Math.min(fit, tokens.length - 1); i > 0; i -= 1)
      if ((prefix[i] ?? 0) > minimum && blank.test(tokens[i] ?? "x") && test(tokens[i] ?? ""))
        return i;
    return 0;
  };
  const half = max / 2;
  const lineBreaks = (token: string) => token.match(/\r\n|\n/g)?.length ?? 0;
  const paragraph = last((token) => lineBreaks(token) >= 2, half);
  if (paragraph) return [paragraph, ""];
  const line = last((token) => lineBreaks(token) >= 1, half);
  if (line) return [line, ""];
  const word = last(() => true, anyWordBreak ? 0 : half);
  if (word) return [word, ""];
  const kept = tokens.slice(0, fit).join("");
  return [fit, head(tokens[fit] ?? "", max - used, measure, blank.test(kept))];
}

function pieces(text: string, max: number, measure: Measure, anyWordBreak: boolean, limit: number) {
  const out: string[] = [];
  const source = (text.match(tokenPattern) ?? [])[Symbol.iterator]();
  const window: Window = { tokens: [], sizes: [] };
  let windowSize = 0;
  let exhausted = false;
  // Enough tokens to fill one piece and look one past it.
  const fill = () => {
    while (!exhausted && windowSize <= max) {
      const next = source.next();
      if (next.done) exhausted = true;
      else {
        const size = measure(next.value);
        window.tokens.push(next.value);
        window.sizes.push(size);
        windowSize += size;
      }
    }
  };
  const drop = (count: number) => {
    window.tokens.splice(0, count);
    for (const size of window.sizes.splice(0, count)) windowSize -= size;
  };
  fill();
  while (window.tokens.length > 0 && out.length < limit) {
    const [whole, part] = cutAt(window, max, measure, anyWordBreak);
    const piece = (window.tokens.slice(0, whole).join("") + part).trimEnd();
    if (!blank.test(piece)) out.push(piece);
    if (part) {
      const restOfWord = (window.tokens[whole] ?? "").slice(part.length);
      drop(whole + 1);
      window.tokens.unshift(restOfWord);
      window.sizes.unshift(measure(restOfWord));
      windowSize += window.sizes[0] ?? 0;
    } else drop(whole);
    fill();
    while (window.tokens.length > 0 && blank.test(window.tokens[0] ?? "")) {
      drop(1);
      fill();
    }
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
  if (measure(text) <= max) return blank.test(text) ? [] : [text.trimEnd()];
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
