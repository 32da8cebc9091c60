import type { PersonRegistry } from "../entities/person-registry.js";
import { readNounPhrase } from "../entities/read-noun-phrase.js";
import type { SourceMention } from "../entities/source-mention.js";
import { tokenAt } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";
import { resolveSource } from "./resolve-speaker.js";
import type { Resolved, Salience } from "./resolve-speaker.js";

/** A source resolved; "Farmers are angry. They argue …": an unresolved "they" names the group. */
export function resolveWithGroup(
  text: string,
  tokens: Token[],
  src: SourceMention,
  registry: PersonRegistry,
  sal: Salience,
  index: number,
): Resolved {
  const resolved = resolveSource(text, src, registry, sal, index);
  const group = resolved.speaker.name === null ? pluralAntecedent(text, tokens, src) : null;
  return group ? resolveSource(text, group, registry, sal, index) : resolved;
}

/**
 * "Farmers are angry about the rules. They argue …": the plural group a subject "they" or "we"
 * refers to, when one opens the same sentence or the one before it in the paragraph; null
 * otherwise, so that an unresolved pronoun stays unattributed rather than guessed.
 */
export function pluralAntecedent(
  text: string,
  tokens: Token[],
  src: SourceMention,
): SourceMention | null {
  if (src.kind !== "pronoun" || !/^(?:they|we)$/i.test(src.name)) return null;
  const at = tokenAt(tokens, src.start);
  const own = sentenceStart(tokens, at);
  const starts = own < at ? [own] : [];
  if (own > 0) starts.push(sentenceStart(tokens, own - 1));
  for (const i of starts) {
    const np = readNounPhrase(text, tokens, i);
    if (np && np.plural && np.kind !== "pronoun" && np.end <= src.start) return np;
  }
  return null;
}

/** The index of the first token of the sentence holding token `k`. */
function sentenceStart(tokens: Token[], k: number): number {
  let i = k;
  while (i > 0 && !/^[.!?]$/.test(tokens[i - 1]?.text ?? "")) i--;
  return i;
}
