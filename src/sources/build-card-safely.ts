import type { CardResult } from "../app/ports/article-parser.js";
import type { ArticleInput } from "../core/article/article-input.js";
import { buildCard } from "../core/build-card.js";

/** Builds a card, turning an engine fault into a returned value (the ingest loop goes on). */
export function buildCardSafely(input: ArticleInput): CardResult {
  try {
    return { ok: true, card: buildCard(input) };
  } catch (cause) {
    const message = `The article could not be read (${cause instanceof Error ? cause.message : String(cause)}).`;
    return { ok: false, error: { code: "engine-fault", message } };
  }
}
