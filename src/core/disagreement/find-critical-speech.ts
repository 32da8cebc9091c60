import type { ArticleDocument } from "../article/article-document.js";
import type { Quote } from "../card/card-schema.js";
import { BLAME_SHIFTING } from "../lexicon/blame-words.js";
import type { OppositionLink } from "./find-oppositions.js";
import { weightedSentences } from "./find-oppositions.js";
import type { PartyIndex } from "./party-index.js";

/** Words of blame in what a speaker says about another party ("Clinton is trigger-happy"). */
const critical =
  /\b(?:wrong|failed|fails?|failure|lie|lies|lied|liar|lying|dangerous|danger|unfit|weak|disaster|disastrous|crooked|terrible|unacceptable|reckless|ridiculous|absurd|nonsense|shameful|disgrace\w*|outrageous|incompetent|mistakes?|misleading|mislead|irresponsible|hypocri\w+|blame\w*|fault|scandal\w*|corrupt\w*|betray\w*|unfair|illegal|unlawful|worst|bad|unstable|trigger-happy|deceiv\w+|dishonest|false|baseless|unfounded|rubbish|absurd|flawed|damaging|threat\w*|undermin\w+|ignor\w+|refus\w+|reject\w*|oppos\w+|critici[sz]\w*|attack\w*|accus\w+|condemn\w*|deplor\w+|appall\w+|insult\w*|offensive|racist|sexist|bigot\w*|extreme|extremist|radical|cheat\w*|pathetic|foolish\w*|stupid\w*|naive|arrogan\w+|contempt|disrespect\w*|destroy\w*|wreck\w*|ruin\w*|waste\w*|ploy|stunt|smear\w*|spin|fiasco|shambles|chaos|chaotic|mess|hurt|hurting|harm\w*|hoax|demorali[sz]\w*|disillusion\w*|misgivings?|handicapp\w*|scapegoat\w*|incapable|inept|misguided|disgusted|angry|anger|furious)\b/i;

// "Nobody can blame him", "never criticised him", "not wrong": words of blame denied.
const negated =
  /\b(?:not|never|no|nobody|no\s+one|cannot|can['’]t|n['’]t|without)\s+(?:\w+\s+){0,2}$/i;

// "It was wrong to suggest the chancellor would usurp Milburn", "false to claim": the blame is
// on a claim, and whoever the claim names is no target of it.
const aboutClaim =
  /^\W*(?:\w+\s+){0,2}(?:to\s+(?:suggest|claim|say|report|think|believe)|(?:when|if)\s+(?:\w+\s+){0,2}(?:said|say|says|saying|suggested|suggesting|claimed|claiming|reported))\b/i;

// "Poor" judges only what someone did or runs ("poor management", "a poor decision", "the service
// was poor", "poorly run"); "the poor", "rich and poor", "poor families" name people with little.
const poorJudgement =
  /\bpoor\s+(?:[a-z-]+\s+)?(?:decisions?|management|judge?ments?|leadership|performances?|service|record|planning|handling|choices?|quality|standards?|showing|job|work|advice|communication|organi[sz]ation|governance|treatment|care|response|value|results?|design|excuses?|state|security|maintenance|oversight|execution|timing|practice|conduct|behaviou?r|policy|policies|judgment|start|form|deal|effort|attempt|show)\b|\b(?:is|was|were|are|been|be|being|remains?|remained|seems?|seemed)\s+(?:\w+\s+)?poor\b(?!\s+(?:and|or)\b|\s+\w)|\bpoorly\s+(?!paid|off\b)\w+/gi;

// "trying to pass the problem back to Powys", "passing the buck": a party blamed for shifting
// its fault or costs onto another.
const blameShifting = new RegExp(String.raw`\b(?:${BLAME_SHIFTING.join("|")})\b`, "gi");

/** True when the words blame someone: a word of blame that no "not" or "never" denies. */
export function blames(text: string): boolean {
  for (const m of text.matchAll(blameShifting))
    if (!negated.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  for (const m of text.matchAll(poorJudgement))
    if (!negated.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  for (const m of text.matchAll(new RegExp(critical.source, "gi")))
    if (
      !negated.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
      !aboutClaim.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))
    )
      return true;
  return false;
}

/**
 * A speaker's words that blame another named party: "Trump said Clinton had failed the
 * country", "“Powys is trying to pass the problem back,” Williams said". One link per quote and
 * party talked about; an opposition verb inside the quote is already read as a verb.
 */
export function findCriticalSpeech(
  doc: ArticleDocument,
  index: PartyIndex,
  quotes: readonly Quote[],
): OppositionLink[] {
  const sentences = weightedSentences(doc);
  const links: OppositionLink[] = [];
  for (const quote of quotes) {
    const speaker = index.partyOfSpeaker(quote);
    if (!speaker) continue;
    const text = doc.text.slice(quote.start, quote.end);
    if (!blames(text)) continue;
    const sentence = sentences.find(
      (s) => s.start <= quote.start && quote.start < s.end && s.prominence !== 2,
    ) ?? { start: quote.start, end: quote.end, prominence: 1 };
    const talkedAbout = new Set(
      [
        ...index.mentionsIn(quote.start, quote.end).map((m) => m.party),
        ...bodiesReferredTo(text).map((noun) => index.bodyBefore(noun, quote.start)),
      ].filter((party): party is string => party !== null && party !== speaker),
    );
    for (const target of talkedAbout)
      links.push({
        actor: speaker,
        target,
        span: { start: sentence.start, end: sentence.end },
        weight: sentence.prominence,
        kind: "speech",
        noun: "criticism",
        cue: { start: quote.start, end: quote.end },
        topic: null,
        quotes: { actor: quote },
      });
  }
  return links;
}

// "I have written straight back to the trust … to insist they withdraw this threat": a body the
// speaker names by what it is, not by its name. "Our trust", "a board" are no reference back.
const bodyNoun =
  /(?<![A-Z][\w'’-]*\s)\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(trust|hospital|company|firm|council|board|bank|club|union|commission|authority|ministry|department|agency|regulator|broadcaster|network|watchdog)\b/g;

function bodiesReferredTo(said: string): string[] {
  return [...said.matchAll(bodyNoun)].map((m) => m[1] ?? "");
}
