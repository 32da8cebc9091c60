import type { Span } from "../card/card-schema.js";
import type { SourceMention } from "../entities/source-mention.js";

// "Lynch: No outside influence on FBI probe", "Judicial Watch: State Department Hid …", "McCain
// to Veterans: …", "Gillibrand on the Transcripts: …": a headline naming its speaker (and whom
// or what it spoke to or of) before a colon. The speaker's last word has a lower-case letter
// ("McCain", not "WALLACE": labels in capitals are transcript lines). "Poll: …" and "Report: …"
// speak too (measured on PolNeAR train: 7 of 8 such headlines are reported speech there).
const LABEL =
  /^\s*((?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}(?=[\p{L}'’.-]*\p{Ll})[\p{L}'’.-]+)(?:\s(?:to|on)\s[^:]{1,60})?:\s+(?=\S)/u;
const NOT_SPEAKERS =
  /^(?:Watch|Video|Update|Exclusive|Breaking|Analysis|Opinion|Editorial|Contributing|Revealed|Wow|Related|Note|Correction|Photos?|Read|Source|Sources|Twitter|Email|Pledged|The Latest|Delegate Update)$/;

/** The speaker and the words of a headline "Name: words", in the article's first paragraphs. */
export function findHeadlineLabel(
  text: string,
  para: Span,
  index: number,
): { source: SourceMention; content: Span } | null {
  if (index > 2 || para.end - para.start > 160) return null;
  const head = text.slice(para.start, para.end);
  const m = LABEL.exec(head);
  const label = m?.[1];
  if (!m || !label || NOT_SPEAKERS.test(label)) return null;
  let end = para.end;
  while (end > para.start + m[0].length && /[\s.]/.test(text[end - 1] ?? "")) end--;
  const content = { start: para.start + m[0].length, end };
  if (text.slice(content.start, content.end).split(/\s+/).length < 3) return null;
  // The speaker is someone the article names again ("Lynch" in its body), not a heading; a
  // poll or a report is named again in lower case ("Poll: Lee leads …", "… the new poll shows").
  const surname = label.split(/\s+/).pop() ?? label;
  const rest = text.slice(0, para.start) + text.slice(para.end);
  if (!new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(rest))
    return null;
  const start = para.start + head.indexOf(label);
  const source: SourceMention = {
    kind: "name",
    start,
    end: start + label.length,
    name: label,
    role: null,
    gender: null,
    plural: false,
    nameStart: start,
  };
  return { source, content };
}
