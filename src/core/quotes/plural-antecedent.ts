import type { PersonRegistry } from "../entities/person-registry.js";
import { readNounPhrase } from "../entities/read-noun-phrase.js";
import type { SourceMention } from "../entities/source-mention.js";
import { PLURAL_AUXILIARIES } from "../lexicon/function-words.js";
import { tokenAt } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";
import { antecedentStarts } from "./antecedent-starts.js";
import { resolveSource } from "./resolve-speaker.js";
import type { Resolved, Salience } from "./resolve-speaker.js";
import { thingAntecedent } from "./thing-antecedent.js";

/**
 * A source resolved; "Farmers are angry. They argue …": an unresolved "they" names the group.
 * "Rice and Gates brought proposals they said …": two people opening this sentence or the one
 * before are who "they" are, nearer than any group that spoke earlier in the article.
 */
export function resolveWithGroup(
  text: string,
  tokens: Token[],
  src: SourceMention,
  registry: PersonRegistry,
  sal: Salience,
  index: number,
): Resolved {
  const pair = pairAntecedent(text, tokens, src, registry, sal, index);
  if (pair) return pair;
  // "The report came out. It said …": the thing that is the subject right before outranks an
  // organisation that spoke earlier, unless someone spoke in between ("…, according to the
  // monitoring group. It said …": "it" is that speaker).
  const thing = thingAntecedent(text, tokens, src);
  if (thing && !sal.spoken.some((s) => s.at > thing.start && s.at < src.start))
    return resolveSource(text, thing, registry, sal, index);
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
  for (const i of antecedentStarts(tokens, src)) {
    const np = readNounPhrase(text, tokens, i);
    if (!np || np.kind === "pronoun" || np.end > src.start) continue;
    if (np.plural || namesPeople(tokens, np)) return np;
  }
  return null;
}

/**
 * "Rice and U.S. Defense Secretary Robert Gates brought proposals they said …": the two people
 * named as the subject of this sentence or the one before are who a subject "they" stands for,
 * as one speaker with both names; null when the phrase is not two names joined by "and".
 */
function pairAntecedent(
  text: string,
  tokens: Token[],
  src: SourceMention,
  registry: PersonRegistry,
  sal: Salience,
  index: number,
): Resolved | null {
  if (src.kind !== "pronoun" || src.name.toLowerCase() !== "they") return null;
  for (const i of antecedentStarts(tokens, src)) {
    const first = readNounPhrase(text, tokens, i);
    const and = first ? tokenAt(tokens, first.end) : -1;
    if (!first || first.kind !== "name" || tokens[and]?.text !== "and") continue;
    const second = readNounPhrase(text, tokens, and + 1);
    if (!second || second.kind !== "name" || second.end > src.start) continue;
    const a = resolveSource(text, first, registry, sal, index);
    const b = resolveSource(text, second, registry, sal, index);
    if (!a.person || !b.person || a.person === b.person) continue;
    const evidence = [
      { start: src.start, end: src.end },
      { start: first.start, end: first.end },
      { start: second.start, end: second.end },
    ];
    return {
      speaker: {
        name: `${a.person.name} and ${b.person.name}`,
        role: null,
        anonymous: false,
        evidence,
      },
      // Not a group "one" could be drawn from ("said one" is no "a Rice and Gates").
      person: null,
      group: null,
    };
  }
  return null;
}

/**
 * "Democrats are angry. They argue …": a name of one capitalised word in the plural ("Democrats",
 * "Palestinians") with a verb that agrees only with a plural names a group of people, unlike
 * "Reuters has …" or "Lyons is …".
 */
function namesPeople(tokens: Token[], np: SourceMention): boolean {
  if ((np.kind !== "org" && np.kind !== "name") || !/^\p{Lu}\p{Ll}+[^su]s$/u.test(np.name))
    return false;
  const next = tokens[tokenAt(tokens, np.end)];
  return next !== undefined && PLURAL_AUXILIARIES.has(next.text.toLowerCase().replace(/’/g, "'"));
}
