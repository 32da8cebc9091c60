import type { ArticleDocument } from "../article/article-document.js";
import type { Quote } from "../card/card-schema.js";
import type { OppositionLink, WeightedSpan } from "./find-oppositions.js";
import { weightedSentences } from "./find-oppositions.js";
import { contrastOpener, rebuttalCue, unownedClaims } from "./opposition-lexicon.js";
import type { PartyIndex } from "./party-index.js";

// How far back the answered words may stand: an answer is given within a few sentences.
const reach = 4;

/**
 * Reported or direct speech of one party answered by another's: "“…,” Adams said. However, a Big
 * Brother spokeswoman was “satisfied” …", "But Christie countered: …", "X said …, while Y said …".
 * Each answer links the answering party to the last other party quoted just before it.
 */
export function findRebuttals(
  doc: ArticleDocument,
  index: PartyIndex,
  quotes: readonly Quote[],
): OppositionLink[] {
  const body = weightedSentences(doc).filter(
    (s) => !doc.headlineSpan || s.start !== doc.headlineSpan.start,
  );
  const sentenceAt = (at: number): number => body.findIndex((s) => s.start <= at && at < s.end);
  const spoken = [...quotes]
    .map((quote) => ({ quote, party: index.partyOfSpeaker(quote), at: sentenceAt(quote.start) }))
    .filter((q) => q.party !== null && q.at >= 0)
    .sort((a, b) => a.quote.start - b.quote.start);
  const links: OppositionLink[] = [];
  for (let k = 1; k < spoken.length; k++) {
    const answer = spoken[k] as (typeof spoken)[number];
    const sentence = body[answer.at] as WeightedSpan;
    const strength = answerStrength(doc, answer.quote, sentence, spoken[k - 1]?.quote);
    if (!strength) continue;
    // The answer follows the other party's words directly, not the answerer's own last words.
    const answered = spoken[k - 1];
    if (!answered || answered.party === answer.party || answer.at - answered.at > reach) continue;
    if (answered.party === null || answer.party === null) continue;
    links.push({
      actor: answer.party,
      target: answered.party,
      span: { start: sentence.start, end: sentence.end },
      weight: strength * sentence.prominence,
      kind: "rebuttal",
      noun: "a rebuttal",
      cue: { start: answer.quote.start, end: answer.quote.end },
      topic: null,
      quotes: { actor: answer.quote, target: answered.quote },
    });
  }
  return links;
}

// "countered", "hit back", "rejected" answer outright (2); "But", "However" open an answer (1.5).
function answerStrength(
  doc: ArticleDocument,
  quote: Quote,
  sentence: WeightedSpan,
  previous: Quote | undefined,
): number {
  const attribution = doc.text
    .slice(sentence.start, sentence.end)
    .replace(quoteText(doc, quote), " ");
  if ((quote.cue && rebuttalCue.test(quote.cue)) || answersCue(attribution)) return 2;
  if (contrastOpener.test(doc.text.slice(sentence.start, sentence.end))) return 1.5;
  // "X said …, while Y said …": two speakers in one sentence, the second set against the first.
  if (previous && previous.end <= quote.start && previous.start >= sentence.start) {
    const between = doc.text.slice(previous.end, quote.start);
    if (/\b(?:but|while|whereas|however)\b/i.test(between)) return 1.5;
  }
  return 0;
}

const quoteText = (doc: ArticleDocument, quote: Quote) => doc.text.slice(quote.start, quote.end);

function answersCue(attribution: string): boolean {
  for (const m of attribution.matchAll(new RegExp(rebuttalCue.source, "gi")))
    if (!unownedClaims.test(attribution.slice(m.index + m[0].length))) return true;
  return false;
}
