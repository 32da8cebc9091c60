/**
 * Reads one TimeML document (TimeBank / AQUAINT style) into plain article text with its gold
 * time expressions placed in that text: tags are stripped, XML entities decoded, and the corpus's
 * typewriter quotes (``…'') turned into the curly quotes a published article has, so the engine
 * reads what a reader would. Every TIMEX3 inside <TEXT> keeps its start and end in the plain text.
 */
export interface GoldTimex {
  tid: string;
  type: string;
  value: string;
  /** The words as in the plain text: `text.slice(start, end)`. */
  words: string;
  start: number;
  end: number;
}

export interface TimemlDoc {
  id: string;
  /** The creation date (DCT) as YYYY-MM-DD, or undefined when the document has none. */
  date: string | undefined;
  text: string;
  timexes: GoldTimex[];
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntity(name: string): string | undefined {
  if (name.startsWith("#x") || name.startsWith("#X"))
    return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
  return entities[name];
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) found[m[1] ?? ""] = m[2] ?? "";
  return found;
}

/** Parses a TimeML document's XML; `fallbackId` names it when it has no <DOCID>. */
export function parseTimeml(xml: string, fallbackId = "doc"): TimemlDoc {
  const id = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(xml)?.[1] ?? fallbackId;
  const dctTag = /<DCT>\s*(<TIMEX3\b[^>]*>)/.exec(xml)?.[1];
  const dctValue = dctTag ? attributes(dctTag)["value"] : undefined;
  const date = dctValue && /^\d{4}-\d\d-\d\d/.test(dctValue) ? dctValue.slice(0, 10) : undefined;
  const open = xml.indexOf("<TEXT>");
  const close = xml.indexOf("</TEXT>", open);
  const body = open < 0 ? "" : xml.slice(open + "<TEXT>".length, close < 0 ? undefined : close);

  let text = "";
  const timexes: GoldTimex[] = [];
  const openTimexes: Array<{ attrs: Record<string, string>; start: number }> = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === "<") {
      const end = body.indexOf(">", i);
      if (end < 0) break;
      const tag = body.slice(i, end + 1);
      if (/^<TIMEX3\b/.test(tag) && !tag.endsWith("/>"))
        openTimexes.push({ attrs: attributes(tag), start: text.length });
      else if (/^<\/TIMEX3\s*>/.test(tag)) {
        const started = openTimexes.pop();
        if (started) {
          const { tid = "", type = "", value = "" } = started.attrs;
          const words = text.slice(started.start);
          timexes.push({ tid, type, value, words, start: started.start, end: text.length });
        }
      }
      i = end + 1;
    } else if (c === "&") {
      const semi = body.indexOf(";", i);
      const decoded = semi > i && semi - i < 10 ? decodeEntity(body.slice(i + 1, semi)) : undefined;
      text += decoded ?? "&";
      i = decoded === undefined ? i + 1 : semi + 1;
    } else if (body.startsWith("``", i)) {
      text += "\u201c";
      i += 2;
    } else if (body.startsWith("''", i)) {
      text += "\u201d";
      i += 2;
    } else {
      text += c;
      i += 1;
    }
  }
  // The plain text starts at its first word; offsets shift with it.
  const lead = text.length - text.trimStart().length;
  const plain = text.trim();
  const shifted = timexes
    .map((t) => ({ ...t, start: t.start - lead, end: t.end - lead }))
    .sort((a, b) => a.start - b.start);
  return { id, date, text: plain, timexes: shifted };
}

/**
 * A definite date to come: a DATE timex valued YYYY, YYYY-MM or YYYY-MM-DD that lies after the
 * article date at its own granularity ("1998-09" after an article of 1998-08-18).
 */
export function isDefiniteFuture(timex: GoldTimex, articleDate: string | undefined): boolean {
  if (!articleDate || timex.type !== "DATE") return false;
  if (!/^\d{4}(?:-\d\d(?:-\d\d)?)?$/.test(timex.value)) return false;
  return timex.value > articleDate.slice(0, timex.value.length);
}

/** True when `when` (YYYY, YYYY-MM or YYYY-MM-DD) lies before the article date at its granularity. */
export function datedBefore(when: string, articleDate: string): boolean {
  return when < articleDate.slice(0, when.length);
}
