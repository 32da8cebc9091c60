import type { ArticleDocument } from "../article/article-document.js";
import type { Person, Quote, Span } from "../card/card-schema.js";
import { isFormerRank } from "../lexicon/former-rank.js";
import { findPlaces, resolvePlace } from "../places/find-places.js";
import { bodyReferredBack, namedBodyMentions, type NamedBody } from "./body-referred-back.js";
import { findGroups } from "./find-groups.js";
import { findOrganisations, isBodyName } from "./find-organisations.js";
import { isPlaceActor, politicalParties, speaksForBody, stateWord } from "./place-actor.js";

export type PartyKind = "person" | "organisation" | "place" | "group";

/** A party named at a place in the text: a country, body or person, directly or through its people. */
export interface PartyMention extends Span {
  party: string;
  kind: PartyKind;
  /** True when the words name a person (who may stand for a body): "he" refers back to these. */
  person: boolean;
}

/** Maps people, speakers, organisations and place names of one article to the parties they stand for. */
export interface PartyIndex {
  /** Party mentions between `start` and `end`, in text order. */
  mentionsIn(start: number, end: number): PartyMention[];
  partyOfSpeaker(quote: Quote): string | null;
  kindOf(party: string): PartyKind;
  /**
   * The body a common noun stands for at `at` ("the trust", "the company"): the last body named
   * before it with that noun in its name, or for "company", "firm", "group" any body.
   */
  bodyBefore(noun: string, at: number): string | null;
  /**
   * The paper or body whose report the article names ("a report in the Sunday Business"), the
   * last before `at`, else the first after it: who made the claims a denial answers.
   */
  reportSource(at: number): string | null;
}

// Commentators speak about a dispute; they are not a side in it.
export const neutralRole =
  /\b(?:analyst|expert|professor|economist|researcher|commentator|journalist|correspondent|reporter|editor|scholar|historian|pollster|observer)s?\b/i;
// "the company said": a body named just before.
const bodyDescription =
  /^(?:the|a|an)\s+(?:\w+\s+)?(company|firm|group|bookmaker|bank|club|giant|carrier|airline|broadcaster|union|council|board|trust|hospital|retailer|maker|government|assembly(?:\s+government)?|ministry|department|agency|authority|commission|committee|association|federation|league|statement|spokesman|spokeswoman|spokesperson)$/i;

/** Builds the party index from the people attribution found (names, aliases, roles) and the text. */
export function createPartyIndex(doc: ArticleDocument, people: readonly Person[]): PartyIndex {
  const text = doc.text;
  // A "person" with no role who acts like a body ("Yukos has sued", "William Hill spokesman")
  // is an organisation: the attribution of quotes takes any named source for a person.
  const humans = people.filter((person) => !looksLikeBody(text, person));
  const personNames = new Set<string>();
  for (const person of humans)
    for (const form of [person.name, ...person.aliases, surnameOf(person.name)])
      personNames.add(form);
  const organisations = findOrganisations(text, personNames);
  const orgByForm = new Map<string, string>();
  for (const m of organisations) orgByForm.set(text.slice(m.start, m.end), m.organisation);
  const formsByLength = [...orgByForm].sort((a, b) => b[0].length - a[0].length);
  const kinds = new Map<string, PartyKind>();
  for (const m of organisations) kinds.set(m.organisation, "organisation");

  const bodies = new Map<string, string | null>();
  const bodyIn = (words: string): string | null => {
    if (!bodies.has(words)) bodies.set(words, findBodyIn(words));
    return bodies.get(words) ?? null;
  };
  const findBodyIn = (words: string): string | null => {
    for (const [form, org] of formsByLength)
      if (new RegExp(`(?<![\\w])${escape(form)}(?![\\w])`).test(words)) return org;
    const place = findPlaces(words).find((m) => placeSpeaksIn(words, m.start, m.end, m.place));
    return place?.place ?? null;
  };
  const namedBodies = namedBodyMentions(text, organisations, humans);
  const partyByAlias = personParties(doc, humans, bodyIn, kinds, namedBodies);

  const mentions = [
    ...findPlaces(text)
      .filter((m) => isPlaceActor(text, m.start, m.end, m.place))
      .map((m) => ({
        start: m.start,
        end: m.end,
        party: m.place,
        kind: "place" as const,
        person: false,
      })),
    ...organisations.map((m) => ({
      start: m.start,
      end: m.end,
      party: m.organisation,
      kind: "organisation" as const,
      person: false,
    })),
    ...aliasMentions(text, partyByAlias, kinds),
    ...findGroups(text).map((m) => ({
      start: m.start,
      end: m.end,
      party: m.group,
      kind: "group" as const,
      person: false,
    })),
  ];
  for (const m of mentions) if (!kinds.has(m.party)) kinds.set(m.party, m.kind);
  const ordered = withoutOverlaps(mentions);
  const speakerCache = new Map<Quote, string | null>();
  return {
    mentionsIn(start, end) {
      // Asked for every sentence, subject and side: a binary search, not a scan.
      let low = 0;
      let high = ordered.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((ordered[mid] as PartyMention).start < start) low = mid + 1;
        else high = mid;
      }
      const found: PartyMention[] = [];
      for (let i = low; i < ordered.length && (ordered[i] as PartyMention).start < end; i++)
        if ((ordered[i] as PartyMention).end <= end) found.push(ordered[i] as PartyMention);
      return found;
    },
    partyOfSpeaker(quote) {
      if (!speakerCache.has(quote)) speakerCache.set(quote, speakerParty(quote));
      return speakerCache.get(quote) ?? null;
    },
    kindOf: (party) => kinds.get(party) ?? "person",
    bodyBefore,
    reportSource,
  };

  function speakerParty(quote: Quote): string | null {
    const { name, role } = quote.speaker;
    if (role && neutralRole.test(role)) return null;
    if (name && partyByAlias.has(name)) return partyByAlias.get(name) ?? null;
    if (name && orgByForm.has(name)) return orgByForm.get(name) ?? null;
    // "Big Brother's spokeswoman", "a Big Brother spokeswoman": the party whose voice they are.
    const owner = name
      ? /^(?:(?:a|an|the)\s+)?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}?)(?:['’]s)?\s+(?:spokes(?:man|woman|person)|lawyers?|solicitors?|representatives?|statement)$/.exec(
          name,
        )?.[1]
      : undefined;
    // The name's own "'s" ("Big Brother's") is the possessive, not part of the owner's name.
    const ownerName = owner?.replace(/['’]s$/, "");
    if (ownerName && partyByAlias.has(ownerName)) return partyByAlias.get(ownerName) ?? null;
    if (ownerName && orgByForm.has(ownerName)) return orgByForm.get(ownerName) ?? null;
    if (owner && partyByAlias.has(owner)) return partyByAlias.get(owner) ?? null;
    if (owner && orgByForm.has(owner)) return orgByForm.get(owner) ?? null;
    // "Downing Street said", "the Kremlin said": a seat of power speaks for its country.
    // A bare demonym ("British", said of "the top British medical journal") is no seat.
    const seat =
      name && !/^[A-Z][a-z]+(?:an|ish|ese|ch|i)$/.test(name)
        ? resolvePlace(name.replace(/^the\s+/i, ""))
        : undefined;
    if (seat) return seat;
    const described = [name, role].filter(Boolean).join(" ");
    if (described && !neutralRole.test(described)) {
      const body = bodyIn(described);
      if (body) return body;
    }
    // "a World Bank report … the report said": a document speaks for the body it was named with.
    const document = name
      ? /^(?:the|a|an|its|another)\s+(?:\w+\s+)?(report|study|survey)$/i.exec(name)
      : null;
    if (document) {
      // "A report in the Sunday Business claimed …": the paper that carries it.
      const carrier = ordered.find(
        (m) =>
          m.kind === "organisation" &&
          m.start < quote.start &&
          quote.start - m.end < 30 &&
          reportIn.test(text.slice(Math.max(0, m.start - 40), m.start)),
      );
      if (carrier) return carrier.party;
      const noun = new RegExp(`^(?:['’]s)?\\s+(?:[\\w-]+\\s+)?${document[1]}\\b`, "i");
      const owner = ordered
        .filter((m) => m.start < quote.start && m.kind === "organisation")
        .find((m) => noun.test(text.slice(m.end, m.end + 40)));
      if (owner) return owner.party;
    }
    // "the company said" stands for the body last named before the quote.
    const generic = name ? bodyDescription.exec(name) : null;
    if (generic) return bodyBefore(generic[1] ?? "", quote.start);
    return null;
  }

  function reportSource(at: number): string | null {
    const sources = ordered.filter(
      (m) =>
        m.kind === "organisation" && reportIn.test(text.slice(Math.max(0, m.start - 40), m.start)),
    );
    return [...sources].reverse().find((m) => m.start < at)?.party ?? sources[0]?.party ?? null;
  }

  // "the hospital" is the last body named with "Hospital" in it, "the company" any body.
  function bodyBefore(noun: string, at: number): string | null {
    const word = new RegExp(`\\b${noun}`, "i");
    const before = ordered.filter((m) => m.end <= at && m.kind === "organisation");
    const fitting = before.filter((m) => word.test(m.party));
    const anyBody = /^(?:company|firm|group|statement|spokes\w+)$/i.test(noun);
    return (fitting.length || !anyBody ? fitting : before).pop()?.party ?? null;
  }
}

// "a report in the Sunday Business", "reports by the Observer": a claim and who carries it.
// The name may have lost a first word the body finder drops ("Sunday" of "the Sunday Business").
const reportIn =
  /\b(?:reports?|articles?|story|stories)\s+(?:in|by|from)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const surnameOf = (name: string) => name.split(/\s+/).pop() ?? name;

// A place speaks in a role when a state word is in it ("Russian Foreign Minister"); a political
// party only through its spokespeople ("a Labour spokesman"), not through its leaders, who are
// sides in their own names ("Tory leader Michael Howard").
function placeSpeaksIn(words: string, start: number, end: number, place: string): boolean {
  if (/\b(?:in|at|from|outside|near|based in)\s+(?:the\s+)?$/.test(words.slice(0, start)))
    return false;
  if (politicalParties.has(place)) return speaksForBody.test(words.slice(end));
  return stateWord.test(words);
}

function personParties(
  doc: ArticleDocument,
  people: readonly Person[],
  bodyIn: (words: string) => string | null,
  kinds: Map<string, PartyKind>,
  namedBodies: readonly NamedBody[] = [],
): Map<string, string> {
  const partyByAlias = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const person of people) {
    if (person.role && neutralRole.test(person.role)) continue;
    // A former chief of a body speaks for himself: "former Yukos boss Mikhail Khodorkovsky".
    const former = person.role !== null && isFormerRank(person.role);
    const party = former
      ? person.name
      : ((person.role ? bodyIn(person.role) : null) ??
        bodyBeforeName(doc.text, person.name, bodyIn) ??
        bodyInApposition(doc.text, person.name, bodyIn) ??
        bodyAfterOf(doc.text, person.name, bodyIn) ??
        bodyReferredBack(doc.text, person, namedBodies) ??
        (canStandAlone(doc.text, person) ? person.name : null));
    if (!party) continue;
    if (party === person.name) kinds.set(party, "person");
    for (const alias of new Set([person.name, ...person.aliases, surnameOf(person.name)])) {
      if (!/^[A-Z]/.test(alias) || alias.length < 2) continue;
      const known = partyByAlias.get(alias);
      if (known !== undefined && known !== party) ambiguous.add(alias);
      partyByAlias.set(alias, party);
    }
  }
  for (const alias of ambiguous) partyByAlias.delete(alias);
  joinTheirPrincipals(doc.text, people, partyByAlias);
  return partyByAlias;
}

// "Jennifer Palmieri, Clinton's communications director", "Trump campaign manager Kellyanne
// Conway": aides and lawyers speak for the person they work for.
const aideRole =
  /^(?:['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:campaign|aides?|advisers?|advisors?|spokes\w+|lawyers?|attorneys?|director|manager|chief\s+of\s+staff|running\s+mate|surrogate|press\s+secretary|allies|ally)\b/i;

function joinTheirPrincipals(
  text: string,
  people: readonly Person[],
  partyByAlias: Map<string, string>,
): void {
  for (const person of people) {
    if (partyByAlias.get(person.name) !== person.name) continue;
    const described = [person.role ?? "", appositionAfter(text, person.name)].join(" | ");
    for (const [alias, party] of partyByAlias) {
      if (party === person.name || alias.length < 3) continue;
      const at = described.search(new RegExp(`(?<![\\w])${escape(alias)}(?![\\w])`));
      if (at < 0 || !aideRole.test(described.slice(at + alias.length).trimStart())) continue;
      for (const form of [person.name, ...person.aliases, surnameOf(person.name)])
        if (partyByAlias.get(form) === person.name) partyByAlias.set(form, party);
      break;
    }
  }
}

function appositionAfter(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at < 0) return "";
  const before = text.slice(Math.max(0, at - 50), at);
  const after =
    /^,\s+([^,.;]{3,80})/.exec(text.slice(at + name.length, at + name.length + 90))?.[1] ?? "";
  return `${before} ${after}`;
}

// Where the full name stands, its first six times: enough to find the mention that carries a
// title, without a scan of every repetition in a long article.
function* fullMentions(text: string, name: string): Generator<number> {
  for (let at = text.indexOf(name), seen = 0; at >= 0 && seen < 6; seen++) {
    yield at;
    at = text.indexOf(name, at + 1);
  }
}

// "Russia's President Vladimir Putin", "William Hill spokesman Rupert Adams": the words just
// before a full mention of the name, when they hold a title.
function bodyBeforeName(
  text: string,
  name: string,
  bodyIn: (words: string) => string | null,
): string | null {
  if (!name.includes(" ")) return null;
  for (const at of fullMentions(text, name)) {
    const before = text.slice(Math.max(0, at - 60), at);
    const title =
      /(?:^|[.,;:!?"“”(]\s*|\b(?:said|says|by|and|with|of)\s+)((?:[\w'’.&-]+\s+){1,7})$/.exec(
        before,
      )?.[1];
    if (!title || !roleNoun.test(title) || isFormerRank(title)) continue;
    const body = bodyIn(title);
    if (body) return body;
  }
  return null;
}

// "Andy Williams, chief executive of Powys Local Health Board, said": the role after the name.
function bodyInApposition(
  text: string,
  name: string,
  bodyIn: (words: string) => string | null,
): string | null {
  if (!name.includes(" ")) return null;
  for (const at of fullMentions(text, name)) {
    const apposition = /^,\s+((?:the|a|an)\s+)?([^,.;]{3,80})[,.;]/.exec(
      text.slice(at + name.length, at + name.length + 90),
    );
    const role = apposition?.[2];
    if (!role || !roleNoun.test(role) || isFormerRank(role)) continue;
    const body = bodyIn(role);
    if (body) return body;
  }
  return null;
}

// "Cara Diemont of IT firm Dimension Data", "Tom Ames of Paddy Betts": the body a person is of.
function bodyAfterOf(
  text: string,
  name: string,
  bodyIn: (words: string) => string | null,
): string | null {
  if (!name.includes(" ")) return null;
  for (const at of fullMentions(text, name)) {
    const after = /^\s+of\s+((?:the\s+)?(?:[\w-]+\s+){0,2}?[A-Z][^,.;:"“”]{1,50})/.exec(
      text.slice(at + name.length, at + name.length + 80),
    );
    const body = after?.[1] ? bodyIn(after[1]) : null;
    if (body) return body;
  }
  return null;
}

const roleNoun =
  /\b(?:spokes\w+|chief|boss|chairman|chairwoman|director|executive|head|minister|president|secretary|ambassador|envoy|official|leader|manager|coach|captain|lawyer|owner|founder|member)\b/i;

// No role, and the name does what bodies do: acts as a firm ("Disney says it will"), has
// spokespeople ("William Hill spokesman"), or is introduced as one ("bookmaker Ladbrokes").
function looksLikeBody(text: string, person: Person): boolean {
  if (
    isBodyName(person.name) ||
    /^(?:Bookmaker|Firm|Company|Group|Retailer|Broadcaster)\s/.test(person.name)
  )
    return true;
  if (person.role) return false;
  if (person.aliases.some((a) => /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\b/.test(a))) return false;
  const name = escape(person.name);
  return (
    new RegExp(
      `${name}(?:['’]s)?\\s+(?:spokes\\w+|executives?|shareholders|staff|chief\\s+executive|bosses|board)\\b`,
    ).test(text) ||
    new RegExp(
      `\\b(?:firm|company|giant|bookmaker|group|maker|rival|retailer|network|broadcaster|studio|label|bank)\\s+${name}\\b`,
      "i",
    ).test(text) ||
    (!person.name.includes(" ") &&
      new RegExp(`\\b${name}\\s+(?:says|said|has|had)\\s+(?:it|its)\\b`).test(text))
  );
}

// A person with no body behind them is a side in their own name ("Blair vs Howard"), if the
// article names them fully or more than once: a bare "Oz" or "TV" is too unsure a reading.
function canStandAlone(text: string, person: Person): boolean {
  // "TV", "CNN": capitals alone are an acronym, never a person standing as a side.
  if (/^[A-Z0-9&.]+$/.test(person.name)) return false;
  // "Luiz Inacio Lula da Silva", "Ludwig van Beethoven": particles inside a full name.
  if (
    /^[A-Z][\w.'’-]+(?:\s+(?:(?:da|de|do|dos|das|di|del|della|van|von|der|den|bin|al|el|la|le)\s+)?[A-Z][\w.'’-]+)+$/.test(
      person.name,
    )
  )
    return true;
  if (/^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+$/.test(person.name)) return true;
  return text.split(person.name).length > 2;
}

function aliasMentions(
  text: string,
  partyByAlias: Map<string, string>,
  kinds: Map<string, PartyKind>,
): PartyMention[] {
  if (!partyByAlias.size) return [];
  const aliases = [...partyByAlias.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\w])(?:${aliases.join("|")})(?![\\w])`, "g");
  const found: PartyMention[] = [];
  for (const m of text.matchAll(pattern)) {
    const party = partyByAlias.get(m[0]);
    if (party)
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        party,
        kind: kinds.get(party) ?? "person",
        person: true,
      });
  }
  return found;
}

// Where two readings overlap ("British Airways" as a place and a body), the longer one stands.
function withoutOverlaps(mentions: PartyMention[]): PartyMention[] {
  const rank = { person: 2, organisation: 1, place: 0, group: -1 };
  const sorted = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank[b.kind] - rank[a.kind],
  );
  const kept: PartyMention[] = [];
  for (const m of sorted) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
