import type { ArticleDocument } from "../article/article-document.js";
import {
  AUXILIARIES,
  CIRCUMSTANCE_WORDS,
  CLAUSE_OPENERS,
  DETERMINERS,
  NEGATIONS,
  QUANTITY_HEADS,
  WH_WORDS,
} from "../lexicon/function-words.js";
import { words } from "../lexicon/word-list.js";
import type { Quote, Side, Span } from "../card/card-schema.js";
import { topicStems } from "./extract-topic.js";
import type { OppositionLink } from "./find-oppositions.js";
import type { PartyIndex } from "./party-index.js";
import type { Dispute } from "./rank-disputes.js";
import { stanceSentences } from "./stance-sentences.js";
import { REJECTION_PATTERN } from "../lexicon/rejection-words.js";

const emphasis = new RegExp(
  `\\b(?:should|must|not|no|never|wrong|unacceptable|halt|freeze|frozen|urged|unhelpful|contradict\\w*|false|nonsense|${REJECTION_PATTERN})\\b`,
  "i",
);

interface Evidence extends Span {
  score: number;
  /** The side's position as this evidence gives it; null when it only shows the side is a target. */
  position: string | null;
  /** "Disputes with X.": a position that says only whom, used when no evidence says what. */
  bare?: boolean;
}

/**
 * One side of a dispute: the party as the article names it, its position as a sentence, and the
 * evidence: sentences where it acts against the other side, its speakers' words on the topic,
 * and, when it says nothing itself, the sentence where it is attacked.
 */
export function buildSide(
  doc: ArticleDocument,
  index: PartyIndex,
  quotes: readonly Quote[],
  dispute: Dispute,
  party: string,
  topic: string,
): Side {
  const other = dispute.sides[0] === party ? dispute.sides[1] : dispute.sides[0];
  const stems = topicStems(topic);
  const found = [
    ...linkEvidence(doc, dispute.links, party, other),
    ...quoteEvidence(doc, index, quotes, party, other, stems),
    ...stanceSentences(doc, index, party, (text) => hits(text, stems)).map((s) => ({
      ...s,
      position: sentence(clip(s.position)),
    })),
  ];
  const chosen = pickEvidence(found);
  // A sentence that names both sides says more than a bare "Disputes with X.".
  const best =
    chosen.find((e) => e.position !== null && !e.bare) ?? chosen.find((e) => e.position !== null);
  return {
    party,
    position: best?.position ?? targetPosition(dispute.links, party, other),
    evidence: chosen
      .map(({ start, end }) => ({ start, end, text: doc.text.slice(start, end) }))
      .sort((a, b) => a.start - b.start),
  };
}

function linkEvidence(
  doc: ArticleDocument,
  links: OppositionLink[],
  party: string,
  other: string,
): Evidence[] {
  return links.map((link) => {
    const acts = link.actor === party;
    const quote = acts ? link.quotes?.actor : link.quotes?.target;
    if (quote)
      return { start: quote.start, end: quote.end, score: 4, position: quotePosition(doc, quote) };
    const given = acts ? link.positions?.actor : link.positions?.target;
    if (given) return { ...link.span, score: 4, position: given };
    // "They are being punished by the authorities": what befell the target is no predicate of
    // the agent; the sentence, read whole, is the stand of both.
    if (link.passive && !link.inferred)
      return {
        ...link.span,
        score: acts ? 3 : 1,
        position: sentence(clip(doc.text.slice(link.span.start, link.span.end))),
      };
    if (!acts || link.inferred === "actor") return { ...link.span, score: 0.5, position: null };
    const position =
      link.kind === "verb" ? predicate(doc.text, link.cue.start, link.span.end) : null;
    return {
      ...link.span,
      score: link.kind === "verb" ? 3 : 2,
      position: position ?? `Disputes with ${other}.`,
      ...(position ? {} : { bare: true }),
    };
  });
}

function quoteEvidence(
  doc: ArticleDocument,
  index: PartyIndex,
  quotes: readonly Quote[],
  party: string,
  other: string,
  stems: string[],
): Evidence[] {
  const otherWord = new RegExp(`\\b${escape(other.split(/\s+/).pop() ?? other)}\\b`);
  return quotes
    .filter((q) => index.partyOfSpeaker(q) === party)
    .map((q) => {
      const text = doc.text.slice(q.start, q.end);
      // A speaker's own words beat the sentence that reports them (+1.5 against +1 for a verb).
      const score =
        1.5 +
        2 * hits(text, stems) +
        (otherWord.test(text) ? 1 : 0) +
        (emphasis.test(text) ? 1 : 0);
      return { start: q.start, end: q.end, score, position: quotePosition(doc, q) };
    })
    .filter((e) => e.score >= 2.5);
}

function hits(text: string, stems: string[]): number {
  const lower = text.toLowerCase();
  return stems.filter((stem) => new RegExp(`\\b${stem}`).test(lower)).length;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The strongest pieces of evidence, at most four, without two that overlap.
function pickEvidence(found: Evidence[]): Evidence[] {
  const chosen: Evidence[] = [];
  for (const e of [...found].sort((a, b) => b.score - a.score || a.start - b.start)) {
    if (chosen.some((c) => c.start < e.end && e.start < c.end)) continue;
    chosen.push(e);
    if (chosen.length === 4) break;
  }
  return chosen;
}

/** Reported words read as what the side says; direct words stay the side's own. */
function quotePosition(doc: ArticleDocument, quote: Quote): string {
  const text = clip(doc.text.slice(quote.start, quote.end));
  if (quote.kind === "direct") return `“${text}”`;
  const lowered = /^(?:The|A|An|It|This|That|There|These|Those|They|He|She|We|Its|Their)\b/.test(
    text,
  )
    ? text[0]?.toLowerCase() + text.slice(1)
    : text;
  const words = lowered.replace(/^that\s+/, "").replace(/^(?:but|and|so)\s+/i, "");
  // "accused Britain's top sprinters of …", "defended his policies": the words are already what
  // the side does; "Says accused …" is no sentence.
  if (
    /^(?:[a-z]{3,}ed|urging|arguing|insisting|calling|saying)\s/.test(words) &&
    !/^(?:[a-z]*eed|hundred|indeed)\s/.test(words)
  )
    return sentence(words);
  // "Says he opposes large-scale immigration", "Says it will make an all cash bid": the speaker
  // is the side, and a stand or an intention of its own reads "Opposes …", "Will make …". A
  // claim of fact ("Says he had done nothing wrong") keeps its "Says".
  const own = ownPronoun.exec(words);
  if (own?.[1]) return sentence(own[1]);
  // "Toshiba expects sales of HD DVDs to reach …": words read with no reporting verb of their
  // own begin with the speaker's verb; "Says expects …" is no sentence, "Expects …" is.
  if (!quote.cue && opensWithVerb(words)) return sentence(words);
  return sentence(`Says ${words}`);
}

const closedWords: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...AUXILIARIES,
  ...NEGATIONS,
  ...CIRCUMSTANCE_WORDS,
  ...WH_WORDS,
  ...CLAUSE_OPENERS,
  ...QUANTITY_HEADS,
  ...words("it he she they we i you there"),
]);

// A lower-case first word that is no function word, and a second that is no auxiliary: "expects
// sales", "describe their actions"; not "prices would rise", whose first word is the subject.
function opensWithVerb(words: string): boolean {
  const [first = "", second = ""] = words.split(/\s+/);
  return (
    /^[a-z]+$/.test(first) &&
    !closedWords.has(first) &&
    !AUXILIARIES.has(second.toLowerCase()) &&
    !NEGATIONS.has(second.toLowerCase())
  );
}

const ownPronoun =
  /^(?:he|she|it)\s+((?:would|will|wants|opposes|supports|rejects|plans|intends|hopes|expects|refuses|aims)\b.*)$/is;

// "has accused Britain's top sprinters of lacking pride" → "Has accused Britain's top sprinters…".
function predicate(text: string, cueStart: number, end: number): string | null {
  const aux =
    /(?:\b(?:has|have|had|also|will|would|is|was|were|are|again|publicly|strongly|repeatedly)\s+){0,3}$/.exec(
      text.slice(Math.max(0, cueStart - 40), cueStart),
    );
  const start = cueStart - (aux?.[0].length ?? 0);
  const words = text.slice(start, end).replace(/[\s.,;:”"]+$/, "");
  if (words.split(/\s+/).length < 3) return null;
  return sentence(clip(words));
}

function targetPosition(links: OppositionLink[], party: string, other: string): string {
  const link = links.find((l) => l.target === party) ?? links[0];
  return `Faces ${link?.noun ?? "opposition"} from ${other}.`;
}

function sentence(text: string): string {
  const trimmed = closeQuotes(text.replace(/[\s.,;:]+$/, ""));
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
}

// Words clipped at a closing quotation mark ("presented as a work of criminal fiction”") get
// it back, so no position opens a quotation it never closes.
function closeQuotes(text: string): string {
  const count = (mark: RegExp) => text.match(mark)?.length ?? 0;
  if (count(/"/g) % 2 === 1) return `${text}"`;
  if (count(/“/g) > count(/”/g)) return `${text}”`;
  return text;
}

function clip(text: string): string {
  const trimmed = text
    .replace(/[\s.,;:\u201d"]+$/, "")
    .replace(/^(?:in a statement|in an interview|on \w+)?\s*[:,]?\s*[\u201c"]?/i, "");
  return trimmed.length > 220 ? `${trimmed.slice(0, 217).replace(/\s+\S*$/, "")}…` : trimmed;
}
