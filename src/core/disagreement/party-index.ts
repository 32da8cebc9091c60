import type { ArticleDocument } from "../article/article-document.js";
import type { Person, Quote, Span } from "../card/card-schema.js";
import { findPlaces, resolvePlace } from "../places/find-places.js";

/** A party named at a place in the text: a country or body, directly or through its people. */
export interface PartyMention extends Span {
  party: string;
}

/** Maps people, speakers and place names of one article to the parties they stand for. */
export interface PartyIndex {
  mentionsIn(start: number, end: number): PartyMention[];
  partyOfSpeaker(quote: Quote): string | null;
}

// Commentators speak about a dispute; they are not a side in it.
const neutralRole =
  /\b(?:analyst|expert|professor|economist|researcher|commentator|journalist|correspondent|scholar|historian)s?\b/i;
// "an analyst in Moscow": where someone is, not whom they speak for.
const locative = /\b(?:in|at|from|outside|near|based in)\s+(?:the\s+)?$/;

/** Builds the party index from the people attribution found (names, aliases, roles). */
export function createPartyIndex(doc: ArticleDocument, people: readonly Person[]): PartyIndex {
  const partyByAlias = new Map<string, string>();
  for (const person of people) {
    // Someone with no country or party behind them is a side in their own name ("Blair vs Howard").
    const party =
      resolvePlace(person.name) ??
      partyOfPerson(doc.text, person) ??
      (canStandAlone(person) ? person.name : null);
    if (!party) continue;
    const surname = person.name.split(/\s+/).pop() ?? person.name;
    for (const alias of [person.name, ...person.aliases, surname]) {
      if (/^[A-Z]/.test(alias) && alias.length > 1) partyByAlias.set(alias, party);
    }
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const aliases = [...partyByAlias.keys()].sort((a, b) => b.length - a.length).map(escape);
  const personPattern = aliases.length
    ? new RegExp(`(?<![\\w])(?:${aliases.join("|")})(?![\\w])`, "g")
    : null;
  // Every side of every candidate dispute asks again about the same sentences and speakers.
  const mentionCache = new Map<string, PartyMention[]>();
  const speakerCache = new Map<Quote, string | null>();
  return {
    mentionsIn(start, end) {
      const key = `${start}:${end}`;
      let mentions = mentionCache.get(key);
      if (!mentions) {
        mentions = findPlaces(doc.text, start, end).map((m) => ({ ...m, party: m.place }));
        if (personPattern)
          mentions.push(...peopleIn(doc.text, start, end, personPattern, partyByAlias));
        mentions.sort((a, b) => a.start - b.start);
        mentionCache.set(key, mentions);
      }
      return [...mentions];
    },
    partyOfSpeaker(quote) {
      if (!speakerCache.has(quote)) {
        const { name, role } = quote.speaker;
        speakerCache.set(
          quote,
          partyFromRole(role) ?? (name ? (partyByAlias.get(name) ?? partyFromRole(name)) : null),
        );
      }
      return speakerCache.get(quote) ?? null;
    },
  };
}

function peopleIn(
  text: string,
  start: number,
  end: number,
  pattern: RegExp,
  parties: Map<string, string>,
): PartyMention[] {
  const found: PartyMention[] = [];
  const slice = text.slice(start, end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const party = parties.get(m[0]);
    if (party) found.push({ start: start + m.index, end: start + m.index + m[0].length, party });
  }
  return found;
}

// Only a fully named person stands as a side alone: a bare "Oz" or "TV" is too unsure a reading.
function canStandAlone(person: Person): boolean {
  if (person.role !== null && neutralRole.test(person.role)) return false;
  return /^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+$/.test(person.name);
}

// A person's party comes from the role ("Russian Foreign Minister") or, failing that, from the
// words just before any full mention of the name, captions included ("Russia's President Vladimir Putin").
function partyOfPerson(text: string, person: Person): string | null {
  if (person.role && neutralRole.test(person.role)) return null;
  const fromRole = partyFromRole(person.role);
  if (fromRole) return fromRole;
  for (
    let at = text.indexOf(person.name), seen = 0;
    at >= 0 && seen < 10;
    at = text.indexOf(person.name, at + 1), seen++
  ) {
    const before = text.slice(Math.max(0, at - 40), at);
    const last = findPlaces(before).pop();
    if (
      last &&
      /^['’]?s?[\s\w-]*$/.test(before.slice(last.end)) &&
      !locative.test(before.slice(0, last.start))
    )
      return last.place;
  }
  return null;
}

function partyFromRole(role: string | null): string | null {
  if (!role || neutralRole.test(role)) return null;
  for (const mention of findPlaces(role)) {
    if (!locative.test(role.slice(0, mention.start))) return mention.place;
  }
  return null;
}
