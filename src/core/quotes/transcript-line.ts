import type { Span } from "../card/card-schema.js";
import type { PersonRegistry } from "../entities/person-registry.js";
import type { SourceMention } from "../entities/source-mention.js";
import type { Token } from "../text/tokenize.js";

// "WALLACE: …", "JAKE TAPPER: …", "MR. TRUMP: …" at the start of a paragraph.
const LABEL = /^\s*["“]?((?:\p{Lu}[\p{Lu}'’.-]*\s?){1,3}):\s+/u;
const NOT_SPEAKERS = new Set([
  "CORRECTION", "UPDATE", "UPDATED", "EDITOR'S NOTE", "EDITOR’S NOTE", "NOTE", "BYLINE", "EMAIL", "PREVIOUSLY",
  "WATCH", "READ", "RELATED", "SOURCE", "SOURCES", "PHOTO", "PHOTOS", "VIDEO", "BREAKING", "EXCLUSIVE", "LOOK",
  "BOOM", "BUSTED", "WOW", "REPORT", "Q", "A", "PS", "P.S.", "FACT", "TRUTH", "CLAIM", "VERDICT", "BOTTOM LINE",
  "THE BOTTOM LINE", "SHORT READS", "STAT OF THE WEEK", "FIX IS IN", "ALSO", "MORE", "NEW", "ANALYSIS", "OPINION",
  "COMMENTARY", "EDITORIAL", "DISCLOSURE", "DISCLAIMER", "TOPLINE", "WHY IT MATTERS", "WHAT", "WHO", "WHEN", "WHERE",
  "WARNING", "ALERT", "URGENT", "FLASHBACK", "MUST READ", "SEE ALSO", "CLICK HERE", "TAGS", "CREDIT", "TRANSCRIPT",
]);

/** A transcript line: who speaks (the label) and what they say (the rest of the paragraph). */
export interface TranscriptLine {
  source: SourceMention;
  content: Span;
}

/** Reads "PENCE: …" at the start of a paragraph as a line spoken by Pence. */
export function findTranscriptLine(text: string, para: Span, tokens: Token[], registry: PersonRegistry): TranscriptLine | null {
  const head = text.slice(para.start, Math.min(para.end, para.start + 60));
  const m = LABEL.exec(head);
  const label = m?.[1]?.trim();
  if (!m || !label || label.length < 2 || NOT_SPEAKERS.has(label.replace(/\.$/, ""))) return null;
  const contentStart = para.start + m[0].length;
  let end = para.end;
  while (end > contentStart && /[\s"”]/.test(text[end - 1] ?? "")) end--;
  const words = tokens.filter((t) => !t.punct && t.start >= contentStart).length;
  if (words < 3) return null;
  const name = label.replace(/\p{Lu}+/gu, (w) => (w.length <= 2 && w.endsWith(".") ? w : w[0] + w.slice(1).toLowerCase())).replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+/i, "");
  const known = registry.find(name);
  const labelStart = para.start + m[0].indexOf(label);
  const source: SourceMention = {
    kind: "name", start: labelStart, end: labelStart + label.length, name: known?.name ?? name,
    role: null, gender: null, plural: false, nameStart: labelStart,
  };
  return { source, content: { start: contentStart, end } };
}
