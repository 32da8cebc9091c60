import type { Span } from "../card/card-schema.js";
import { tokenAt } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";
import type { Salience } from "./salience.js";

const MALE = /^(?:he|his|him|himself)$/i;
const FEMALE = /^(?:she|her|hers|herself)$/i;

/**
 * "Tad Devine said his candidate …": a pronoun after the only person named so far in the
 * sentence tells that person's gender, which later "he said" / "she said" need.
 */
export function learnGender(
  tokens: Token[],
  here: Salience["mentioned"],
  span: Span,
  quoted: (pos: number) => boolean,
): void {
  for (const [k, m] of here.entries()) {
    if (m.person.gender !== null) continue;
    const stop = here[k + 1]?.at ?? span.end;
    const from = tokenAt(tokens, m.at + 1);
    for (let j = from; j >= 0 && j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (t.start >= stop || /^[.!?]$/.test(t.text)) break;
      if (quoted(t.start)) continue;
      if (MALE.test(t.text) || FEMALE.test(t.text)) {
        m.person.gender = MALE.test(t.text) ? "m" : "f";
        break;
      }
    }
  }
}
