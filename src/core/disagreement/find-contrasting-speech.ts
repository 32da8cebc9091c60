import type { ArticleDocument } from "../article/article-document.js";
import type { Quote } from "../card/card-schema.js";
import { words } from "../lexicon/word-list.js";
import type { OppositionLink } from "./find-oppositions.js";
import { isAboutPlay, weightedSentences } from "./find-oppositions.js";
import { contrastOpener } from "./opposition-lexicon.js";
import type { PartyIndex } from "./party-index.js";
import { REJECTION_PATTERN } from "../lexicon/rejection-words.js";

// Words that any two speakers share without speaking to one topic.
export const COMMON_TALK_WORDS: ReadonlySet<string> = new Set(
  words(
    "about after again against also because been before being could does doing done going " +
      "have having here just know like made make many more most much need only other over " +
      "people really said says should some still such than that their them then there these " +
      "they thing things think this those time times very want well were what when where " +
      "which while will with would year years your week weeks today month months good great " +
      "best better first last next every work working country world number part place lot",
  ),
);
// A stand against something: a denial, a refusal, a rejection, a "no".
const polarity = new RegExp(
  `\\b(?:not|no|never|nothing|nobody|cannot|can['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wrong|false|unlikely|${REJECTION_PATTERN})\\b`,
  "i",
);
// The two speakers answer each other within a few sentences at least once.
const reach = 3;

/**
 * Two parties whose speakers speak to one topic, one of them against something: "“This is
 * highly unlikely to have been an inspired guess,” the bookmaker's spokesman said … “We do not
 * feel the need to investigate,” the show's spokeswoman said". The topic is words both sides
 * use: two or more of them, or one the headline names ("refugees"). Each of their quotes on it
 * is a link from its speaker to the other party; one at least must take a stand against. Such
 * links only weigh in a dispute that other evidence (a verb, a rebuttal) has found.
 */
export function findContrastingSpeech(
  doc: ArticleDocument,
  index: PartyIndex,
  quotes: readonly Quote[],
): OppositionLink[] {
  // Players and managers of two sides talk about one game: that is no dispute.
  if (isAboutPlay(doc)) return [];
  const sentences = weightedSentences(doc);
  const headline = new Set(stems(doc.headline));
  const byParty = new Map<string, { quote: Quote; stems: Set<string> }[]>();
  for (const quote of quotes) {
    const party = index.partyOfSpeaker(quote);
    if (!party) continue;
    const said = { quote, stems: new Set(stems(doc.text.slice(quote.start, quote.end))) };
    byParty.set(party, [...(byParty.get(party) ?? []), said]);
  }
  const parties = [...byParty.keys()];
  const links: OppositionLink[] = [];
  for (let i = 0; i < parties.length; i++)
    for (let j = i + 1; j < parties.length; j++) {
      const a = parties[i] as string;
      const b = parties[j] as string;
      const ownWords = new Set([...stems(a), ...stems(b)]);
      const saidA = byParty.get(a) ?? [];
      const saidB = byParty.get(b) ?? [];
      const wordsA = new Set(saidA.flatMap((s) => [...s.stems]));
      const shared = new Set(
        saidB.flatMap((s) => [...s.stems]).filter((w) => wordsA.has(w) && !ownWords.has(w)),
      );
      if (shared.size < 2 && ![...shared].some((w) => headline.has(w))) continue;
      const onTopic = [
        ...saidA.map((s) => ({ ...s, speaker: a, other: b })),
        ...saidB.map((s) => ({ ...s, speaker: b, other: a })),
      ].filter((s) => [...s.stems].some((w) => shared.has(w)));
      const at = (q: Quote) => sentences.findIndex((x) => x.start <= q.start && q.start < x.end);
      // "But a spokesman for Y said the divide remained very real": an answer opened against the
      // other's words of an earlier sentence, two words of them its own, takes a stand as a "not"
      // does.
      const answers = (x: (typeof onTopic)[number]) =>
        contrastOpener.test(doc.text.slice(sentences[at(x.quote)]?.start ?? x.quote.start)) &&
        onTopic.some(
          (y) =>
            y.speaker !== x.speaker &&
            at(y.quote) < at(x.quote) &&
            at(x.quote) - at(y.quote) <= reach &&
            [...x.stems].filter((w) => y.stems.has(w) && !ownWords.has(w)).length >= 2,
        );
      const stands = (x: (typeof onTopic)[number]) =>
        polarity.test(doc.text.slice(x.quote.start, x.quote.end)) || answers(x);
      if (!onTopic.some(stands)) continue;
      const near = onTopic.some((x) =>
        onTopic.some(
          (y) => x.speaker !== y.speaker && Math.abs(at(x.quote) - at(y.quote)) <= reach,
        ),
      );
      if (!near) continue;
      for (const s of onTopic) {
        const sentence = sentences.find(
          (x) => x.start <= s.quote.start && s.quote.start < x.end && x.prominence !== 2,
        ) ?? { start: s.quote.start, end: s.quote.end, prominence: 1 };
        links.push({
          actor: s.speaker,
          target: s.other,
          span: { start: sentence.start, end: sentence.end },
          weight: 0.75,
          support: true,
          kind: "speech",
          noun: "a rebuttal",
          cue: { start: s.quote.start, end: s.quote.end },
          topic: null,
          quotes: { actor: s.quote },
        });
      }
    }
  return links;
}

/** Content-word stems of at least five letters: "refugees" and "refugee" are "refug". */
function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 5 && !COMMON_TALK_WORDS.has(w))
    .map((w) => w.slice(0, 5));
}
