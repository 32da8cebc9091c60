import type { BriefingCard } from "../../core/card/card-schema.js";

/**
 * How sharp a card's disagreement is, for ordering a briefing: a stated disagreement outranks
 * none, then more sides, more evidence and more quotes make it sharper.
 */
export function sharpness(card: BriefingCard): number {
  const quotes = card.quotes.length;
  if (!card.disagreement) return quotes;
  const evidence = card.disagreement.sides.reduce((sum, side) => sum + side.evidence.length, 0);
  return 1000 + card.disagreement.sides.length * 100 + evidence * 10 + quotes;
}
