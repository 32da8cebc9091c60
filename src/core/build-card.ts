import { readArticle } from "./article/read-article.js";
import type { ArticleInput } from "./article/article-input.js";
import type { BriefingCard } from "./card/card-schema.js";
import { attributeQuotes } from "./quotes/attribute-quotes.js";

/** Turns one article into its briefing card. Pure and deterministic: no I/O, no clock. */
export function buildCard(input: ArticleInput): BriefingCard {
  const doc = readArticle(input);
  const { quotes, people } = attributeQuotes(doc);
  const lead = doc.sentences[0];
  return {
    schemaVersion: 1,
    id: doc.id,
    headline: doc.headline,
    ...(doc.date ? { date: doc.date } : {}),
    summary: [lead ? doc.text.slice(lead.start, lead.end) : doc.headline],
    disagreement: null,
    quotes,
    nextSteps: [],
    people,
  };
}
