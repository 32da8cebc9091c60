import type { Span } from "../card/card-schema.js";

/** Words between quotation marks inside one paragraph (marks excluded). */
export interface QuotedSpan {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  paragraph: number;
  /** The quote had no closing mark before the paragraph ended (it may run on). */
  runsOn: boolean;
  /** This piece continues a quote left open at the end of the previous paragraph. */
  continues: boolean;
}

// Double marks only: single marks are nested quotes, scare quotes or apostrophes.
const MARK_RE = /[“”„"«»]|'''|''|``/g;
const OPENERS = new Set(["“", "„", "«", "``"]);
const CLOSERS = new Set(["”", "»"]);

/** Finds quoted material paragraph by paragraph; a quote left open runs into the next paragraph. */
export function findQuotedSpans(text: string, paragraphs: Span[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  let carried = false;
  paragraphs.forEach((para, index) => {
    const startsWithMark = /^\s*(?:[“"„«]|''|``)/.test(text.slice(para.start, para.start + 4));
    carried = scanParagraph(text, para, index, carried && startsWithMark, found);
  });
  return found;
}

function scanParagraph(text: string, para: Span, index: number, continues: boolean, out: QuotedSpan[]): boolean {
  const re = new RegExp(MARK_RE.source, "g");
  re.lastIndex = para.start;
  let open = -1;
  let openLen = 0;
  let first = true;
  for (let m = re.exec(text); m && m.index < para.end; m = re.exec(text)) {
    let mark = m[0];
    let at = m.index;
    // A nested single quote closing with the outer double one: ''… 'old-school,'''
    if (mark.length === 3) {
      if (open >= 0) at += 1;
      mark = "''";
    }
    if (mark === "“" && open >= 0 && closesLikeEnd(text, at)) mark = "”";
    const straight = !OPENERS.has(mark) && !CLOSERS.has(mark);
    if (open >= 0 && (OPENERS.has(mark) || (straight && reopens(text, at, mark.length)))) {
      // An opener while open: the earlier quote was never closed ("… going to. "The ball …").
      const innerEnd = trimEnd(text, open + openLen, at);
      push(text, out, { open, innerStart: open + openLen, innerEnd, close: innerEnd }, index, false, continues && first);
      first = false;
      open = at;
      openLen = mark.length;
    } else if (open >= 0) {
      push(text, out, { open, innerStart: open + openLen, innerEnd: at, close: at + mark.length }, index, false, continues && first);
      first = false;
      open = -1;
    } else if (!CLOSERS.has(mark) && !(straight && /\d/.test(text[at - 1] ?? ""))) {
      open = at; // a straight mark after a digit is an inch or seconds mark, not a quote
      openLen = mark.length;
    }
  }
  if (open < 0) return false;
  const innerEnd = trimEnd(text, open + openLen, para.end);
  push(text, out, { open, innerStart: open + openLen, innerEnd, close: para.end }, index, true, continues && first);
  return true;
}

/** A straight mark after a finished sentence and before a word opens a new quote. */
function reopens(text: string, at: number, len: number): boolean {
  return /[.!?]\s+$/.test(text.slice(Math.max(0, at - 3), at)) && /^\p{L}/u.test(text.slice(at + len, at + len + 1));
}

/** A “ typed where ” was meant: after sentence punctuation and before a space or the end. */
function closesLikeEnd(text: string, at: number): boolean {
  return /[,.!?]/.test(text[at - 1] ?? "") && /^(?:\s|$)/.test(text.slice(at + 1, at + 2));
}

interface Marks {
  open: number;
  innerStart: number;
  innerEnd: number;
  close: number;
}

function push(
  text: string,
  out: QuotedSpan[],
  m: Marks,
  paragraph: number,
  runsOn: boolean,
  continues: boolean,
): void {
  let start = m.innerStart;
  let end = m.innerEnd;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  // The comma before an attribution ("…,” he said) belongs to the sentence, not the words.
  while (end > start && /[\s,]/.test(text[end - 1] ?? "")) end--;
  if (end <= start) return;
  out.push({ start, end, open: m.open, close: m.close, paragraph, runsOn, continues });
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? "")) e--;
  return e;
}
