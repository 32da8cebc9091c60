import type { Person, Span } from "../card/card-schema.js";
import { PARTICLES } from "./name-words.js";

/** A person the article names, gathered from all mentions. */
export interface PersonEntry {
  id: number;
  name: string;
  role: string | null;
  gender: "m" | "f" | null;
  aliases: Set<string>;
  mentions: Span[];
  quoteCount: number;
  /** Offset of the latest mention seen so far (for recency when names are shared). */
  lastSeen: number;
}

/** Collects people and merges the ways an article refers to them ("Sergei Lavrov", "Lavrov", "Mr Lavrov"). */
export interface PersonRegistry {
  /** Records a name mention and returns the person it refers to. */
  add(name: string, at: Span, role: string | null, gender: "m" | "f" | null): PersonEntry;
  /** The person a name refers to, without recording anything. */
  find(name: string, before?: number): PersonEntry | null;
  /** The most recent person (before `pos`) whose role contains the word. */
  findByRole(word: string, pos: number): PersonEntry | null;
  entries(): PersonEntry[];
  toPeople(): Person[];
}

function key(name: string): string[] {
  return (
    name
      .toLowerCase()
      .replace(/['’]s?$/, "")
      .split(/\s+/)
      // "Harry Connick Jr" is "Connick" later: a generational suffix is no surname.
      .filter((w, k, all) => w.length > 0 && !(k > 1 && k === all.length - 1 && SUFFIX.test(w)))
  );
}

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;

/** Creates an empty registry for one article. */
export function createPersonRegistry(): PersonRegistry {
  const entries: PersonEntry[] = [];
  // Lower-cased words of each entry's name and where it was first seen, kept beside the entry.
  const words = new Map<PersonEntry, string[]>();
  const firstSeen = new Map<PersonEntry, number>();
  // Entries by surname and by first name, so a lookup touches only the few that can match.
  const byWord = new Map<string, PersonEntry[]>();

  const index = (e: PersonEntry): void => {
    const w = key(e.name);
    words.set(e, w);
    for (const part of [w[0], w[w.length - 1]]) {
      if (!part) continue;
      const list = byWord.get(part) ?? [];
      if (!list.includes(e)) list.push(e);
      byWord.set(part, list);
    }
  };

  const compatible = (wanted: string[], ew: string[]): boolean => {
    const surname = wanted[wanted.length - 1];
    if (wanted.length === 1)
      return ew[ew.length - 1] === surname || (ew.length > 1 && ew[0] === surname);
    if (ew.length === 1) return ew[0] === surname;
    const first = wanted[0] ?? "";
    return (
      ew[ew.length - 1] === surname &&
      (ew[0] === first || (ew[0]?.[0] === first[0] && first.length <= 2))
    );
  };

  const find = (name: string, before = Number.MAX_SAFE_INTEGER): PersonEntry | null => {
    // "da Silva", "von der Leyen": the particles lead the surname, they are no first name.
    const all = key(name);
    let lead = 0;
    while (lead < all.length - 1 && PARTICLES.has(all[lead] ?? "")) lead++;
    const wanted = all.slice(lead);
    const surname = wanted[wanted.length - 1];
    if (!surname) return null;
    let best: PersonEntry | null = null;
    for (const e of byWord.get(surname) ?? []) {
      if (!compatible(wanted, words.get(e) ?? [])) continue;
      if ((firstSeen.get(e) ?? 0) < before && (!best || e.lastSeen >= best.lastSeen)) best = e;
    }
    return best;
  };

  const add = (
    name: string,
    at: Span,
    role: string | null,
    gender: "m" | "f" | null,
  ): PersonEntry => {
    let e = find(name);
    if (!e) {
      e = {
        id: entries.length,
        name,
        role,
        gender,
        aliases: new Set(),
        mentions: [],
        quoteCount: 0,
        lastSeen: at.start,
      };
      entries.push(e);
      firstSeen.set(e, at.start);
      index(e);
    } else if (key(name).length > (words.get(e)?.length ?? 0)) {
      e.aliases.add(e.name);
      e.name = name;
      index(e);
    } else if (name !== e.name && name !== name.toUpperCase()) e.aliases.add(name);
    if (!e.role && role) e.role = role;
    if (!e.gender && gender) e.gender = gender;
    if (
      e.mentions[e.mentions.length - 1]?.start !== at.start &&
      !e.mentions.some((m) => m.start === at.start)
    )
      e.mentions.push(at);
    firstSeen.set(e, Math.min(firstSeen.get(e) ?? at.start, at.start));
    e.lastSeen = Math.max(e.lastSeen, at.start);
    return e;
  };

  const findByRole = (word: string, pos: number): PersonEntry | null => {
    const w = word.toLowerCase();
    // "the president" is a President before a Vice President: the role's own head noun first.
    const fits = (e: PersonEntry, exact: boolean): boolean => {
      const roleWords = (e.role ?? "").toLowerCase().split(/[\s,]+/);
      if (!roleWords.includes(w)) return false;
      const at = roleWords.indexOf(w);
      return (
        !exact ||
        (at > 0 ? !/^(?:vice|deputy|assistant|former)$/.test(roleWords[at - 1] ?? "") : true)
      );
    };
    for (const exact of [true, false]) {
      let best: PersonEntry | null = null;
      let bestAt = -1;
      for (const e of entries) {
        if (!fits(e, exact)) continue;
        const last = Math.max(-1, ...e.mentions.filter((m) => m.start < pos).map((m) => m.start));
        if (last > bestAt) {
          best = e;
          bestAt = last;
        }
      }
      if (best) return best;
    }
    return null;
  };

  const toPeople = (): Person[] =>
    entries.map((e) => ({
      name: e.name,
      role: e.role,
      aliases: [...e.aliases].filter((a) => a !== e.name),
      quoteCount: e.quoteCount,
      mentions: [...e.mentions].sort((a, b) => a.start - b.start),
    }));

  return { add, find, findByRole, entries: () => entries, toPeople };
}
