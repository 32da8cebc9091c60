import type { Span } from "../card/card-schema.js";
import type { ArticleDocument } from "./article-document.js";
import { articleId } from "./article-id.js";
import { captionDate } from "./caption-date.js";
import type { ArticleInput } from "./article-input.js";
import { findDateline } from "./find-dateline.js";
import { parseFrontMatter } from "./front-matter.js";
import { isFurniture } from "./is-furniture.js";
import { normalizeDate } from "./normalize-date.js";
import { splitSentences } from "./split-sentences.js";

interface Line extends Span {
  /** Where the prose starts after Markdown markers ("> ", "- ", "1. "). */
  contentStart: number;
}

// Markdown block markers that are not part of the prose: quote bars, bullets, numbered items.
const markerPattern = /^[ \t]*(?:>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)*/;

/**
 * Reads plain text or Markdown (with optional `---` front matter) into an ArticleDocument:
 * headline, paragraphs and sentences with page furniture and the dateline left out, every span
 * in the coordinates of `input.text` as given.
 */
export function readArticle(input: ArticleInput): ArticleDocument {
  const text = input.text;
  const { fields, bodyStart } = parseFrontMatter(text);
  const lines = splitLines(text, bodyStart);
  const title = input.title ?? fields["title"];
  const headlineLine = pickHeadlineLine(text, lines, title);
  const body = headlineLine ? lines.slice(lines.indexOf(headlineLine) + 1) : lines;
  const { paragraphs, furniture } = groupParagraphs(text, body);
  // The first body paragraph carries the dateline; when the headline line was kept as a
  // paragraph (its stop differs from the title field's), that is the paragraph after it.
  const first = headlineLine || !title || !sameTitle(text, paragraphs[0], title) ? 0 : 1;
  const lead = paragraphs[first];
  const dateline = lead ? findDateline(text, lead) : undefined;
  if (dateline && lead) paragraphs[first] = { start: dateline.end, end: lead.end };
  const date =
    normalizeDate(input.date) ?? normalizeDate(fields["date"]) ?? captionDate(text, furniture);
  const url = input.url ?? fields["url"];
  const publisher = input.publisher ?? fields["source"] ?? fields["publisher"];
  return {
    id: input.id ?? articleId(text),
    text,
    headline: headlineText(text, headlineLine, title),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    ...(publisher ? { publisher } : {}),
    paragraphs,
    sentences: paragraphs.flatMap((p) => splitSentences(text, p.start, p.end)),
    ...(headlineLine
      ? { headlineSpan: { start: headlineLine.contentStart, end: headlineLine.end } }
      : {}),
    ...(dateline ? { dateline } : {}),
    furniture,
  };
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]+/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index && /\s/.test(text[end - 1] ?? "")) end--;
    if (end === m.index) continue;
    const marker = markerPattern.exec(m[0])?.[0].length ?? 0;
    lines.push({ start: m.index, end, contentStart: Math.min(m.index + marker, end) });
  }
  return lines;
}

// The first line is the headline unless a given title says otherwise.
function pickHeadlineLine(
  text: string,
  lines: Line[],
  title: string | undefined,
): Line | undefined {
  const first = lines[0];
  if (!first) return undefined;
  if (title === undefined) return first;
  return comparable(text.slice(first.start, first.end)) === comparable(title) ? first : undefined;
}

/** Whether a paragraph is the title with only a closing stop added ("… of 'Delight.'"). */
function sameTitle(text: string, para: Span | undefined, title: string): boolean {
  const bare = (v: string) => comparable(v).replace(/[.]+(?=['’"”]*$)/, "");
  return !!para && bare(text.slice(para.start, para.end)) === bare(title);
}

function comparable(value: string): string {
  return value
    .replace(/^#+\s*/, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function headlineText(text: string, line: Line | undefined, title: string | undefined): string {
  if (title !== undefined) return title.trim();
  return line
    ? text
        .slice(line.start, line.end)
        .replace(/^#+\s*/, "")
        .trim()
    : "";
}

function groupParagraphs(text: string, lines: Line[]): { paragraphs: Span[]; furniture: Span[] } {
  const paragraphs: Span[] = [];
  const furniture: Span[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const content = text.slice(line.contentStart, line.end);
    if (isFurniture(content) || isFurniture(text.slice(line.start, line.end))) {
      furniture.push({ start: line.start, end: line.end });
      previous = undefined;
      continue;
    }
    const last = paragraphs[paragraphs.length - 1];
    if (last && previous && isHardWrap(text, previous, line)) last.end = line.end;
    else paragraphs.push({ start: line.contentStart, end: line.end });
    previous = line;
  }
  return { paragraphs, furniture };
}

// A line that follows directly (no blank line) after one ending mid-sentence continues it.
function isHardWrap(text: string, previous: Line, line: Line): boolean {
  const gap = text.slice(previous.end, line.start);
  if ((gap.match(/\n/g) ?? []).length > 1) return false;
  const marker = text.slice(line.start, line.contentStart);
  // Inside a block quote the bar repeats on every wrapped line; a bullet starts a new item.
  if (
    marker !== "" &&
    !(/^\s*>\s?$/.test(marker) && text.slice(previous.start, previous.contentStart) === marker)
  ) {
    return false;
  }
  return !/[.!?:"'\u201d\u2019)]$/.test(text.slice(previous.start, previous.end));
}
