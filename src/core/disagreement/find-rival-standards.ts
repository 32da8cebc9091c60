import type { ArticleDocument } from "../article/article-document.js";
import {
  BACKING_WORDS,
  CONTEST_NOUNS,
  OWNED_STANDARD_NOUNS,
  RIVALRY_WORDS,
  STANDARD_NOUNS,
} from "../lexicon/rival-standards.js";
import type { OppositionLink } from "./find-oppositions.js";
import { weightedSentences } from "./find-oppositions.js";
import type { PartyIndex, PartyMention } from "./party-index.js";

const any = (list: readonly string[]) => list.join("|");

// "a rival format", "the two competing DVD formats", "the format war".
const rivalry = new RegExp(
  String.raw`\b(?:(?:${any(RIVALRY_WORDS)})\s+(?:[\w-]+\s+){0,2}?(?:${any(STANDARD_NOUNS)})|(?:${any(STANDARD_NOUNS)})\s+(?:${any(CONTEST_NOUNS)}))\b`,
  "i",
);
// "Blu-ray developed by Sony", "a plan backed by the unions": the camp after "by".
const backedBy = new RegExp(String.raw`\b(?:${any(BACKING_WORDS)})\s+by\s+(?:the\s+)?$`, "i");
// "the Toshiba-backed format", "the Toshiba and NEC backed format".
const backedAfter = new RegExp(
  String.raw`^(?:\s+and\s+[A-Z][\w-]*)?(?:-|\s+)(?:${any(BACKING_WORDS)})\b(?!\s+by\b)`,
);
// "Sony backs Blu-ray", "the unions support the plan".
const backsAfter = /^\s+(?:backs|backed|supports|supported|champions|championed|favours|favors)\s+/;
// "Toshiba's HD DVD", "Sony's Blu ray Disc technology": the owner of a named standard.
const ownedAfter = /^['’]s\s+/;
const ownedNoun = new RegExp(String.raw`\b(?:${any(OWNED_STANDARD_NOUNS)})$`, "i");
// Where the words naming a standard stop: a clause break or a linking word.
const nameBreak = /[,;:()“”"]|\s(?:and|but|while|which|that|has|have|is|are|was|were|will)\s/;

interface Backer {
  party: string;
  /** The standard's own name, when the sentence gives one ("HD DVD"); null for "a rival format". */
  standard: string | null;
}

/**
 * Two camps behind competing standards or plans: "The two competing DVD formats, Blu ray
 * developed by Sony and others, and Toshiba's HD DVD". In a sentence that speaks of the rivalry
 * ("rival", "competing", "format war"), each party named as a standard's developer, backer or
 * owner is a camp; the first two camps are the two sides, each backing its standard.
 */
export function findRivalStandards(doc: ArticleDocument, index: PartyIndex): OppositionLink[] {
  const links: OppositionLink[] = [];
  for (const sentence of weightedSentences(doc)) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const cue = rivalry.exec(text);
    if (!cue) continue;
    const backers: Backer[] = [];
    for (const m of index.mentionsIn(sentence.start, sentence.end)) {
      const backer = backerAt(doc.text, sentence.start, sentence.end, m);
      if (backer && !backers.some((b) => b.party === backer.party)) backers.push(backer);
    }
    const [first, second] = backers;
    if (!first || !second) continue;
    const cueStart = sentence.start + cue.index;
    links.push({
      actor: first.party,
      target: second.party,
      span: { start: sentence.start, end: sentence.end },
      weight: 2 * sentence.prominence,
      kind: "conflict",
      noun: "a rival standard",
      cue: { start: cueStart, end: cueStart + cue[0].length },
      topic: cue[0],
      positions: {
        ...(first.standard ? { actor: `Backs ${first.standard}.` } : {}),
        ...(second.standard ? { target: `Backs ${second.standard}.` } : {}),
      },
    });
  }
  return links;
}

function backerAt(text: string, start: number, end: number, m: PartyMention): Backer | null {
  const before = text.slice(start, m.start);
  const after = text.slice(m.end, end);
  if (backedBy.test(before)) {
    // The words before "developed by" back to the clause's start: ", Blu ray developed by".
    const head = before.replace(backedBy, "").trimEnd();
    const clause = head.split(/[,;:(]|\band\b/).pop() ?? "";
    return { party: m.party, standard: standardName(clause.trim()) };
  }
  if (backedAfter.test(after) || backsAfter.test(after)) {
    const rest = after.replace(backedAfter, "").replace(backsAfter, "");
    return { party: m.party, standard: backsAfter.test(after) ? standardName(cut(rest)) : null };
  }
  const owned = ownedAfter.exec(after);
  if (owned) {
    const name = cut(after.slice(owned[0].length));
    // "Sony's chief executive" owns no standard: a name, or a word for a standard, is needed.
    if (/^[A-Z]/.test(name) || ownedNoun.test(name)) return { party: m.party, standard: name };
  }
  return null;
}

// The words up to a clause break: "HD DVD, have been courting" → "HD DVD".
function cut(words: string): string {
  const stop = nameBreak.exec(words);
  return words
    .slice(0, stop ? stop.index : words.length)
    .trim()
    .replace(/[.!?]+$/, "");
}

const leadingWords = new RegExp(
  String.raw`^(?:(?:the|its|their|a|an|${any(RIVALRY_WORDS)})\s+)+`,
  "i",
);

// A standard's name starts with a capital and is short: "Blu ray", "HD DVD"; "a rival format"
// is no name.
function standardName(words: string): string | null {
  const name = words.replace(leadingWords, "");
  return /^[A-Z]/.test(name) && name.split(/\s+/).length <= 5 ? name : null;
}
