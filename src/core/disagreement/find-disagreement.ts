import type { ArticleDocument } from "../article/article-document.js";
import type { Disagreement, Person, Quote, Span } from "../card/card-schema.js";
import { buildSide } from "./build-side.js";
import { extractTopic, topicStems } from "./extract-topic.js";
import { createPartyIndex, type PartyIndex } from "./party-index.js";

const conflictCue =
  /\b(?:at odds|clash(?:ed|es|ing)?|differences|disput(?:e|es|ed)|rift|split over|disagree(?:s|d|ment)?|feud|tensions?|stand-?off|friction|spat|rejected|rejects|refused|opposed?|opposes|critici[sz](?:ed|es)|accused|condemned|denounced|objected|confront\w*|unhelpful|contradict\w*|urged\s+\w+\s+not|row\s+(?:over|about|with)|hit\s+out|attack(?:ed|s)?|slammed|dismissed|denied|challenged|blasted|war\s+of\s+words)\b/i;
// One passing remark in the body is not the article's disagreement: headline, lead or two sentences.
const minimumScore = 2;

interface Conflict {
  span: Span;
  weight: number;
  parties: string[];
  topic: string | null;
}

/**
 * The key disagreement of an article: the two parties most often set against each other in
 * conflict sentences (headline and lead weigh more), what they are at odds over, and each side's
 * position with the sentences and quotes that support it. Other disputes go into `also`.
 */
export function findDisagreement(
  doc: ArticleDocument,
  quotes: readonly Quote[],
  people: readonly Person[],
): Disagreement | null {
  const index = createPartyIndex(doc, people);
  const conflicts = findConflicts(doc, index);
  const found: Disagreement[] = [];
  for (const { pair, topic, conflict } of mergeTopics(rankPairs(conflicts), doc.headline)) {
    const sides = pair.map((party) => buildSide(doc, index, quotes, party, topic, conflict.span));
    // Both sides must take a stand somewhere, or it is a mention, not a disagreement.
    if (sides.every((side) => side.supported))
      found.push({ topic, sides: sides.map(({ supported: _, ...side }) => side) });
    if (found.length === 3) break;
  }
  const [main, ...also] = found;
  if (!main) return null;
  return also.length ? { ...main, also } : main;
}

interface Dispute {
  pair: [string, string];
  topic: string;
  stems: string[];
  conflict: Conflict;
}

// Conflict sentences about the same pair and overlapping words are one dispute; it keeps the
// most specific wording ("U.S. plans to place a missile defense shield in Europe").
function mergeTopics(ranked: ReturnType<typeof rankPairs>, headline: string): Dispute[] {
  const disputes: Dispute[] = [];
  for (const { pair, topic, conflict } of ranked) {
    const stems = topic ? topicStems(topic) : [];
    const same = disputes.find(
      (d) =>
        pairKey(d.pair) === pairKey(pair) && (!topic || d.stems.some((s) => stems.includes(s))),
    );
    if (same) {
      if (topic && topic.length > same.topic.length)
        Object.assign(same, { topic, stems: [...new Set([...same.stems, ...stems])] });
      continue;
    }
    // Only the best few can make the card; more would only cost time on huge inputs.
    if ((!topic && disputes.length) || disputes.length >= 12) continue;
    disputes.push({
      pair,
      topic: topic ?? headline,
      stems: topic ? stems : topicStems(headline),
      conflict,
    });
  }
  return disputes;
}

function findConflicts(doc: ArticleDocument, index: PartyIndex): Conflict[] {
  const candidates: { span: Span; weight: number }[] = [];
  if (doc.headlineSpan) candidates.push({ span: doc.headlineSpan, weight: 3 });
  doc.sentences.forEach((span, i) => candidates.push({ span, weight: i === 0 ? 2 : 1 }));
  const conflicts: Conflict[] = [];
  for (const { span, weight } of candidates) {
    const text = doc.text.slice(span.start, span.end);
    if (!conflictCue.test(text)) continue;
    const topic = extractTopic(text);
    const topicAt = topic ? span.start + text.indexOf(topic) : span.end;
    // A country named inside the topic ("Iran's nuclear ambitions") is the subject, not a side.
    const mentions = index
      .mentionsIn(span.start, span.end)
      .filter((m) => m.start < topicAt || m.start >= topicAt + (topic?.length ?? 0));
    const parties = [...new Set(mentions.map((m) => m.party))];
    if (parties.length >= 2) conflicts.push({ span, weight, parties, topic });
  }
  return conflicts;
}

// Each pair of parties in a conflict sentence scores that sentence's weight; one entry per topic.
function rankPairs(
  conflicts: Conflict[],
): { pair: [string, string]; topic: string | null; conflict: Conflict; score: number }[] {
  const scores = new Map<string, number>();
  const entries: {
    pair: [string, string];
    topic: string | null;
    conflict: Conflict;
    score: number;
  }[] = [];
  for (const conflict of conflicts) {
    for (const pair of pairsOf(conflict.parties)) {
      const key = pairKey(pair);
      scores.set(key, (scores.get(key) ?? 0) + conflict.weight);
      entries.push({ pair, topic: conflict.topic, conflict, score: 0 });
    }
  }
  const strong = entries.filter((entry) => (scores.get(pairKey(entry.pair)) ?? 0) >= minimumScore);
  for (const entry of strong)
    entry.score =
      (scores.get(pairKey(entry.pair)) ?? 0) * 10 + entry.conflict.weight + (entry.topic ? 5 : 0);
  return strong.sort((a, b) => b.score - a.score || a.conflict.span.start - b.conflict.span.start);
}

const pairKey = (pair: readonly string[]) => [...pair].sort().join("|");

function pairsOf(parties: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) pairs.push([parties[i] ?? "", parties[j] ?? ""]);
  }
  return pairs;
}
