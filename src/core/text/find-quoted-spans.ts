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
const MARK_RE = /[“”„"«»]|''|``/g;
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
    const mark = m[0];
    if (open < 0 && !CLOSERS.has(mark)) {
      open = m.index;
      openLen = mark.length;
    } else if (open >= 0 && !OPENERS.has(mark)) {
      push(text, out, { open, innerStart: open + openLen, innerEnd: m.index, close: m.index + mark.length }, index, false, continues && first);
      first = false;
      open = -1;
    } else if (open >= 0) {
      open = m.index; // an opener while open: the earlier mark was never closed
      openLen = mark.length;
    }
  }
  if (open < 0) return false;
  const innerEnd = trimEnd(text, open + openLen, para.end);
  push(text, out, { open, innerStart: open + openLen, innerEnd, close: para.end }, index, true, continues && first);
  return true;
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
