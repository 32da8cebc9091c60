import type { BriefingCard } from "../core/card/card-schema.js";

/**
 * Keeps only the quotes whose words are exactly the article's text at their offsets: the
 * archive never stores a quote it cannot point to in the article.
 */
export function groundCard(card: BriefingCard, text: string): BriefingCard {
  const quotes = card.quotes.filter(
    (quote) => quote.end > quote.start && text.slice(quote.start, quote.end) === quote.text,
  );
  return quotes.length === card.quotes.length ? card : { ...card, quotes };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The article's date as stored: `YYYY-MM-DD`, or null for anything else. */
export function articleDate(raw: string | null | undefined): string | null {
  return raw && isoDate.test(raw) ? raw : null;
}
