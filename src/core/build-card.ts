import { readArticle } from "./article/read-article.js";
import type { ArticleInput } from "./article/article-input.js";
import type { BriefingCard } from "./card/card-schema.js";
import { listPeople } from "./entities/list-people.js";
import { findDisagreement } from "./disagreement/find-disagreement.js";
import { findNextSteps } from "./next-steps/find-next-steps.js";
import { attributeQuotes } from "./quotes/attribute-quotes.js";
import { summarizeLead } from "./summary/summarize-lead.js";

/**
 * Turns one article into its briefing card: summary, key disagreement, quotes with speakers,
 * next steps and people. Pure and deterministic: no I/O, no clock; every quote and next step
 * is a slice of `input.text`.
 */
export function buildCard(input: ArticleInput): BriefingCard {
  const doc = readArticle(input);
  const { quotes, people } = attributeQuotes(doc);
  const source = {
    ...(doc.url ? { url: doc.url } : {}),
    ...(doc.publisher ? { publisher: doc.publisher } : {}),
  };
  return {
    schemaVersion: 1,
    id: doc.id,
    headline: doc.headline,
    ...(doc.date ? { date: doc.date } : {}),
    ...(doc.url || doc.publisher ? { source } : {}),
    summary: summarizeLead(doc),
    disagreement: findDisagreement(doc, quotes, people),
    quotes,
    nextSteps: findNextSteps(doc, quotes, people),
    people: listPeople(doc, people),
  };
}
