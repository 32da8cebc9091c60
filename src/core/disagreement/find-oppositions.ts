import type { ArticleDocument } from "../article/article-document.js";
import type { Quote, Span } from "../card/card-schema.js";
import { extractTopic } from "./extract-topic.js";
import {
  conflictNoun,
  jointConflictVerb,
  oppositionNounOf,
  oppositionPhrases,
  oppositionVerbs,
  sportingDenial,
  unownedClaims,
  type OppositionVerb,
} from "./opposition-lexicon.js";
import type { PartyIndex, PartyMention } from "./party-index.js";
import { isReportingVerb } from "../lexicon/reporting-verbs.js";

/** One piece of evidence that `actor` stands against `target`. */
export interface OppositionLink {
  actor: string;
  target: string;
  /** The sentence (or headline) that says so. */
  span: Span;
  /** How surely it means a dispute, times the prominence of where it stands. */
  weight: number;
  kind: "verb" | "conflict" | "rebuttal" | "speech";
  /** How the target's position reads when it only receives the action ("Faces criticism"). */
  noun: string;
  /** The verb or noun of opposition, for topics and positions. */
  cue: Span;
  topic: string | null;
  /** The words each side said, when the link is made of speech. */
  quotes?: { actor?: Quote; target?: Quote };
  /**
   * Set when one side is not named: "Johnson accused Britain's top sprinters", "da Silva was
   * criticised for …". Such a link is no dispute alone; it weighs in a dispute its named party
   * has with another ("However, Christie countered").
   */
  open?: boolean;
  /** Evidence that only weighs in a dispute other evidence has found (two speakers on one topic). */
  support?: boolean;
  /**
   * The stand each side takes as the link's own sentence gives it ("Backs HD DVD."), when the
   * evidence is no verb a position can be read from.
   */
  positions?: { actor?: string; target?: string };
  /**
   * "X was criticised by Y": the verb's words tell what befell the target, so no side's stand
   * is read from them as a predicate; the sentence is the evidence of both.
   */
  passive?: boolean;
  /** Which side an open link was given by the dispute it joined, not by its own words. */
  inferred?: "actor" | "target";
}

/** A sentence to read, with how prominent its place is (headline, lead, body). */
export interface WeightedSpan extends Span {
  prominence: number;
}

/** The headline and sentences of an article, the headline and lead weighing more. */
export function weightedSentences(doc: ArticleDocument): WeightedSpan[] {
  const spans: WeightedSpan[] = [];
  if (doc.headlineSpan) spans.push({ ...doc.headlineSpan, prominence: 2 });
  doc.sentences.forEach((span, i) =>
    spans.push({ ...span, prominence: i === 0 ? 1.5 : i === 1 ? 1.2 : 1 }),
  );
  return spans;
}

/**
 * Verbs of opposition between two named parties ("Yukos has sued Gazprom", "X was criticised by
 * Y", "X hit out at Y") and nouns of a dispute ("the row between X and Y", "X's feud with Y").
 */
export function findOppositions(
  doc: ArticleDocument,
  index: PartyIndex,
  quotes: readonly Quote[],
): OppositionLink[] {
  const links: OppositionLink[] = [];
  const match = isAboutPlay(doc);
  for (const sentence of weightedSentences(doc)) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const mentions = index.mentionsIn(sentence.start, sentence.end);
    const reader = { doc, index, quotes, sentence, text, mentions };
    for (const cue of verbCues(text, sentence.start, sentence.prominence === 2)) {
      if (match && cue.verb.sporting) continue;
      const link = verbLink(reader, cue);
      if (link) links.push(link);
    }
    if (mentions.length >= 2) links.push(...conflictLinks(reader));
    if (mentions.length >= 1) links.push(...nounOfLinks(reader));
  }
  return links;
}

/** A score and the words of play: in a match report "blasted", "denied" and "attacks" are play. */
export function isAboutPlay(doc: ArticleDocument): boolean {
  return matchReport.test(doc.text) && matchWords.test(doc.text);
}

const matchReport = /\b\d{1,2}-\d{1,2}\b|\b(?:beat|drew|won|lost)\b/;
const matchWords =
  /\b(?:goal|goals|scored|penalty|half-time|minute|striker|keeper|wicket|innings|tries|try|set|sets|serve|lap|race|match|fixture|kick|shot|header)\b/i;

interface Reader {
  doc: ArticleDocument;
  index: PartyIndex;
  quotes: readonly Quote[];
  sentence: WeightedSpan;
  text: string;
  mentions: PartyMention[];
}

interface Cue extends Span {
  verb: OppositionVerb;
  /** Where the target may be named: after the verb, or inside it ("took Gazprom to court"). */
  targetFrom: number;
}

// Words before a verb form that make it a noun: "a challenge", "the attacks", "title challenge".
const nounBefore =
  /\b(?:a|an|the|his|her|its|their|our|my|your|this|that|any|no|legal|title|fresh|new|further|strong|counter|verbal|personal|terror|terrorist|suicide|heart|asthma)\s+$/i;

const nounTwoBefore = /\b(?:a|an|the|his|her|its|their|our|this|that|any|no|legal)\s+[\w-]+\s+$/i;

// One test for every verb of opposition first: most words of a sentence are none of them.
const anyVerb = new RegExp(
  oppositionVerbs
    .map((v) => v.pattern.source.replace(/^\^/, "").replace(/\$$/, ""))
    .join("|")
    .replace(/^/, "^(?:")
    .concat(")$"),
  "i",
);

function verbCues(text: string, offset: number, headline: boolean): Cue[] {
  const cues: Cue[] = [];
  for (const word of text.matchAll(/[A-Za-z][\w'’-]*/g)) {
    if (!anyVerb.test(word[0])) continue;
    const verb = oppositionVerbs.find((v) => v.pattern.test(word[0]));
    if (!verb) continue;
    const before = text.slice(Math.max(0, word.index - 20), word.index);
    const after = text.slice(word.index + word[0].length, word.index + word[0].length + 40);
    if (nounBefore.test(before) || (verb.alsoNoun && nounTwoBefore.test(before))) continue;
    // "Grand Slam", "Pressure Group": a capital inside a sentence is a name, not the verb.
    // Headlines may be in title case ("Trump Attacks Clinton").
    if (!headline && /^[A-Z]/.test(word[0]) && word.index > 0 && !/[.!?:]\s*[“"]?$/.test(before))
      continue;
    if (/^den/i.test(word[0]) && sportingDenial.test(after)) continue;
    const end = offset + word.index + word[0].length;
    cues.push({ start: offset + word.index, end, verb, targetFrom: end });
  }
  for (const verb of oppositionPhrases)
    for (const m of text.matchAll(verb.pattern)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      const inside = verb.objectInside ? start + (m[0].split(/\s/)[0]?.length ?? 0) : end;
      cues.push({ start, end, verb, targetFrom: inside });
    }
  return cues;
}

const passiveBefore = /\b(?:was|were|is|are|been|being|be|get|got|gets|getting)\s+(?:\w+ly\s+)?$/i;

// "did not criticise", "could not resist", "has never attacked": no opposition.
const negatedBefore =
  /\b(?:not|never|n['’]t|no\s+longer|(?:refus|declin)\w*\s+to)\s+(?:(?:been|be|have|publicly|openly|directly)\s+)?$/i;

function verbLink(r: Reader, cue: Cue): OppositionLink | null {
  const before = r.doc.text.slice(r.sentence.start, cue.start);
  if (negatedBefore.test(before)) return null;
  const after = r.doc.text.slice(cue.end, r.sentence.end);
  const byAgent = /^\s+(?:\w+\s+){0,3}?by\s+/.exec(after);
  let actor: string | null;
  let target: string | null;
  let passive = false;
  if (byAgent && (passiveBefore.test(before) || /^\s+by/.test(after))) {
    // "X was criticised by Y": Y acts against X.
    // "by the medical establishment ahead of … Trump": the agent stands right after "by".
    const agentAt = cue.end + byAgent[0].length;
    const agent = r.mentions.find((m) => m.start >= agentAt && m.start <= agentAt + 12);
    actor = agent ? agent.party : null;
    target = subjectBefore(r, cue.start);
    passive = true;
  } else if (
    (passiveBefore.test(before) || headlinePassive(r, cue)) &&
    /ed$/i.test(r.doc.text.slice(cue.start, cue.end))
  ) {
    // "da Silva was strongly criticised for …": the subject receives the action; no agent named.
    actor = null;
    target = subjectBefore(r, cue.start);
    passive = true;
  } else if (deniesReports(r, cue) && r.index.reportSource(cue.start)) {
    // "denied reports that Gordon Brown is preparing to oust Alan Milburn", with "a report in
    // the Sunday Business" named: those in the reports are what is denied of them, not whom it
    // answers; the paper that ran them is. With no paper named, the one told of may be the rival.
    actor = subjectBefore(r, cue.start);
    target = r.index.reportSource(cue.start);
  } else {
    actor = subjectBefore(r, cue.start);
    target = firstAfter(r, cue.targetFrom, actor) ?? objectPronoun(r, cue.targetFrom, actor);
  }
  if (actor === target) return null;
  // "urged students", "warned shareholders": a weak verb says little about an unnamed group.
  const group = (party: string | null) => party !== null && r.index.kindOf(party) === "group";
  if (cue.verb.weight < 1.5 && (group(actor) || group(target))) return null;
  // One side unnamed: only strong verbs (accused, criticised, rejected) are worth keeping.
  const open = !actor || !target;
  if (open && (cue.verb.weight < 1.5 || (!actor && !target))) return null;
  return {
    actor: actor ?? "",
    target: target ?? "",
    ...(open ? { open } : {}),
    ...(passive ? { passive } : {}),
    span: { start: r.sentence.start, end: r.sentence.end },
    weight: cue.verb.weight * r.sentence.prominence,
    kind: "verb",
    noun: cue.verb.noun,
    cue: { start: cue.start, end: cue.end },
    topic: extractTopic(r.text),
  };
}

const deniesReports = (r: Reader, cue: Cue) =>
  (cue.verb.noun === "denials" || cue.verb.noun === "rejection") &&
  unownedClaims.test(r.doc.text.slice(cue.end, cue.end + 40));

// Headlines drop the "is": "Rapper sued for 'rape'", "Minister criticised over fees". A participle
// with nothing acted on after it, only what it is for, is passive.
function headlinePassive(r: Reader, cue: Cue): boolean {
  if (r.sentence.prominence !== 2) return false;
  const after = r.doc.text.slice(cue.end, r.sentence.end);
  return /^\s*(?:$|[:,;]|(?:for|over|after|amid|in|on|as|again)\b)/i.test(after);
}

// Between a subject and its verb: no new clause ("said that", "but", a quotation mark).
const clauseBreak =
  /[;:“”"]|\b(?:that|but|while|whereas|because|although|if|when|after|before|since|and\s+(?:he|she|it|they))\b/i;
const pronounSubject =
  /\b(he|she|it|they|we|i|the\s+(?:\w+\s+)?(?:firm|company|group|bookmaker|bank|club|giant|carrier|airline|broadcaster|union|council|board|trust|hospital|retailer|maker|government|party|campaign|side|team|manager|coach|minister|president))\s+(?:(?:has|have|had|also|will|would|is|was|were|are|be|been|being|then|again|later|previously|repeatedly|strongly|publicly|recently|immediately|quickly|flatly|angrily|firmly|already|not|never|did|does|do|could|may|might|should|must|can)\s+){0,3}$/i;

// "Yukos has said a US bankruptcy court will decide whether to block …": the reported clause has
// a subject of its own, a noun phrase that is no party, and the speaker is not the one acting.
function reportsOwnSubject(gap: string): boolean {
  for (const m of gap.matchAll(/\b([a-z]+)\s+(?:a|an|the)\s+/g)) {
    const verb = m[1] ?? "";
    // "told the BBC it would block": the noun is who was told, not a new subject.
    if (
      /^(?:tell|told|tells|telling|ask|asked|asks|asking|urge[ds]?|urging|warn(?:s|ed|ing)?|assure[ds]?|inform(?:s|ed)?|remind(?:s|ed)?)$/.test(
        verb,
      )
    )
      continue;
    if (isReportingVerb(verb)) return true;
  }
  return false;
}

/** The party acting at `at`: the last party named before it in its clause, or what a pronoun stands for. */
function subjectBefore(r: Reader, at: number): string | null {
  const candidates = r.mentions.filter((m) => m.end <= at);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i] as PartyMention;
    const gap = r.doc.text.slice(m.end, at);
    if (gap.length > 90 || clauseBreak.test(gap) || reportsOwnSubject(gap)) break;
    // "Britain's Darren Campbell", "Hereford's decision" are possessors, not subjects, unless nothing follows.
    if (
      /^['’]s\s+\w/.test(gap) &&
      !/^['’]s\s+(?:spokes\w+|chief|boss|chairman|lawyers?|officials?|board|manager)\b/.test(gap)
    )
      continue;
    return m.party;
  }
  const head = r.doc.text.slice(Math.max(r.sentence.start, at - 80), at);
  const pronoun = pronounSubject.exec(head)?.[1]?.toLowerCase();
  if (!pronoun) return null;
  if (pronoun === "we" || pronoun === "i") {
    const quote = r.quotes.find((q) => q.start <= at && at < q.end);
    return quote ? r.index.partyOfSpeaker(quote) : null;
  }
  if (pronoun === "they") {
    const pair = namedPair(r, at);
    if (pair) return pair;
  }
  const person =
    pronoun === "he" || pronoun === "she" || /(?:manager|coach|minister|president)$/.test(pronoun);
  const earlier = r.index
    .mentionsIn(Math.max(0, r.sentence.start - 1500), at)
    .filter((m) => m.person === person);
  return earlier[earlier.length - 1]?.party ?? null;
}

/**
 * "Lebedev has been on trial alongside Mr Khodorkovsky. The pair claim they are being punished":
 * "they" after two or more people named in this sentence or the one before stands for them, and
 * the one the article names most speaks for the rest.
 */
function namedPair(r: Reader, at: number): string | null {
  const i = r.doc.sentences.findIndex((s) => s.start <= at && at < s.end);
  const from = r.doc.sentences[Math.max(0, i - 1)]?.start ?? r.sentence.start;
  const people = new Set(
    r.index
      .mentionsIn(from, at)
      .filter((m) => m.kind === "person")
      .map((m) => m.party),
  );
  if (people.size < 2) return null;
  const all = r.index.mentionsIn(0, r.doc.text.length);
  const times = (party: string) => all.filter((m) => m.party === party).length;
  return [...people].reduce((best, party) => (times(party) > times(best) ? party : best));
}

/** "scolded him", "accused her of": the person last named before the sentence, not the actor. */
function objectPronoun(r: Reader, at: number, actor: string | null): string | null {
  const after = r.doc.text.slice(at, at + 40);
  // "is suing the firm", "accused the company of": the body last named before.
  const body =
    at !== r.sentence.start &&
    /^\s+the\s+(?:firm|company|group|bank|giant|club|board|council|government|regulator|broadcaster|network|union|party)\b/i.test(
      after,
    );
  if (at !== r.sentence.start && !body && !/^\s+(?:him|her)\b/i.test(after)) return null;
  const earlier = r.index
    .mentionsIn(Math.max(0, r.sentence.start - 1500), at)
    .filter((m) => (body ? m.kind === "organisation" : m.person) && m.party !== actor);
  return earlier[earlier.length - 1]?.party ?? null;
}

/** The first party named after `at` in the same clause, other than `except`. */
function firstAfter(r: Reader, at: number, except: string | null): string | null {
  // "an offer worth A$3.1bn ($2.3bn; £1.8bn) from Foster's": an aside in brackets stops nothing.
  const rest = r.doc.text
    .slice(at, r.sentence.end)
    .replace(/\([^()]{0,60}\)/g, (aside) => " ".repeat(aside.length));
  const stop = /[;:!?]|\.\s|\s(?:but|while|whereas|although|because|after|saying|said|says)\s/.exec(
    rest,
  );
  const end = at + Math.min(stop ? stop.index : rest.length, 140);
  const m = r.mentions.find((m) => m.start >= at && m.end <= end && m.party !== except);
  return m?.party ?? null;
}

const hostileBid =
  /\bhostile\s+(?:[\w$£€.,-]+\s+|\([^()]{0,40}\)\s+){0,5}?(?:bid|offer|takeover|approach)\b/gi;

const legal =
  /\b(?:court|courts|case|lawsuit|judge|judges|trial|tribunal|ruling|ruled|appeal|plaintiffs?|defendants?|lawyers?|sued|suing)\b/i;

// A clash or battle is as often a match as a dispute ("Arsenal's clash with Chelsea").
const looseConflict = /^(?:clash|clashes|battle|battles|fight|rivalry|tussle|conflict)$/i;

function conflictLinks(r: Reader): OppositionLink[] {
  const links: OppositionLink[] = [];
  const topic = extractTopic(r.text);
  const link = (actor: string, target: string, cue: Span, strength: number): void => {
    if (actor !== target)
      links.push({
        actor,
        target,
        span: { start: r.sentence.start, end: r.sentence.end },
        weight: strength * r.sentence.prominence,
        kind: "conflict",
        noun: "a dispute",
        cue,
        topic,
      });
  };
  for (const m of r.text.matchAll(conflictNoun)) {
    const start = r.sentence.start + m.index;
    const end = start + m[0].length;
    const strength = looseConflict.test(m[0]) ? 1 : 2;
    const after = r.doc.text.slice(end, r.sentence.end);
    const between = /^\s+(?:\w+\s+){0,2}?between\s+/.exec(after);
    const withWhom = /^\s+(?:\w+\s+){0,2}?(?:with|against)\s+/.exec(after);
    if (between) {
      const first = r.mentions.find((x) => x.start >= end && x.start < end + 100);
      const second = first && firstAfter(r, first.end, first.party);
      if (first && second) link(first.party, second, { start, end }, strength);
    } else if (withWhom) {
      const target = firstAfter(r, end + withWhom[0].length, null);
      // "Yukos has asked the US court to send its tax dispute with …": "its" is the subject's.
      const owned = /\b(?:its|their|his|her)\s+(?:[\w-]+\s+)?$/i.test(
        r.doc.text.slice(start - 30, start),
      );
      const actor = owned
        ? r.mentions.find((x) => x.end <= start)
        : [...r.mentions].reverse().find((x) => x.end <= start && start - x.end < 60);
      if (actor && target) link(actor.party, target, { start, end }, strength);
    }
  }
  // "a hostile bid by rival Xstrata", "Glazer's hostile takeover offer for Manchester United":
  // the bidder against the company it bids for.
  for (const m of r.text.matchAll(hostileBid)) {
    const start = r.sentence.start + m.index;
    const end = start + m[0].length;
    const byWhom = /^\s+(?:by|from)\s+(?:(?:rival|the|its|[a-z]+)\s+){0,2}/.exec(
      r.doc.text.slice(end, r.sentence.end),
    );
    const owner = /['’]s?\s+$/.test(r.doc.text.slice(start - 3, start))
      ? [...r.mentions].reverse().find((x) => x.end <= start && start - x.end <= 3)
      : undefined;
    const bidder = byWhom
      ? r.mentions.find((x) => x.start === end + byWhom[0].length)?.party
      : owner?.party;
    if (!bidder) continue;
    const forWhom = /^\s+for\s+/.exec(r.doc.text.slice(end, r.sentence.end));
    const target = forWhom
      ? firstAfter(r, end, bidder)
      : subjectBefore(r, owner ? owner.start : start);
    if (target) link(bidder, target, { start, end }, 2);
  }
  // "Gaye v Tuff", "Smith versus Jones": a case between two parties, when the sentence is of
  // a court or a case.
  if (legal.test(r.text))
    for (let i = 0; i + 1 < r.mentions.length; i++) {
      const a = r.mentions[i] as PartyMention;
      const b = r.mentions[i + 1] as PartyMention;
      const between = r.doc.text.slice(a.end, b.start);
      if (/^\s+(?:v|vs|versus)\.?\s+(?:the\s+)?$/i.test(between))
        link(a.party, b.party, { start: a.end, end: b.start }, 2);
    }
  // "Russia and the U.S. clashed", "Sony and Toshiba are at odds".
  for (let i = 0; i + 1 < r.mentions.length; i++) {
    const a = r.mentions[i] as PartyMention;
    const b = r.mentions[i + 1] as PartyMention;
    if (!/^\s*(?:and|,)\s+(?:the\s+)?$/.test(r.doc.text.slice(a.end, b.start))) continue;
    // "Rice and Lavrov, after talks in Moscow, also clashed publicly": skip the aside and adverbs.
    let tail = r.doc.text.slice(b.end, r.sentence.end);
    for (let pass = 0; pass < 3; pass++)
      tail = tail
        .replace(/^,[^,]{1,60},/, "")
        .replace(
          /^(?:\s+(?:[A-Z][\w'’-]+|officials|leaders|ministers|also|publicly|openly|again|repeatedly|still|have|had|sharply|bitterly))+(?=[\s,])/,
          "",
        );
    const verb = jointConflictVerb.exec(tail);
    if (verb) link(a.party, b.party, { start: b.end, end: b.end + verb[0].length }, 2);
  }
  return links;
}

// "This has earned him the disapproval of rural farm workers": the opposer follows the noun,
// the opposed is the subject or the object pronoun before it.
function nounOfLinks(r: Reader): OppositionLink[] {
  const links: OppositionLink[] = [];
  for (const m of r.text.matchAll(oppositionNounOf)) {
    const start = r.sentence.start + m.index;
    const end = start + m[0].length;
    const actor = r.mentions.find((x) => x.start === end)?.party;
    if (!actor) continue;
    const before = r.doc.text.slice(r.sentence.start, start);
    const object = /\b(?:him|her)\s+(?:the\s+|a\s+)?$/i.test(before)
      ? objectPronoun(r, r.sentence.start, actor)
      : null;
    const target = object ?? subjectBefore(r, start);
    if (!target || target === actor) continue;
    links.push({
      actor,
      target,
      span: { start: r.sentence.start, end: r.sentence.end },
      weight: 1.5 * r.sentence.prominence,
      kind: "conflict",
      noun: "opposition",
      cue: { start, end },
      topic: extractTopic(r.text),
    });
  }
  return links;
}
