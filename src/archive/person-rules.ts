import type { PersonRef } from "../app/ports/archive.js";
import { extraLeadingWords, nameKey } from "./name-key.js";
import { searchWords } from "./search-text.js";
import { stopwords } from "./stopwords.js";

// The rules people resolution and lookup follow on every engine (SQLite, PostgreSQL).

/** A named speaker or person as one article's card gives it. */
export interface PersonMention {
  name: string;
  role: string | null;
  aliases: readonly string[];
}

export function roleWords(roles: readonly string[]): Set<string> {
  return new Set(
    roles.flatMap((r) => searchWords(r)).filter((w) => w.length >= 4 && !stopwords.has(w)),
  );
}

/**
 * Whether a bare surname's role is evidence for one full-named bearer: every content word of it
 * is in that person's roles ("Labour peer" for the "Labour peer and human rights lawyer").
 */
export function roleCovers(role: string, known: readonly string[]): boolean {
  const mine = roleWords([role]);
  const theirs = roleWords(known);
  return mine.size > 0 && [...mine].every((w) => theirs.has(w));
}

export type PersonLookup =
  /** `namesakes`: the others carrying the name asked for, most prominent first. */
  | { kind: "one"; person: PersonRef; namesakes: PersonRef[] }
  /** Several people on the name and nothing to tell them apart (same quotes, same day). */
  | { kind: "many"; people: PersonRef[] }
  | { kind: "none"; near: PersonRef[] };

export interface Prominence {
  id: number;
  quotes: number;
  articles: number;
  latest: string;
}

export const maxShown = 5;

/** Most quoted first, then seen in more articles, then most recently quoted. */
export function byProminence(a: Prominence, b: Prominence): number {
  return (
    b.quotes - a.quotes ||
    b.articles - a.articles ||
    (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0)
  );
}

/**
 * The people a name asked means among those carrying it. A title before one word marks it a
 * surname ("Mr Howard" is Michael Howard or John Howard, never Howard Flight), unless no one has
 * it as a surname; a bare word ("Gordon") or a full name keeps every bearer.
 */
export function surnameBearers(
  query: string,
  candidates: ReadonlyArray<{ id: number; surnameKey: string }>,
): number[] {
  const all = candidates.map((c) => c.id);
  const key = nameKey(query);
  const titled = searchWords(query.replace(/['’]s\b/g, "")).length > 1;
  if (key.includes(" ") || !titled) return all;
  const bearers = candidates.filter((c) => c.surnameKey === key).map((c) => c.id);
  return bearers.length > 0 ? bearers : all;
}

/** "tony blair" asked, "t blair" or "blair" stored: the first names do not contradict. */
export function firstNamesAgree(asked: string, stored: string): boolean {
  const [a = ""] = asked.split(" ");
  const [b = ""] = stored.split(" ");
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** The names shown for a person: a card's "Exchequer Gordon Brown" finds Gordon Brown, but is not shown as a name of his. */
export function shownAliases(name: string, aliases: readonly string[]): string[] {
  const key = nameKey(name);
  return [...new Set(aliases)].filter((alias) => {
    const aliasKey = nameKey(alias);
    return aliasKey.length <= key.length || !extraLeadingWords(aliasKey, key);
  });
}

type Failure = {
  ok: false;
  error: { code: "no-match" | "ambiguous-person" | "invalid-query"; message: string };
  alternatives: PersonRef[];
};

export function lookupFailure(
  query: string,
  found: Exclude<PersonLookup, { kind: "one" }>,
): Failure {
  const name = query.trim();
  if (!name)
    return {
      ok: false,
      error: { code: "invalid-query", message: "Tell me whose name to look for." },
      alternatives: [],
    };
  if (found.kind === "many") {
    const message = `Several people in the archive are called "${name}"; say which one.`;
    return { ok: false, error: { code: "ambiguous-person", message }, alternatives: found.people };
  }
  return {
    ok: false,
    error: { code: "no-match", message: `No one called "${name}" is in the archive.` },
    alternatives: found.near,
  };
}
