import type { Token } from "../text/tokenize.js";
import { AUXILIARIES } from "../lexicon/function-words.js";
import { DESCRIPTION_OPENERS, PHRASE_STOPS, TIME_ADJECTIVES } from "../lexicon/phrase-stops.js";
import { PLAIN_SAY_FORMS } from "../lexicon/reporting-verbs.js";
import { isNameWord } from "./name-words.js";

/**
 * "The GOP speechwriter said …", "The Republican strategist has said …": after a determiner and
 * capitalised modifiers, a plain lower-case noun right before the verb of saying is the head of
 * the description. Only before that verb, so "The Pentagon first reported" keeps "The Pentagon".
 */
export function headAfterModifiers(tokens: readonly Token[], i: number, k: number): boolean {
  const opener = tokens[i] as Token;
  const word = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!DESCRIPTION_OPENERS.has(opener.text.toLowerCase()) || k - i > 4 || k < i + 2) return false;
  if (!next || next.punct) return false;
  const verb = next.text.toLowerCase();
  if (!PLAIN_SAY_FORMS.has(verb) && !AUXILIARIES.has(verb)) return false;
  if (word.cap || !/^\p{Ll}[\p{Ll}-]*$/u.test(word.text) || /(?:ly|ing|ed)$/.test(word.text))
    return false;
  if (PHRASE_STOPS.has(word.text) || DESCRIPTION_OPENERS.has(word.text)) return false;
  // ("A new Pentagon report said": a plain adjective may stand among the modifiers.)
  const plain = (t: Token): boolean =>
    /^\p{Ll}+$/u.test(t.text) && !PHRASE_STOPS.has(t.text) && !/(?:ly|ing)$/.test(t.text);
  const modifiers = tokens.slice(i + 1, k);
  return modifiers.every((t) => isNameWord(t) || plain(t)) && modifiers.some((t) => isNameWord(t));
}

/** "An earlier report said …": a time comparative right after the determiner, before a noun. */
export function timeAdjective(tokens: readonly Token[], i: number, k: number): boolean {
  const next = tokens[k + 1];
  return (
    k === i + 1 &&
    DESCRIPTION_OPENERS.has((tokens[i] as Token).text.toLowerCase()) &&
    TIME_ADJECTIVES.has((tokens[k] as Token).text.toLowerCase()) &&
    !!next &&
    !next.punct &&
    !next.cap &&
    !PHRASE_STOPS.has(next.text.toLowerCase())
  );
}
