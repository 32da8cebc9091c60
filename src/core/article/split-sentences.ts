import type { Span } from "../card/card-schema.js";

// Abbreviations that never end a sentence before a capitalised word ("Mr. Putin", "Gen. Smith").
const titleAbbreviations = new Set(
  (
    "mr mrs ms dr prof gen gens sens reps govs lt col maj capt sgt cpl adm cmdr gov sen rep rev fr st hon pres sec amb supt " +
    "insp det messrs mme mlle mt ft vs v sr jr brig maj-gen lt-gen rt"
  ).split(" "),
);
// Abbreviations that precede a number ("No. 10", "Oct. 12", "Art. 5").
const numberAbbreviations = new Set(
  "no nos art vol pp p fig jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);
// Words that start a new sentence after an acronym ("… against the U.S. The move …").
const sentenceStarters = new Set(
  (
    "the a an but and he she it they we i in on at this that these those there his her its their our " +
    "however meanwhile yet so if when while after before as for what why how who"
  ).split(" "),
);

// A candidate end: terminal punctuation, closing quotes/brackets, whitespace, then the next token.
const boundaryPattern = /([.!?]+|\u2026)(["'\u201d\u2019)\]]*)(\s+)(?=(\S+))/g;

/**
 * Splits the text between `start` and `end` into sentences, in the text's own coordinates.
 * Hand-written for speed: it knows titles ("Mr.", "Gen."), initials ("George W. Bush"),
 * acronyms ("U.S."), dates ("Oct. 12"), spaced ellipses inside quotes and quotes ending in `."`.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  const spans: Span[] = [];
  let sentenceStart = 0;
  boundaryPattern.lastIndex = 0;
  for (let m = boundaryPattern.exec(slice); m; m = boundaryPattern.exec(slice)) {
    const [, punct = "", closers = "", space = "", next = ""] = m;
    if (!endsSentence(slice, m.index, punct, closers, next)) continue;
    pushTrimmed(spans, slice, sentenceStart, m.index + punct.length + closers.length, start);
    sentenceStart = m.index + punct.length + closers.length + space.length;
  }
  pushTrimmed(spans, slice, sentenceStart, slice.length, start);
  return spans;
}

function endsSentence(
  slice: string,
  at: number,
  punct: string,
  closers: string,
  next: string,
): boolean {
  if (!startsLikeSentence(next)) return false;
  if (punct === "\u2026" || punct === "...") return closers !== "" && !isSpacedEllipsis(slice, at);
  if (punct !== ".") return true;
  if (closers !== "") return true;
  const word = wordBefore(slice, at);
  return periodEndsSentence(word, next);
}

function startsLikeSentence(next: string): boolean {
  const first = next.replace(/^["'\u201c\u2018([]+/, "")[0] ?? "";
  return /[A-Z0-9\u00C0-\u00DE]/.test(first) || (first === "" && next !== "");
}

// " ... " between words marks an omission inside a quotation, not the end of a sentence.
function isSpacedEllipsis(slice: string, at: number): boolean {
  return at > 0 && /\s/.test(slice[at - 1] ?? "");
}

function wordBefore(slice: string, at: number): string {
  let i = at;
  while (i > 0 && /[\w.\-\u00C0-\u024F]/.test(slice[i - 1] ?? "")) i--;
  return slice.slice(i, at);
}

function periodEndsSentence(word: string, next: string): boolean {
  const lower = word.toLowerCase();
  const nextWord = next
    .replace(/^["'\u201c\u2018([]+/, "")
    .replace(/[^\w'-].*$/, "")
    .toLowerCase();
  if (titleAbbreviations.has(lower)) return false;
  if (numberAbbreviations.has(lower)) return !/^\d/.test(next);
  if (/^[A-Z]$/.test(word)) return false; // an initial: "George W. Bush"
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return sentenceStarters.has(nextWord); // "U.S.", "a.m."
  return true;
}

function pushTrimmed(spans: Span[], slice: string, from: number, to: number, offset: number): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(slice[a] ?? "")) a++;
  while (b > a && /\s/.test(slice[b - 1] ?? "")) b--;
  // A stray "." or quote mark on its own is no sentence.
  if (b > a && /[\p{L}\p{N}]/u.test(slice.slice(a, b)))
    spans.push({ start: offset + a, end: offset + b });
}
