import type { Token } from "../text/tokenize.js";
import { LIGHT_VERBS } from "../lexicon/stance-nouns.js";

/**
 * "Mrs. Clinton delivered a forceful promise to …", "Clinton offered her firmest promise yet that
 * …", "he sounded a cautious note about …": a bare cue word after an article or possessive and
 * one adjective is a noun, the object of the verb before it, so the speaker is that verb's
 * subject, not "a forceful". Returns the index of that verb, or null.
 */
export function nounCueHolder(tokens: Token[], v: number): number | null {
  const cue = (tokens[v] as Token).text.toLowerCase();
  // "the voters said", "her aides say": only a bare singular form reads as a noun.
  if (/(?:s|ed|ing)$/.test(cue)) return null;
  const adjective = tokens[v - 1];
  const article = tokens[v - 2];
  const verb = tokens[v - 3];
  if (!adjective || !article || !verb || adjective.cap || verb.cap || verb.punct) return null;
  if (!ADJECTIVE.test(adjective.text) || !HOLDER_ARTICLES.has(article.text.toLowerCase()))
    return null;
  const w = verb.text.toLowerCase();
  return LIGHT_VERBS.has(w) || /^\p{Ll}+ed$/u.test(w) ? v - 3 : null;
}

// "forceful", "cautious", "firmest", "impassioned", "controversial", "positive", "rare".
const ADJECTIVE = /^\p{Ll}+(?:ful|ous|est|ned|al|ive|ic|ant|ent|less|able|ible|ary)$/u;

const HOLDER_ARTICLES: ReadonlySet<string> = new Set(["a", "an", "her", "his", "their", "its"]);
