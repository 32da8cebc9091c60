import type { Person, Span } from "../card/card-schema.js";
import { HONORIFICS } from "./lexicon.js";

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}.-]+/u)
    .map((w) => w.replace(/\.$/, ""))
    .filter((w) => w.length > 0);
}

function nameWords(text: string): string[] {
  return words(text).filter((w) => !HONORIFICS.has(w) && w !== "the");
}

/**
 * The card person a mention refers to: a full name or alias ("Sergei Lavrov", "Lavrov",
 * "Mr Lavrov", "Dr. Saradzhyan") or a title-only description ("the foreign minister",
 * "the president"). Null when no person matches, or when a description fits more than one.
 */
export function resolvePerson(people: readonly Person[], mention: string): Person | null {
  const wanted = nameWords(mention);
  const last = wanted[wanted.length - 1];
  if (!last) return null;
  const byName = people.filter((p) =>
    [p.name, ...p.aliases].some((n) => {
      const have = nameWords(n);
      return have[have.length - 1] === last && wanted.every((w) => have.includes(w) || w.length <= 2);
    }),
  );
  if (byName.length > 0) return byName.reduce((a, b) => (b.quoteCount > a.quoteCount ? b : a));
  const byRole = people.filter((p) => p.role !== null && wanted.every((w) => words(p.role ?? "").includes(w)));
  return byRole.length === 1 ? (byRole[0] ?? null) : null;
}

/** The first person the card says is mentioned inside a span of the article (e.g. a sentence's actor). */
export function personMentionedIn(people: readonly Person[], span: Span): Person | null {
  let best: { person: Person; at: number } | null = null;
  for (const person of people) {
    const m = (person.mentions ?? []).find((s) => s.start >= span.start && s.end <= span.end);
    if (m && (!best || m.start < best.at)) best = { person, at: m.start };
  }
  return best?.person ?? null;
}
