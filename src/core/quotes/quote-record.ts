import type { Quote, Span } from "../card/card-schema.js";
import type { Resolved } from "./salience.js";

/** A card quote of the words at `span`, spoken by the resolved speaker, with its cue if any. */
export function quote(
  text: string,
  span: Span,
  kind: Quote["kind"],
  resolved: Resolved,
  cue: string | undefined,
): Quote {
  return {
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    kind,
    speaker: resolved.speaker,
    ...(cue ? { cue } : {}),
  };
}
