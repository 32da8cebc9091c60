import type { Person } from "../card/card-schema.js";
import { findPlaces, resolvePlace } from "../places/find-places.js";

/** Finds who a stretch of text names: a known person first, else the countries or bodies in it. */
export type ActorNamer = (text: string, start: number, end: number) => string | null;

/** Builds an ActorNamer over the people found in one article (names, aliases and surnames). */
export function createActorNamer(people: readonly Person[]): ActorNamer {
  const byAlias = new Map<string, string>();
  for (const person of people) {
    // A "person" named like a country ("Washington said") is the country speaking.
    if (resolvePlace(person.name)) continue;
    const surname = person.name.split(/\s+/).pop() ?? person.name;
    for (const alias of [person.name, ...person.aliases, surname]) {
      if (alias.length > 1 && /^[A-Z]/.test(alias)) byAlias.set(alias, person.name);
    }
  }
  const escape = (alias: string) => alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const sorted = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = sorted.length ? new RegExp(`(?<![\\w])(?:${sorted.join("|")})(?![\\w])`) : null;
  return (text, start, end) => {
    const segment = text.slice(start, end);
    const person = pattern?.exec(segment);
    if (person) return byAlias.get(person[0]) ?? null;
    const places = [...new Set(findPlaces(text, start, end).map((m) => m.place))];
    return places.length ? places.join(" and ") : null;
  };
}
