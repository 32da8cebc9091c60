import type { Quote } from "./card-schema.js";

/**
 * The quotes a reader needs: "Putin says he sees no evidence" is reported twice (by "says" and
 * by "sees"), and the analysis keeps both, as annotators do, but a reader needs the words once.
 * A quote lying inside a longer one of the same speaker is dropped.
 */
export function readerQuotes(quotes: readonly Quote[]): Quote[] {
  return quotes.filter((quote) => !insideAnotherOfTheSameSpeaker(quote, quotes));
}

function insideAnotherOfTheSameSpeaker(quote: Quote, quotes: readonly Quote[]): boolean {
  return quotes.some(
    (other) =>
      other !== quote &&
      other.speaker.name === quote.speaker.name &&
      other.start <= quote.start &&
      other.end >= quote.end &&
      other.end - other.start > quote.end - quote.start,
  );
}
