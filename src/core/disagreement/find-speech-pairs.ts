import type { ArticleDocument } from "../article/article-document.js";
import type { Quote } from "../card/card-schema.js";
import { words } from "../lexicon/word-list.js";
import type { OppositionLink, WeightedSpan } from "./find-oppositions.js";
import { COMMON_TALK_WORDS } from "./find-contrasting-speech.js";
import { isAboutPlay, weightedSentences } from "./find-oppositions.js";
import type { PartyIndex } from "./party-index.js";
import { isVerbForm, wordRoot } from "./word-root.js";
import { REJECTION_PATTERN, UNTRUE_WORDS } from "../lexicon/rejection-words.js";

// Words any two speakers share without speaking to one point: the contrasting-speech list, and
// a few that only a turn-by-turn reading meets ("whether", "never", "something").
const common = new Set([
  ...COMMON_TALK_WORDS,
  ...words("whether further course always never nothing everything something anything"),
]);
// A stand against another's words, not a mere "not": a claim called wrong, a denial, a
// refusal, "no need", "no evidence", "do not accept", "only a handful".
const against = new RegExp(
  [
    `\\b(?:${UNTRUE_WORDS.join("|")}|${REJECTION_PATTERN})\\b`,
    /\b(?:no|not|never|cannot|n['’]t)\s+(?:\w+\s+){0,3}?(?:need|evidence|basis|truth|true|case|plans?|intention|reason|justification|accept|agree|afford|solution|answer)\b/
      .source,
    /^\W*only\s+(?:a\s+)?(?:handful|few)\b/.source,
  ].join("|"),
  "i",
);
// Words that call what stands before them wrong ("the freeze sends the wrong message", "the
// plan is unacceptable"); a "not" or "opposed" says nothing of the words before it.
const calledWrong =
  /^(?:wrong|untrue|nonsense|rubbish|absurd|ridiculous|baseless|unfounded|unacceptable|misleading)$/i;
// The answer agrees: "Labour also said", "echoed", "welcomed". Two voices of one view.
const agreement =
  /\b(?:also|too|agreed?|agrees|echo\w*|welcom\w*|backed|backs|support\w*|likewise|similarly|praised|endorsed)\b/i;
const description =
  /\b(?:MP|MEP|MSP|AM|spokes\w+|chairman|chairwoman|chief|boss|leader|minister|official|source)s?$/i;
// "I agree that we do not need to cut supply": the speaker's own word that it is one view.
const ownAgreement = /\b(?:I|we)\s+(?:\w+\s+)?agree\b/i;
// How many sentences may stand between a turn and its answer.
const reach = 3;

/** A run of quotes by one party with nothing said by another party between them. */
interface Turn {
  party: string;
  quotes: Quote[];
  first: number;
  last: number;
  stems: Set<string>;
}

/**
 * One party answering another on the same point: the turn of a speaker, then the turn of a
 * speaker of another party within a few sentences, the two sharing two or more content words,
 * the answer taking a stand against ("not", "wrong", "denied") and not agreeing ("also",
 * "welcomed"). "“They must look at how many people are privy to the results,” the bookmaker
 * said. The show's spokeswoman said: “Only a few executives are privy to the results. We see no
 * need to investigate.”" Each answer is a rebuttal of the answering party against the answered.
 */
export function findSpeechPairs(
  doc: ArticleDocument,
  index: PartyIndex,
  quotes: readonly Quote[],
): OppositionLink[] {
  // Players and managers of two sides answer each other about one game: no dispute.
  if (isAboutPlay(doc)) return [];
  const body = weightedSentences(doc).filter(
    (s) => !doc.headlineSpan || s.start !== doc.headlineSpan.start,
  );
  const turns = turnsOf(doc, index, quotes, body);
  const links: OppositionLink[] = [];
  for (let k = 1; k < turns.length; k++) {
    const answer = turns[k] as Turn;
    const answered = turns[k - 1] as Turn;
    if (answer.first - answered.last > reach || speaksFor(answer, answered.party)) continue;
    if (speaksFor(answered, answer.party)) continue;
    const ownWords = new Set([...stems(answer.party), ...stems(answered.party)]);
    const shared = [...answer.stems].filter((w) => answered.stems.has(w) && !ownWords.has(w));
    if (shared.length < 2) continue;
    const said = answer.quotes.map((q) => doc.text.slice(q.start, q.end)).join(" ");
    const sentence = body[answer.first] as WeightedSpan;
    if (!standsAgainst(said, new Set(shared)) || agrees(doc, body, answer, answered)) continue;
    // "I agree that we do not need to cut supply": a "not" in an answer that agrees.
    if (ownAgreement.test(said)) continue;
    const quote = answer.quotes[0] as Quote;
    links.push(rebuttal(answer, answered, sentence, quote, answered.quotes.at(-1) as Quote));
  }
  return [...links, ...headlinePairs(doc, body, turns, links)];
}

// "Obama Seeks More Muslim Refugees": Obama's words on refugees early, Trump's "cannot afford …
// accepting Syrian refugees" late. Far apart, two parties still answer each other when both
// speak to the headline's word and one takes a stand against on it. Once per pair of parties.
function headlinePairs(
  doc: ArticleDocument,
  body: WeightedSpan[],
  turns: Turn[],
  found: OppositionLink[],
): OppositionLink[] {
  const headline = new Set(stems(doc.headline));
  const linked = new Set(found.map((l) => [l.actor, l.target].sort().join("\u0000")));
  const links: OppositionLink[] = [];
  for (let k = 1; k < turns.length; k++)
    // The nearest earlier turn of another party on the headline's word is the one answered.
    for (let i = k - 1; i >= 0; i--) {
      const answer = turns[k] as Turn;
      const answered = turns[i] as Turn;
      const key = [answer.party, answered.party].sort().join("\u0000");
      if (answer.party === answered.party || linked.has(key)) continue;
      if (speaksFor(answer, answered.party) || speaksFor(answered, answer.party)) continue;
      const ownWords = new Set([...stems(answer.party), ...stems(answered.party)]);
      const topic = [...answer.stems].filter(
        (w) => headline.has(w) && answered.stems.has(w) && !ownWords.has(w),
      );
      if (!topic.length) continue;
      const said = answer.quotes.map((q) => doc.text.slice(q.start, q.end)).join(" ");
      const before = answered.quotes.map((q) => doc.text.slice(q.start, q.end)).join(" ");
      // Both against it ("opposed the plan", "should be put on hold") is one view, not two.
      const stands = standsAgainst(said, new Set(topic)) && !standsAgainst(before, new Set(topic));
      if (!stands || agrees(doc, body, answer, answered) || ownAgreement.test(said)) break;
      linked.add(key);
      const sentence = body[answer.first] as WeightedSpan;
      const other = body[answered.first] as WeightedSpan;
      const quote = answer.quotes[0] as Quote;
      const first = answered.quotes[0] as Quote;
      links.push(rebuttal(answer, answered, sentence, quote, first), {
        actor: answered.party,
        target: answer.party,
        span: { start: other.start, end: other.end },
        weight: 1,
        kind: "speech",
        noun: "a rebuttal",
        cue: { start: first.start, end: first.end },
        topic: null,
        quotes: { actor: first },
      });
      break;
    }
  return links;
}

// One party's answer against another's words, cued by the answer's quote.
function rebuttal(
  answer: Turn,
  answered: Turn,
  sentence: WeightedSpan,
  quote: Quote,
  target: Quote,
): OppositionLink {
  return {
    actor: answer.party,
    target: answered.party,
    span: { start: sentence.start, end: sentence.end },
    weight: 1.5,
    kind: "rebuttal",
    noun: "a rebuttal",
    cue: { start: quote.start, end: quote.end },
    topic: null,
    quotes: { actor: quote, target },
  };
}

// "Malte Pollmann, spokesman for Lycos Europe" and "Lycos": one side the index did not join.
function speaksFor(turn: Turn, party: string): boolean {
  const name = new RegExp(`\\b${party.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
  return turn.quotes.some((q) => name.test(`${q.speaker.name ?? ""} ${q.speaker.role ?? ""}`));
}

// The stand is against the other's point: a word both used stands in what is denied
// ("Only a handful … are privy to any sensitive information", "no need to investigate the leak")
// or in what is called wrong, earlier in its clause ("the freeze sends the wrong message").
function standsAgainst(said: string, shared: Set<string>): boolean {
  for (const m of said.matchAll(new RegExp(against.source, "gi"))) {
    // "nothing wrong with the mood": the words before are called right.
    const before = said.slice(0, m.index);
    const clause =
      calledWrong.test(m[0]) && !/\b(?:not|no|nothing|never|n['’]t)\s+(?:\w+\s+)?$/i.test(before)
        ? (/[^,;:.!?]{0,60}$/.exec(before)?.[0] ?? "")
        : "";
    const scope = said.slice(m.index - clause.length, m.index + m[0].length + 80);
    if (stems(scope).some((w) => shared.has(w))) return true;
  }
  return false;
}

// "Davis echoed criticisms of the rules. “…wrong signals…,” he said": the words that frame the
// answer, in its sentence or the one that leads into it, say it agrees.
function agrees(doc: ArticleDocument, body: WeightedSpan[], answer: Turn, answered: Turn): boolean {
  const from = answer.first - 1 > answered.last ? answer.first - 1 : answer.first;
  const start = (body[from] as WeightedSpan).start;
  const framing = doc.text
    .slice(start, (body[answer.first] as WeightedSpan).end)
    .replace(doc.text.slice(answer.quotes[0]?.start ?? 0, answer.quotes[0]?.end ?? 0), " ");
  return agreement.test(framing);
}

function turnsOf(
  doc: ArticleDocument,
  index: PartyIndex,
  quotes: readonly Quote[],
  body: WeightedSpan[],
): Turn[] {
  const sentenceAt = (at: number): number => body.findIndex((s) => s.start <= at && at < s.end);
  const turns: Turn[] = [];
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  let lastEnd = -1;
  for (const quote of ordered) {
    // A partial quote inside reported speech is the same words twice.
    if (quote.start < lastEnd) continue;
    const party = index.partyOfSpeaker(quote);
    const at = sentenceAt(quote.start);
    // "The Mid Bedfordshire MP", "a council spokesman": a description, maybe of the other side.
    if (!party || at < 0 || description.test(party)) continue;
    lastEnd = quote.end;
    const said = stems(doc.text.slice(quote.start, quote.end));
    const turn = turns[turns.length - 1];
    if (turn && turn.party === party) {
      turn.quotes.push(quote);
      turn.last = at;
      for (const w of said) turn.stems.add(w);
    } else turns.push({ party, quotes: [quote], first: at, last: at, stems: new Set(said) });
  }
  return turns;
}

/**
 * Roots of content words of at least five letters, or of irregular forms ("rose", "froze"): a
 * claim and its rebuttal in other forms of a word ("frozen" and "freeze", "rises" and "rising")
 * share it.
 */
function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => (w.length >= minimumLength || isVerbForm(w)) && !common.has(w))
    .map(wordRoot);
}
const minimumLength = 5;
