import type { QueryError, QuoteMatch } from "../app/ports/archive.js";
import { searchWords } from "./search-text.js";

/** A quote counts as the phrase at this score; below it, down to `nearScore`, it is a near miss. */
export const matchScore = 0.75;
export const nearScore = 0.45;
export const maxPhraseLength = 500;
/** Why a phrase cannot be searched (no words left, or too long to be a quote); null when it can. */
export function refusedPhrase(phrase: string, words: readonly string[]): QueryError | null {
  if (words.length === 0)
    return { code: "invalid-query", message: "Give me some words to look for." };
  if (phrase.length > maxPhraseLength)
    return {
      code: "invalid-query",
      message: "That phrase is too long to be a quote; try a few of its words.",
    };
  return null;
}
/** How many candidate quotes a search reads before scoring (newest first). */
export const candidateLimit = 120;

/** One entry per speaker and wording: the same quote carried by several articles shows once (the first kept). */
export function distinctQuotes<Q extends { text: string; speaker: { name: string | null } }>(
  quotes: Q[],
): Q[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.speaker.name ?? ""}\u0000${searchWords(q.text).join(" ")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function byScoreThenNewest(a: QuoteMatch, b: QuoteMatch): number {
  if (b.score !== a.score) return b.score - a.score;
  const dateA = a.article.date ?? a.article.addedAt;
  const dateB = b.article.date ?? b.article.addedAt;
  return dateA < dateB ? 1 : dateA > dateB ? -1 : b.quoteId - a.quoteId;
}
