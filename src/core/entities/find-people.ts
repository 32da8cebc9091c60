import type { Token } from "../text/tokenize.js";
import { tokenAt } from "../text/token-at.js";
import { resolvePlace } from "../places/find-places.js";
import { FEMALE_NAMES, MALE_NAMES, isGivenName } from "./first-names.js";
import { PARTICLES, isNameWord, isRoleNoun, takesStop } from "./name-words.js";
import { DOTTED_TITLES, HONORIFICS, THING_WORDS } from "./lexicon.js";
import type { PersonEntry, PersonRegistry } from "./person-registry.js";
import { phraseEndingAt, withApposition } from "./read-source.js";
import type { SourceMention } from "./source-mention.js";
import { type SharedRole, withSharedRole } from "./shared-role.js";

/** The first name of a full name tells the gender, when it is a common one. */
export function genderFromName(name: string): "m" | "f" | null {
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? "";
  if (FEMALE_NAMES.has(first)) return "f";
  if (MALE_NAMES.has(first)) return "m";
  return null;
}

/** Whether a name phrase reads as a person (not a place, thing or organisation). */
export function looksLikePerson(np: SourceMention, registry: PersonRegistry): boolean {
  if (np.kind !== "name") return false;
  // "Luiz Inacio Lula da Silva": lower-case particles do not make a name longer.
  const words = np.name.split(/\s+/).filter((w) => !PARTICLES.has(w));
  const last = words[words.length - 1] ?? "";
  if (
    THING_WORDS.has(last.toLowerCase()) ||
    words.length > 4 ||
    /\d/.test(np.name) ||
    resolvePlace(np.name) !== undefined
  )
    return false;
  if (registry.find(np.name, np.start)) return true;
  if (words.length === 1) return np.gender !== null || titlesPerson(np.role);
  return np.role !== null || isGivenName(words[0] ?? "") || np.gender !== null;
}

const OPENS_DESCRIPTION = /^(?:a|an|the|his|her|their|its)$/i;
const HEAD_ENDS = /^(?:of|at|for|in|on|with|from|to)$/i;

/**
 * "An attorney for Pagliano, Mark MacDougall, said": a description opening the clause, then a
 * comma, then the name it stands for gives that name its role.
 */
function withRoleBefore(text: string, tokens: Token[], np: SourceMention): SourceMention {
  if (np.kind !== "name" || np.role) return np;
  const at = tokenAt(tokens, np.start);
  if (tokens[at - 1]?.text !== ",") return np;
  let b = at - 2;
  while (b >= 0 && b > at - 10 && !/^[.;:!?“”"]$/.test((tokens[b] as Token).text)) b--;
  const words = tokens.slice(b + 1, at - 1);
  const first = words[0];
  if (!first || !OPENS_DESCRIPTION.test(first.text) || words.some((t) => t.text === ",")) return np;
  const headAt = words.findIndex((t, n) => n > 0 && HEAD_ENDS.test(t.text));
  const head = words[(headAt < 0 ? words.length : headAt) - 1];
  if (!head || head === first || !isRoleNoun(head.text) || /s$/.test(head.text)) return np;
  // The name must close the apposition ("…, Mark MacDougall, …"), not open a list.
  const after = tokens[tokenAt(tokens, np.end)];
  if (after && !/^[,.;:]$/.test(after.text) && after.cap) return np;
  const last = words[words.length - 1] as Token;
  const role = text.slice((words[1] as Token).start, last.end);
  return { ...np, role };
}

/** Inside a quotation only a given name and a surname, or a name already met, is a person. */
function quotedPerson(np: SourceMention, registry: PersonRegistry): boolean {
  if (np.kind !== "name" || !looksLikePerson(np, registry)) return false;
  const words = np.name.split(/\s+/);
  return (
    registry.find(np.name, np.start) !== null ||
    (words.length >= 2 && words.length <= 3 && isGivenName(words[0] ?? ""))
  );
}

// Offices written as a title before a name ("President Obama", "Chancellor Brown").
const OFFICES =
  /^(?:president|vice-president|senator|governor|chancellor|minister|secretary|premier|king|queen|prince|princess|pope|judge|justice|general|captain|mayor|bishop|archbishop|cardinal|ambassador|commissioner|inspector|detective|sheriff|chairman|chairwoman|director|professor|coach|manager|sergeant|colonel|major|lieutenant|admiral|commander|emperor|sultan|sheikh|ayatollah|rabbi|father|sister|brother|councillor|alderman|speaker|leader|chief|agent|officer|constable|superintendent|doctor|deputy)$/;

// Role nouns that also describe companies and countries ("rival Microsoft", "partner Nokia").
const RELATIONAL =
  /^(?:rival|partner|ally|critic|opponent|supporter|backer|owner|member|source|investor|donor|founder|head|boss|chief|leader|giant|challenger|friend|employer|client|sponsor)s?$/i;

/**
 * "President Obama", "model Caprice", "Sen. Warner": a title that only a person holds makes a
 * lone capitalised word a name.
 */
function titlesPerson(role: string | null): boolean {
  if (!role) return false;
  const word = role.split(/\s+/).pop() ?? "";
  const head = word.toLowerCase().replace(/\.$/, "");
  if (HONORIFICS.has(head) || DOTTED_TITLES.has(head)) return true;
  // A capitalised common role noun before a capital is part of a name ("the show Star Search",
  // "Model Railways"); capitalised, only an office titles a lone name ("President Obama").
  if (/^\p{Lu}/u.test(word) && !OFFICES.test(head)) return false;
  return isRoleNoun(head) && !RELATIONAL.test(head);
}

/** Records every person the paragraph names (outside quotation marks) and returns the mentions. */
export function findPeople(
  text: string,
  tokens: Token[],
  quoted: (pos: number) => boolean,
  registry: PersonRegistry,
): Array<{ np: SourceMention; entry: PersonEntry }> {
  const found: Array<{ np: SourceMention; entry: PersonEntry }> = [];
  let shared: SharedRole | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (!isNameWord(t) || (next && isNameWord(next))) continue;
    // "Luiz Inacio Lula da Silva": a particle and a capital go on with the name.
    if (next && PARTICLES.has(next.text) && tokens[k + 2]?.cap) continue;
    if (next?.text === "." && takesStop(t) && isNameWord(tokens[k + 2] ?? t)) continue;
    const raw = phraseEndingAt(text, tokens, k);
    if (!raw) continue;
    const read = withSharedRole(
      text,
      tokens,
      withRoleBefore(text, tokens, withApposition(text, tokens, raw)),
      shared,
    );
    shared = read.shared;
    const np = read.np;
    const inQuote = quoted(t.start);
    if (inQuote ? !quotedPerson(np, registry) : !looksLikePerson(np, registry)) continue;
    const entry = registry.add(
      np.name,
      { start: np.nameStart, end: np.end },
      np.role,
      np.gender ?? genderFromName(np.name),
    );
    // A name inside a quotation is recorded (the card lists everyone mentioned) but is no
    // antecedent for the reporter's "he said": only names outside quotes are returned.
    if (!inQuote) found.push({ np, entry });
  }
  return found;
}
