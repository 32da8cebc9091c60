import type { Span } from "../card/card-schema.js";
import type { QuotedSpan } from "./find-quoted-spans.js";

// British style quotes with single curly marks: ‘We will fight,’ he said. An opening ‘ follows
// a space, a bracket or a dash; a closing ’ stands after sentence punctuation or before it (so "It’s" and "players’ union" are no close).
const OPEN_RE = /(?:^|[\s(\u2014\u2013-])‘/gu;
const CLOSE_RE = /(?<=[,.!?;:])’|’(?=[,.;:!?)])/u;
const MIN_WORDS = 3;

/** Quotes in single curly marks, for articles that use no double quotation marks at all. */
export function findSingleQuoted(text: string, paragraphs: Span[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  paragraphs.forEach((para, index) => {
    const body = text.slice(para.start, para.end);
    for (const m of body.matchAll(OPEN_RE)) {
      const open = para.start + (m.index ?? 0) + m[0].length - 1;
      const rest = text.slice(open + 1, para.end);
      const close = CLOSE_RE.exec(rest);
      if (!close) continue;
      const innerEnd = open + 1 + close.index;
      let end = innerEnd;
      while (end > open + 1 && /[\s,]/.test(text[end - 1] ?? "")) end--;
      const words = text
        .slice(open + 1, end)
        .split(/\s+/)
        .filter((w) => w.length > 0);
      if (words.length < MIN_WORDS) continue;
      found.push({
        start: open + 1,
        end,
        open,
        close: innerEnd + 1,
        paragraph: index,
        runsOn: false,
        continues: false,
      });
    }
  });
  return found.filter((q, k) => k === 0 || q.open >= (found[k - 1] as QuotedSpan).close);
}
