import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { BriefingCard } from "../core/card/card-schema.js";

/**
 * A card as stored: deflated JSON without its quotes, which live once, in the `quotes` table,
 * and are put back on read. Cards repeat the article's words, so this keeps the file small.
 */
export function packCard(card: BriefingCard): Buffer {
  return deflateRawSync(JSON.stringify({ ...card, quotes: [] }));
}

export function unpackCard(packed: Buffer, quotes: BriefingCard["quotes"]): BriefingCard {
  const card = JSON.parse(inflateRawSync(packed).toString("utf8")) as BriefingCard;
  return { ...card, quotes };
}

/** Article text as stored: deflated UTF-8 (the full-text index keeps its own copy of the words). */
export function packText(text: string): Buffer {
  return deflateRawSync(text);
}

export function unpackText(packed: Buffer): string {
  return inflateRawSync(packed).toString("utf8");
}
