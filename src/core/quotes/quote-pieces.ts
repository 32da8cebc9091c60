import type { Quote } from "../card/card-schema.js";
import type { PersonRegistry } from "../entities/person-registry.js";
import type { QuotedSpan } from "../text/find-quoted-spans.js";
import type { Resolved } from "./resolve-speaker.js";

/** A quoted piece with whether a cue right next to it named the speaker. */
export interface Piece {
  span: QuotedSpan;
  quote: Quote;
  attributed: boolean;
}

/**
 * A quote running over paragraphs is usually attributed in its last piece
 * ("“… there.¶“And we will win,” Briggs added."): earlier pieces take that speaker.
 */
export function carryBack(pieces: Piece[]): void {
  for (let k = pieces.length - 2; k >= 0; k--) {
    const piece = pieces[k] as Piece;
    const next = pieces[k + 1] as Piece;
    if (!piece.span.runsOn || piece.attributed || !next.span.continues) continue;
    piece.quote.speaker = next.quote.speaker;
    if (next.quote.cue !== undefined) piece.quote.cue = next.quote.cue;
    piece.attributed = next.attributed;
  }
}

/**
 * "Mr Hale said: “… you don't.¶“What matters is jobs.” The book, by …, said": a quote that goes
 * on from one left open at the end of the paragraph before, with no cue of its own, is the same
 * speaker's, not that of a later sentence.
 */
export function carriedOn(
  pieces: Piece[],
  q: QuotedSpan,
  registry: PersonRegistry,
): Resolved | null {
  const last = pieces[pieces.length - 1];
  if (!q.continues || !last?.span.runsOn || !last.attributed) return null;
  const speaker = last.quote.speaker;
  if (speaker.name === null) return null;
  return { speaker, person: registry.find(speaker.name), group: null };
}
