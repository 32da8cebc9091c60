import type { Token } from "../text/tokenize.js";
import { tokenAt } from "../text/token-at.js";
import { COMMON_WORDS, DETERMINERS, PLURAL_QUANTIFIERS } from "../lexicon/function-words.js";
import { ROLE_NOUNS } from "./lexicon.js";
import type { SourceMention } from "./source-mention.js";

/**
 * "British authors Doris Lessing and Ian McEwan", "Democratic senators A, B and C": a plural role
 * before a list of names is each name's role, in the singular. Only a plain -s plural of a known
 * role noun is read so ("authors", "nominees"); anything else stays as it was.
 */
export function singularRole(role: string): string | null {
  const words = role.split(/\s+/);
  const head = words.pop() ?? "";
  const stem = /^(\p{Ll}+[^s])s$/u.exec(head)?.[1];
  if (!stem || !ROLE_NOUNS.has(stem)) return null;
  return [...words, stem].join(" ");
}

/** Whether only list joins ("," "and", ", and") stand between two offsets. */
function joinedByList(tokens: Token[], from: number, to: number): boolean {
  const between = tokens.slice(tokenAt(tokens, from), tokenAt(tokens, to));
  return (
    between.length > 0 && between.length <= 2 && between.every((t) => /^(?:,|and)$/.test(t.text))
  );
}

/** Whether a list join and a capitalised word come right after `end` (the list goes on). */
function listGoesOn(tokens: Token[], end: number): boolean {
  let k = tokenAt(tokens, end);
  if (tokens[k]?.text !== "," && tokens[k]?.text !== "and") return false;
  if (tokens[k]?.text === "," && tokens[k + 1]?.text === "and") k++;
  return tokens[k + 1]?.cap ?? false;
}

/** The plural role a list of names shares, carried from name to name while the list lasts. */
export interface SharedRole {
  role: string;
  end: number;
}

/**
 * Gives a name the role it shares with the list it stands in: the first name's plural role made
 * singular, then each next name joined to it by "," or "and". Returns the mention and the role
 * still to share (null once the list ends).
 */
export function withSharedRole(
  text: string,
  tokens: Token[],
  np: SourceMention,
  shared: SharedRole | null,
): { np: SourceMention; shared: SharedRole | null } {
  if (np.kind !== "name") return { np, shared };
  if (np.role) {
    const single = singularRole(np.role);
    if (!single || !listGoesOn(tokens, np.end)) return { np, shared: null };
    return { np: { ...np, role: single }, shared: { role: single, end: np.end } };
  }
  if (!shared || !joinedByList(tokens, shared.end, np.start)) {
    const named = roleBeforeSuchAs(text, tokens, np.start) ?? roleAfterList(text, tokens, np.end);
    if (!named) return { np, shared: null };
    return { np: { ...np, role: named }, shared: { role: named, end: np.end } };
  }
  return { np: { ...np, role: shared.role }, shared: { role: shared.role, end: np.end } };
}

// Words before a plural role that pick out a group, not the role: "other past winners".
const NOT_ROLE = /^(?:other|such|these|those|many|some)$/i;
// After the role's head only a prepositional object goes with it ("winners of the prize").
const ROLE_OBJECT = /^(?:of|at|for|in|from)$/i;

/**
 * "past winners of the Booker Prize, such as A, B and C": the plural role phrase before "such
 * as" names what the listed names are, in the singular ("past winner of the Booker Prize").
 */
function roleBeforeSuchAs(text: string, tokens: Token[], start: number): string | null {
  const at = tokenAt(tokens, start);
  if (tokens[at - 1]?.text !== "as" || tokens[at - 2]?.text.toLowerCase() !== "such") return null;
  const last = tokens[at - 3]?.text === "," ? at - 4 : at - 3;
  let first = last;
  while (first > 0 && first > last - 12 && !(tokens[first - 1] as Token).punct) first--;
  return pluralRolePhrase(text, tokens, first, last);
}

/**
 * "A, B and C, all past winners of the prize,", "A and B are the only nominees to …": a plural
 * role phrase after "all" or "both" closing a list of names, or after the list's "are"/"were",
 * is each listed name's role, in the singular.
 */
function roleAfterList(text: string, tokens: Token[], end: number): string | null {
  let k = tokenAt(tokens, end);
  let joined = false;
  for (; k >= 0 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === "," && /^(?:all|both)$/i.test(tokens[k + 1]?.text ?? "")) break;
    if (/^(?:are|were)$/.test(t.text)) break;
    if (t.text === "and") joined = true;
    else if (t.text !== "," && t.text !== "." && !t.cap) return null;
  }
  if (!joined || k < 0 || k >= tokens.length) return null;
  const predicate = (tokens[k] as Token).text !== ",";
  const first = k + (predicate ? 1 : 2);
  let last = first;
  while (last + 1 < tokens.length && last < first + 12 && !(tokens[last + 1] as Token).punct)
    last++;
  return predicate ? predicateRole(tokens, first) : pluralRolePhrase(text, tokens, first, last);
}

// What may stand between a list's "are" and its role noun: "are (both) the only nominees".
const PREDICATE_LEAD = /^(?:the|both|all|only|also|now|still)$/i;

/**
 * "A and B are the only nominees to …": after "are" the role comes at once and is read as its
 * head noun alone; any other word before it ("are cannibalizing voters", "are wonderful
 * senators") makes it no plain role.
 */
function predicateRole(tokens: Token[], first: number): string | null {
  for (let k = first; k < first + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const single = singularRole(t.text);
    // "are senators' aides": a possessive role noun is not what they are.
    if (single) return /^['’]/u.test(tokens[k + 1]?.text ?? "") ? null : single;
    if (!PREDICATE_LEAD.test(t.text)) return null;
  }
  return null;
}

/**
 * The role a plural role phrase between `first` and `last` names, in the singular: its
 * modifiers, its head noun and a prepositional object ("past winners of the Gold Cup").
 */
function pluralRolePhrase(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
): string | null {
  let headAt = -1;
  for (let k = first; k <= last && headAt < 0; k++)
    if (singularRole((tokens[k] as Token).text) !== null) headAt = k;
  if (headAt < 0) return null;
  const head = tokens[headAt] as Token;
  if (headAt < last && !ROLE_OBJECT.test((tokens[headAt + 1] as Token).text)) return null;
  let from = headAt;
  while (from > first && isModifier(tokens[from - 1] as Token)) from--;
  const before = text.slice((tokens[from] as Token).start, head.start);
  const after = text.slice(head.end, (tokens[last] as Token).end);
  return before + (singularRole(head.text) as string) + after;
}

function isModifier(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return (
    !t.punct &&
    !NOT_ROLE.test(lower) &&
    !COMMON_WORDS.has(lower) &&
    !DETERMINERS.has(lower) &&
    !PLURAL_QUANTIFIERS.has(lower)
  );
}
