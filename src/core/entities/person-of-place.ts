import { isPlace } from "../quotes/non-speaker.js";
import type { Token } from "../text/tokenize.js";
import { tokenAt } from "../text/token-at.js";
import type { SourceMention } from "./source-mention.js";

/**
 * "Senator Ann Boxer of Nevada said", "Rep. Tom King of Iowa said": a surname that is also a
 * word of office ("Boxer", "King") reads the place after it as its office's object, "the King
 * of Iowa". When the phrase before the verb is such a place, the person is the name that ends
 * right before its "of" or "from" (read by `nameEndingAt`); else null.
 */
export function personOfPlace(
  tokens: Token[],
  np: SourceMention,
  nameEndingAt: (j: number) => SourceMention | null,
): SourceMention | null {
  // ("South Carolina" may read as a name: "Carolina" is a given name.)
  if ((np.kind !== "org" && np.kind !== "name") || !isPlace(np.name)) return null;
  const at = tokenAt(tokens, np.nameStart);
  const right = tokens[at - 1]?.text === "the" ? at - 2 : at - 1;
  const of = townBefore(tokens, right);
  // The "of" right before the place must lie inside the phrase read ("Boxer of Nevada").
  const inside = of !== right || tokenAt(tokens, np.start) < of;
  if (!/^(?:of|from)$/.test(tokens[of]?.text ?? "") || !inside) return null;
  const person = nameEndingAt(of - 1);
  return person?.kind === "name" ? person : null;
}

/**
 * "Stacy Baker of Columbia, South Carolina said": before a state, a town of one or two
 * capitalised words and its comma; the index of the "of" before the town, else `of` unchanged.
 */
function townBefore(tokens: Token[], of: number): number {
  if (tokens[of]?.text !== ",") return of;
  for (let k = of - 1; k >= of - 2 && k > 0; k--) {
    const t = tokens[k] as Token;
    if (!t.cap || t.punct) return of;
    if (/^(?:of|from)$/.test(tokens[k - 1]?.text ?? "")) return k - 1;
  }
  return of;
}

/**
 * Whether only "of" or "from" and a state stand between a name and the verb at `v` ("Helen
 * Boxer of Nevada said"): the place tells where the person is from, it heads no longer subject.
 */
export function placeFollows(text: string, tokens: Token[], np: SourceMention, v: number): boolean {
  const at = tokenAt(tokens, np.end);
  if (at < 0 || !/^(?:of|from)$/.test(tokens[at]?.text ?? "") || v <= at + 1) return false;
  return isPlace(text.slice((tokens[at + 1] as Token).start, (tokens[v - 1] as Token).end));
}

/**
 * "Most voters in Ohio, Iowa and Maine said": a state read alone before the verb, with no title,
 * is the end of a longer subject (a state speaks for no one); that subject is read loosely.
 */
export function stateAlone(np: SourceMention): boolean {
  return (np.kind === "name" || np.kind === "org") && np.role === null && isPlace(np.name);
}
