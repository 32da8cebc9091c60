import type { ArticleDocument } from "../article/article-document.js";
import type { Person, Span } from "../card/card-schema.js";
import { resolvePlace } from "../places/find-places.js";
import { isGivenName } from "./first-names.js";
import { DOTTED_TITLES, HONORIFICS, NOT_PERSON_WORDS, ROLE_NOUNS } from "./lexicon.js";
import { isOrgWord, isRoleNoun } from "./name-words.js";

// Anything capitalised that speaks enters the registry ("Renault said", "Valve also said"), so the
// card's list asks each entry for evidence of a person before it keeps it.

/** Job nouns after a name that make the name an employer: "William Hill spokesman". */
const EMPLOYEE =
  /^(?:spokesman|spokeswoman|spokesperson|producer|chairman|chairwoman|executive|director|boss|manager|analyst|engineer|employees?|staff|workers?|official|officials|executives|president|chief)$/;
const PRONOUN_AFTER = /\b(?:he|she|his|her|him|hers|himself|herself)\b/i;
const ALL_CAPS = /^[^\p{Ll}]+$/u;

/**
 * The card's people: the registry's entries that read as people (not organisations, places,
 * events or headline words), with a shorter form of a longer name merged into it.
 */
export function listPeople(doc: ArticleDocument, people: readonly Person[]): Person[] {
  const text = doc.text;
  const headline = headlineSpan(doc);
  const lowerWords = lowerCaseWords(text);
  const kept = people.filter((p) => {
    const mentions = p.mentions ?? [];
    if (mentions.length > 0 && mentions.every((m) => inside(m, headline))) return false;
    return isPerson(text, p, lowerWords);
  });
  const listed = mergeShortForms(kept).map((p) =>
    p.role && (!roleNamesOffice(p.role) || pluralHead(p.role)) ? { ...p, role: null } : p,
  );
  return withLeadDescription(text, listed);
}

// "… the prime minister said", "the New York businessman is": an office named as a clause's subject.
const DESCRIPTION =
  /\bthe ((?:[A-Z][\w.-]*\s+|[a-z][\w-]*\s+){0,3}?(?:prime minister|president|senator|governor|mayor|chancellor|premier|businessman|businesswoman|nominee|candidate|chairman|chairwoman|chief executive|foreign minister|secretary of state))(?=\s+["“']?(?:said|says|is|was|has|had|will|would|wanted|told|added|insisted|argued|warned|believes|believed)\b)/g;

/**
 * The article's central person (mentioned most, clearly more than anyone else) with no role of
 * their own takes the office a later description gives ("Tony Blair … the prime minister
 * wanted"), when no other listed person holds a role with that office's word.
 */
function withLeadDescription(text: string, people: Person[]): Person[] {
  const counts = people.map((p) => p.mentions?.length ?? 0);
  const top = Math.max(0, ...counts);
  const lead = people[counts.indexOf(top)];
  if (!lead || lead.role || top < 3 || counts.filter((c) => c * 2 > top).length > 1) return people;
  for (const m of text.matchAll(DESCRIPTION)) {
    const role = m[1] ?? "";
    if (/\b(?:vice|deputy|former|assistant)\b/i.test(role)) continue;
    const office = role.toLowerCase().split(/\s+/).pop() ?? "";
    const taken = people.some((p) => p !== lead && (p.role ?? "").toLowerCase().includes(office));
    // The description must refer back to the lead: the last person named before it, not far off.
    const at = m.index ?? 0;
    if (taken || lastNamedBefore(people, at, 300) !== lead) continue;
    return people.map((p) => (p === lead ? { ...p, role } : p));
  }
  return people;
}

function isPerson(text: string, p: Person, lowerWords: ReadonlySet<string>): boolean {
  const words = p.name.split(/\s+/).filter((w) => w.length > 0);
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  const given = words.length > 1 && isGivenName(first);
  // "TV", "CNS", "FELLOW DOCTORS": shouting and acronyms are not names.
  if (words.every((w) => ALL_CAPS.test(w) && /\p{L}{2}/u.test(w))) return false;
  if (words.some((w) => NOT_PERSON_WORDS.has(bare(w)))) return false;
  if (!given && (words.some((w) => isOrgWord(w)) || resolvePlace(first) !== undefined))
    return false;
  const mentions = p.mentions ?? [];
  const office = !!p.role && roleNamesOffice(p.role) && !pluralHead(p.role);
  // "Big Brother": a name ending in a role noun is a title, unless a given name opens it or the
  // article gives its bearer an honorific or a job title ("Mr King", "governor Mervyn King").
  if (words.length > 1 && !given && isRoleNoun(last) && !titled(text, mentions)) {
    if (/s$/.test(last) || !(jobTitled(text, mentions) || (office && jobNamed(p.role))))
      return false;
  }
  if (office || titled(text, mentions)) return true;
  // "Bookmaker Ladbrokes", "Climate", "Following": a word the article also writes in lower case.
  if (!given && lowerWords.has(bare(first))) return false;
  if (words.length > 1 && employs(text, p.name, mentions)) return false;
  if (words.length > 1) return given || p.quoteCount > 0 || p.aliases.includes(last);
  return pronounFollows(text, mentions);
}

/** "Mr Blair", "Dr. Mariano", "Sen. Graham": an honorific right before a mention. */
function titled(text: string, mentions: readonly Span[]): boolean {
  return mentions.some((m) => {
    const before = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start));
    const word = before?.[1]?.toLowerCase() ?? "";
    return HONORIFICS.has(word) || DOTTED_TITLES.has(word);
  });
}

/**
 * "governor Mervyn King", "Labour MP Oona King": a job noun in lower case (or an acronym) right
 * before a mention; "Celebrity Big Brother" and "Chief Operating Officer" are one title.
 */
function jobTitled(text: string, mentions: readonly Span[]): boolean {
  return mentions.some((m) => {
    const word = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1] ?? "";
    return (/^\p{Ll}/u.test(word) || ALL_CAPS.test(word)) && isRoleNoun(word);
  });
}

/** "the Bank of England governor": a role with a job noun in lower case, not a title's capitals. */
function jobNamed(role: string | null | undefined): boolean {
  return !!role && role.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && isRoleNoun(w));
}

/** Whether the full name stands before a job noun as its employer ("William Hill spokesman"). */
function employs(text: string, name: string, mentions: readonly Span[]): boolean {
  return mentions.some((m) => {
    if (text.slice(m.start, m.end) !== name) return false;
    const after = /^\s+([a-z]+)/.exec(text.slice(m.end, m.end + 20));
    return !!after && EMPLOYEE.test(after[1] ?? "");
  });
}

/** "Clinton talked about … her plan": a personal pronoun later in the mention's sentence. */
function pronounFollows(text: string, mentions: readonly Span[]): boolean {
  return mentions.some((m) => {
    const rest = text.slice(m.end, m.end + 120);
    const stop = rest.search(/[.!?]\s/);
    return PRONOUN_AFTER.test(stop >= 0 ? rest.slice(0, stop) : rest);
  });
}

/** The person whose mention ends last before `at`, within `reach` characters. */
function lastNamedBefore(people: readonly Person[], at: number, reach: number): Person | null {
  let best: Person | null = null;
  let bestEnd = at - reach;
  for (const p of people)
    for (const m of p.mentions ?? [])
      if (m.end <= at && m.end > bestEnd) {
        best = p;
        bestEnd = m.end;
      }
  return best;
}

/** "Hollywood stars Kevin Spacey and …": a plural head describes a group the person is in. */
function pluralHead(role: string): boolean {
  const head = bare(role.split(/\s+/).pop() ?? "");
  return /[^s]s$/.test(head) && !ROLE_NOUNS.has(head) && isRoleNoun(head);
}

/**
 * A role that names an office or job, or the body the person speaks for ("the Green Party’s
 * Jill Stein"), not a stray modifier ("Former", "Celebrity").
 */
function roleNamesOffice(role: string): boolean {
  return role
    .split(/[\s,]+/)
    .some(
      (w) => isRoleNoun(w) || isOrgWord(w) || HONORIFICS.has(bare(w)) || DOTTED_TITLES.has(bare(w)),
    );
}

/** "Luiz Inacio Lula" and "Luiz Inacio Lula da Silva" are one person: the shorter merges in. */
function mergeShortForms(people: Person[]): Person[] {
  const out: Person[] = [];
  const sorted = [...people].sort((a, b) => words(b.name).length - words(a.name).length);
  const merged = new Map<Person, Person>();
  for (const p of sorted) {
    const pw = words(p.name);
    const into =
      pw.length > 1
        ? out.find((q) => {
            const qw = words(q.name);
            return qw.length > pw.length && pw.every((w, k) => qw[k] === w);
          })
        : undefined;
    if (!into) {
      const copy = { ...p, aliases: [...p.aliases], mentions: [...(p.mentions ?? [])] };
      out.push(copy);
      merged.set(p, copy);
      continue;
    }
    into.aliases = [...new Set([...into.aliases, p.name, ...p.aliases])];
    into.mentions = [...(into.mentions ?? []), ...(p.mentions ?? [])].sort(
      (a, b) => a.start - b.start,
    );
    into.quoteCount += p.quoteCount;
    into.role = into.role ?? p.role;
  }
  // Keep the article's order of first mention.
  return people.flatMap((p) => {
    const copy = merged.get(p);
    return copy ? [copy] : [];
  });
}

function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s?$/u, "")
    .replace(/\.$/, "");
}

function inside(m: Span, span: Span | null): boolean {
  return !!span && m.start >= span.start && m.end <= span.end;
}

/** Where the headline stands: the reader's span, or the text's first line when it repeats the title. */
function headlineSpan(doc: ArticleDocument): Span | null {
  if (doc.headlineSpan) return doc.headlineSpan;
  const lineEnd = doc.text.search(/\r?\n/);
  const firstLine = doc.text.slice(0, lineEnd < 0 ? doc.text.length : lineEnd).trim();
  const head = doc.headline.trim();
  if (!head || !firstLine) return null;
  return firstLine.startsWith(head.slice(0, 40)) || head.startsWith(firstLine.slice(0, 40))
    ? { start: 0, end: lineEnd < 0 ? doc.text.length : lineEnd }
    : null;
}

/** Words the article writes in lower case somewhere (sentence-initial capitals are not names). */
function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu)) out.add(bare(m[0]));
  return out;
}
