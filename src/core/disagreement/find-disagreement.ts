import type { ArticleDocument } from "../article/article-document.js";
import type { Disagreement, Person, Quote } from "../card/card-schema.js";
import { buildSide } from "./build-side.js";
import { findAuthorBlame } from "./find-author-blame.js";
import { headlineTopic, topicAfterCue } from "./extract-topic.js";
import { findOppositions } from "./find-oppositions.js";
import { findContrastingSpeech } from "./find-contrasting-speech.js";
import { findCriticalSpeech } from "./find-critical-speech.js";
import { findRebuttals } from "./find-rebuttals.js";
import { findRivalStandards } from "./find-rival-standards.js";
import { findSpeechPairs } from "./find-speech-pairs.js";
import { createPartyIndex } from "./party-index.js";
import { rankDisputes, type Dispute } from "./rank-disputes.js";

/**
 * The key disagreement of an article, found from who opposes whom: verbs of opposition between
 * named parties ("accused", "sued", "rejected"), nouns of a dispute ("the row between X and Y")
 * and speech answered by another party ("But X countered"). People count for the body or country
 * their role names. The pair with the most evidence (headline and lead weigh more) is the key
 * disagreement; other pairs go into `also`. Null when no pair has enough evidence.
 */
export function findDisagreement(
  doc: ArticleDocument,
  quotes: readonly Quote[],
  people: readonly Person[],
): Disagreement | null {
  const index = createPartyIndex(doc, people);
  const links = [
    ...findOppositions(doc, index, quotes),
    ...findRebuttals(doc, index, quotes),
    ...findCriticalSpeech(doc, index, quotes),
    ...findContrastingSpeech(doc, index, quotes),
    ...findSpeechPairs(doc, index, quotes),
    ...findRivalStandards(doc, index),
    ...findAuthorBlame(doc, index, quotes),
  ];
  const disputes = rankDisputes(links, doc.text).slice(0, 3);
  const found = disputes.map((dispute) => {
    const topic = topicOf(doc, dispute);
    return {
      topic,
      sides: dispute.sides.map((party) => buildSide(doc, index, quotes, dispute, party, topic)),
    };
  });
  const [main, ...also] = found;
  if (!main) return null;
  return also.length ? { ...main, also } : main;
}

// The dispute's own words for what it is about ("a row over tariffs"), else what its strongest
// verb acts on ("dismissed Yukos' legal wrangling"), else the headline.
function topicOf(doc: ArticleDocument, dispute: Dispute): string {
  const byWeight = [...dispute.links].sort((a, b) => b.weight - a.weight);
  // The most specific wording a link names: "U.S. plans to place a missile defense shield in Europe".
  const longest = (links: typeof byWeight) =>
    links
      .map((link) => link.topic ?? "")
      .reduce((best, topic) => (topic.length > best.length ? topic : best), "");
  const named = longest(byWeight);
  if (named) return named;
  const partyWords = new RegExp(
    dispute.sides.map((s) => s.split(/\s+/).map(escape).join("|")).join("|"),
    "g",
  );
  // A headline's "accuses British sprinters" says less than the lead's "accused … of lacking
  // pride and ambition": the first wording of three words or more, else the body's strongest.
  const candidates = byWeight
    .filter((link) => link.kind === "verb")
    .map((link) => ({
      topic: topicAfterCue(doc.text, link.cue.end, link.span.end, partyWords),
      headline: link.span.start === doc.headlineSpan?.start,
    }))
    .filter((c): c is { topic: string; headline: boolean } => c.topic !== null);
  const topic =
    candidates.find((c) => c.topic.split(/\s+/).length >= 3) ??
    candidates.find((c) => !c.headline) ??
    candidates[0];
  if (topic) return topic.topic;
  return headlineTopic(doc.headline);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
