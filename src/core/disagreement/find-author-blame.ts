import type { ArticleDocument } from "../article/article-document.js";
import type { Quote, Span } from "../card/card-schema.js";
import { blames } from "./find-critical-speech.js";
import type { OppositionLink } from "./find-oppositions.js";
import { weightedSentences } from "./find-oppositions.js";
import { neutralRole, type PartyIndex } from "./party-index.js";

const personName = String.raw`[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}`;
// "Rudy Giuliani is the former mayor of New York City.": an opinion piece's closing line.
const tagline = new RegExp(
  String.raw`^(${personName})\s+(?:is|was)\s+(?:a|an|the)\s+([^.\n]{3,140})\.(?:\s[^\n]{0,200})?$`,
);
// "By Rudy Giuliani, former mayor of New York": a byline that says who the writer is. A bare
// "By John Smith" is the reporter's credit, and a reporter's own view is no side.
const byline = new RegExp(String.raw`^\s*By\s+(${personName}),\s+([^\n]{3,140})$`);
// Writers by trade: their view is comment, like a reporter's, not a side's.
const commentRole = /\b(?:columnist|writer|lecturer|co-host|host|blogger|contributor)s?\b/i;
// Words that begin a sentence, never a writer's first name: "Although Angels is a good song".
const notAName =
  /^(?:The|A|An|This|That|It|Although|But|And|If|When|While|Whether|What|Who|There)\b/;

// Words that name what an opinion piece is about ("attacks", "threats", "radical groups"), not
// a wrong the writer lays on anyone: "It is time for America to go on offense against radical
// terrorism" blames no America.
const subjectMatter =
  /\b(?:attack\w*|threat\w*|danger\w*|radical\w*|extrem\w*|terror\w*|harm\w*|hurt\w*|chaos|war)\b/gi;

// How far after a party's name its wrong is told.
const reach = 80;

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

interface Author {
  name: string;
  /** The line that names the writer: not the writer's voice on the topic. */
  line: Span;
}

/**
 * The writer of an opinion piece, named by a closing tagline ("<Name> is the former mayor of
 * …") or a byline with a role ("By <Name>, former mayor of …"), when the role is no writer's
 * trade (columnist, commentator, editor).
 */
export function opinionAuthor(text: string): Author | null {
  const lines = [...text.matchAll(/[^\n]+/g)].filter((m) => m[0].trim());
  const last = lines[lines.length - 1];
  const firstLines = lines.slice(0, 4);
  for (const [line, pattern] of [
    ...(last ? [[last, tagline] as const] : []),
    ...firstLines.map((l) => [l, byline] as const),
  ]) {
    const m = pattern.exec(line[0].trim());
    const name = m?.[1];
    const role = m?.[2] ?? "";
    if (!name || notAName.test(name) || neutralRole.test(role) || commentRole.test(role)) continue;
    return { name, line: { start: line.index, end: line.index + line[0].length } };
  }
  return null;
}

/**
 * An opinion piece's writer against those the writer blames: "Obama and Clinton continue to
 * ignore the reality …", in the writer's own voice (a sentence holding no one's quoted or
 * reported words), makes the writer a side against each party it names.
 */
export function findAuthorBlame(
  doc: ArticleDocument,
  index: PartyIndex,
  quotes: readonly Quote[],
): OppositionLink[] {
  const author = opinionAuthor(doc.text);
  if (!author) return [];
  const named = index
    .mentionsIn(0, doc.text.length)
    .find((m) => doc.text.slice(m.start, m.end) === author.name);
  const writer = named?.party ?? author.name;
  const links: OppositionLink[] = [];
  for (const sentence of weightedSentences(doc)) {
    // The headline, given apart or run into the lead, is the desk's words, not the writer's.
    if (sentence.start === doc.headlineSpan?.start) continue;
    if (sentence.start === 0 && doc.headline && flat(doc.text).startsWith(flat(doc.headline)))
      continue;
    if (sentence.start < author.line.end && author.line.start < sentence.end) continue;
    if (quotes.some((q) => q.start < sentence.end && sentence.start < q.end)) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    // The blamed party does the wrong: "Obama and Clinton continue to ignore the reality", the
    // word of blame after its name; "Americans die at the hands of radical terrorism" blames no
    // American.
    const targets = new Set(
      index
        .mentionsIn(sentence.start, sentence.end)
        .filter(
          (m) =>
            m.party !== writer &&
            blames(
              doc.text
                .slice(m.end, Math.min(sentence.end, m.end + reach))
                .replace(subjectMatter, " "),
            ),
        )
        .map((m) => m.party),
    );
    for (const target of targets)
      links.push({
        actor: writer,
        target,
        span: { start: sentence.start, end: sentence.end },
        weight: sentence.prominence,
        kind: "speech",
        noun: "criticism",
        cue: { start: sentence.start, end: sentence.end },
        topic: null,
        // A sentence broken over lines reads as one line.
        positions: { actor: flat(text) },
      });
  }
  return links;
}
