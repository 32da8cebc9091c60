import type { ArticleDocument } from "../article/article-document.js";
import { PLAIN_SAY_FORMS } from "../lexicon/reporting-verbs.js";
import { words } from "../lexicon/word-list.js";
import type { PartyIndex, PartyMention } from "./party-index.js";

const stanceVerb = new RegExp(
  String.raw`\b(?:${[...PLAIN_SAY_FORMS].join("|")}|insisted|warned|argued|urged|rejected|rejects|called|wants?|demanded|proposed|brought|offered|refused|asked|requested|accused|critici[sz]ed|opposed?|opposes|backed|defended|vowed|pledged|believes?)\b`,
);
// Verbs whose complement is the position itself ("said the plan must go").
const reportingVerbs: ReadonlySet<string> = new Set([
  ...PLAIN_SAY_FORMS,
  ...words("insisted warned argued believe believes"),
]);
const emphasis =
  /\b(?:should|must|not|reject\w*|oppos\w*|halt|freeze|frozen|refus\w*|urged|unhelpful|contradict\w*)\b/i;

/** A sentence where a party takes a stand on the topic, with the stand as a clause. */
export interface StanceSentence {
  start: number;
  end: number;
  score: number;
  position: string;
}

/**
 * Sentences whose stance verb has `party` as its subject (the nearest party named before the
 * verb, skipping an aside set off by commas: "Lavrov, speaking at … talks, said") and that speak
 * to the topic.
 */
export function stanceSentences(
  doc: ArticleDocument,
  index: PartyIndex,
  party: string,
  hits: (text: string) => number,
): StanceSentence[] {
  const found: StanceSentence[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const verb = stanceVerb.exec(text);
    if (!verb) continue;
    let head = text.slice(0, verb.index);
    if (/,\s*$/.test(head) && head.indexOf(",") > 0) head = head.slice(0, head.indexOf(","));
    const subject = subjectOf(
      doc.text,
      index.mentionsIn(sentence.start, sentence.start + head.length),
    );
    const score = 2 * hits(text) + (emphasis.test(text) ? 1 : 0);
    if (subject?.party !== party || score < 2) continue;
    const after = verb.index + verb[0].length;
    const position = reportingVerbs.has(verb[0])
      ? reportedPosition(text.slice(after), text.slice(0, verb.index))
      : text.slice(subject.start - sentence.start);
    if (position === null) continue;
    found.push({ ...sentence, score, position });
  }
  return found;
}

// The last party named before the verb, unless it shares a joint subject with another party
// ("the Russian and American ministers said").
function subjectOf(text: string, mentions: PartyMention[]): PartyMention | undefined {
  const last = mentions[mentions.length - 1];
  const previous = mentions[mentions.length - 2];
  if (
    last &&
    previous &&
    previous.party !== last.party &&
    /^\s*and\s+$/.test(text.slice(previous.end, last.start))
  )
    return undefined;
  return last;
}

// What follows "said": "Says the plan is wrong" for reported words; for words in quotation marks
// ("said: “Only a handful …”") the words themselves, so no position reads "Says : “Only …".
// "“We will fight on,” Obama said.": nothing follows the verb, so the position is the quoted
// words before it; with none, the sentence gives no position ("Says." is none).
function reportedPosition(rest: string, before: string): string | null {
  if (!/[A-Za-z]/.test(rest)) {
    const quoted = /^\s*[“"]([^”"]{3,})[”"]/.exec(before)?.[1];
    return quoted ? quoted.replace(/[\s,]+$/, "") : null;
  }
  const words = rest
    .replace(
      /^\s*(?:(?:on|last|this)\s+[A-Z]?[a-z]+day|yesterday|today|in\s+a\s+statement)?\s*/,
      "",
    )
    .replace(/^[\s:,;]*/, "");
  if (/^[“"‘]/.test(words)) return words.replace(/^[“"‘]+/, "").replace(/[”"’]+(?=[\s.,;]*$)/, "");
  return `Says ${words.replace(/^that\s+/, "")}`;
}
