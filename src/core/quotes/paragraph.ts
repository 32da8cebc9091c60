import type { Span } from "../card/card-schema.js";
import type { PersonRegistry } from "../entities/person-registry.js";
import type { QuotedSpan } from "../text/find-quoted-spans.js";
import type { Token } from "../text/tokenize.js";
import type { Resolved, ResolvedCue, Salience } from "./resolve-speaker.js";

/** One paragraph as the attribution pass sees it. */
export interface Para {
  index: number;
  span: Span;
  tokens: Token[];
  quotes: QuotedSpan[];
  cues: ResolvedCue[];
  /** Stance cues ("denied", "hopes"), which report positions but attribute no quote. */
  stances: ResolvedCue[];
  /** The speaker of the paragraph's last direct quote. */
  lastSpeaker: Resolved | null;
  /** Where that quote closes. */
  lastSpeakerAt: number;
}

/** What every speaker strategy reads: the article text, its people, and who spoke so far. */
export interface SpeakerContext {
  text: string;
  registry: PersonRegistry;
  sal: Salience;
}
