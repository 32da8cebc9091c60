import type { Span } from "../card/card-schema.js";
import { takesStop } from "../entities/name-words.js";
import type { Token } from "../text/tokenize.js";

/**
 * "The council is expected to approve the budget on Monday", "…, which is widely expected to
 * pass", "The senator is seen as a moderate", "Aides are said to be furious": an expectation or
 * a view held by no one named is reported speech of an unnamed source (measured on PolNeAR
 * train: 57 of 67 "expected to" clauses that nothing else reports are in gold, and 25 of 31 with
 * "seen as", "viewed as", "regarded as" or "said to"), and so is what "appears to" be ("Support
 * for the plan appears to be fading": 39 of 54, 44 new gold items found; "appeared to" and
 * "seems to" fall below, at 62 and about 50 in 100). Its content is the whole clause, subject
 * and participle kept. The cue is the participle or the verb of seeming.
 */
export function findPassiveViews(
  tokens: Token[],
  quoted: (pos: number) => boolean,
): Array<{ content: Span; cue: string }> {
  const out: Array<{ content: Span; cue: string }> = [];
  for (let v = 1; v < tokens.length - 2; v++) {
    const t = tokens[v] as Token;
    const lower = t.text.toLowerCase();
    const particle = PARTICIPLES.get(lower) ?? (SEEMING.test(lower) ? "to" : undefined);
    if (!particle || quoted(t.start)) continue;
    if (tokens[v + 1]?.text.toLowerCase() !== particle) continue;
    // "Support for the plan appears to be fading": the verb of seeming is its own auxiliary.
    const aux = SEEMING.test(lower) ? v : ADVERBS.test(tokens[v - 1]?.text ?? "") ? v - 2 : v - 1;
    if (!SEEMING.test(lower) && !BE.test(tokens[aux]?.text ?? "")) continue;
    const from = clauseStart(tokens, aux);
    const to = clauseStop(tokens, v);
    const first = tokens[from];
    const last = tokens[to - 1];
    // "It is expected to …" names nothing expected; "is expected to." ends no clause.
    if (!first || !last || from >= aux || to - v < 3) continue;
    if (from === aux - 1 && /^it$/i.test(first.text)) continue;
    // "Trump, who is seen as a stronger leader, …": a view in an aside of a relative is the
    // writer's description of its antecedent (measured on PolNeAR train: 2 of 8 in gold).
    if (particle === "as" && /^(?:who|which|that|whose)$/i.test(first.text)) continue;
    out.push({ content: { start: first.start, end: last.end }, cue: t.text });
  }
  return out;
}

// Each participle and the word that opens what is expected or seen: "expected to", "seen as".
const PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ["expected", "to"],
  ["said", "to"],
  ["seen", "as"],
  ["viewed", "as"],
  ["regarded", "as"],
]);
const BE = /^(?:is|are|was|were)$/i;
// Present forms of seeming, which report a view held by no one named ("appears to …").
const SEEMING = /^(?:appears|appear)$/i;
const ADVERBS = /^(?:\p{L}+ly|also|now|still|not)$/iu;
const RELATIVE = /^(?:which|who|that)$/i;
const OPENERS = /^(?:but|and|yet|so)$/i;
// Words after which a clause of its own opens: "…, where Sanders is expected to win".
const SUBORDINATORS =
  /^(?:while|though|although|where|when|because|as|whereas|if|since|rather|after|before|until|unless)$/i;

/** Whether `tokens[k]` ends a sentence (not the stop of "Mr." or "U.S."). */
function stopAt(tokens: Token[], k: number): boolean {
  const w = (tokens[k] as Token).text;
  if (/^[!?;:—–]$/.test(w) || w === "--") return true;
  return w === "." && !(k > 0 && takesStop(tokens[k - 1] as Token));
}

/**
 * Where the clause of the auxiliary at `aux` opens: the sentence's start (past "But", "And"), a
 * semicolon, colon or dash, a comma or a subordinator ("…, and Trump is expected to …", "…,
 * where Sanders is expected to …"), or a relative pronoun ("delegates who are expected to …").
 * A subject set off by commas ("The bank, which has held rates low, is expected …") opens at
 * the sentence's start.
 */
function clauseStart(tokens: Token[], aux: number): number {
  const setOff = tokens[aux - 1]?.text === ",";
  for (let k = aux - 1; k >= 0; k--) {
    const w = (tokens[k] as Token).text;
    if (stopAt(tokens, k)) return skipOpener(tokens, k + 1);
    if (setOff) continue;
    if (RELATIVE.test(w)) return k;
    if (w === "," || SUBORDINATORS.test(w)) return skipOpener(tokens, k + 1);
  }
  return skipOpener(tokens, 0);
}

function skipOpener(tokens: Token[], k: number): number {
  return OPENERS.test(tokens[k]?.text ?? "") && tokens[k + 1]?.text !== "," ? k + 1 : k;
}

/** Where the clause after `v` stops: the sentence's end, or a comma or semicolon after it. */
function clauseStop(tokens: Token[], v: number): number {
  for (let k = v + 1; k < tokens.length; k++) {
    if (stopAt(tokens, k) || (tokens[k] as Token).text === ",") return k;
  }
  return tokens.length;
}
