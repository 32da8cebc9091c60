import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { buildCard } from "../../src/core/build-card.js";
import type { Person, Quote } from "../../src/core/card/card-schema.js";
import { buildSide } from "../../src/core/disagreement/build-side.js";
import type { OppositionLink } from "../../src/core/disagreement/find-oppositions.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";
import type { Dispute } from "../../src/core/disagreement/rank-disputes.js";
import { stanceSentences } from "../../src/core/disagreement/stance-sentences.js";

const parties = (text: string) =>
  buildCard({ text })
    .disagreement?.sides.map((s) => s.party)
    .sort() ?? null;

// A claim by one body, answered by another body's spokeswoman who denies it on the same point,
// with no verb of opposition ("accused", "rejected") and no "But" or "However" to say so.
const answered = [
  "Lottery draw questioned",
  "",
  "A consumer group has asked for the weekly prize draw to be checked by auditors.",
  "",
  '"Far too many staff are able to see the winning numbers before the prize draw is broadcast," Fair Play Trust director Ann Hollis said.',
  "",
  'The Northern Lottery Company spokeswoman said: "Only a handful of senior staff see the winning numbers. There is no need to check the prize draw again."',
].join("\n");

describe("key disagreement from two parties answering each other on one point", () => {
  it("GIVEN a body's claim answered by another body's denial on the same words THEN the two bodies are the sides", () => {
    expect(parties(answered)).toEqual(["Fair Play Trust", "Northern Lottery Company"]);
  });

  it("GIVEN a stance sentence 'X said: “…”' THEN its position is the quoted words, not 'Says : “…'", () => {
    const doc = readArticle({ text: answered });
    const index = createPartyIndex(doc, []);
    const [stance] = stanceSentences(doc, index, "Northern Lottery Company", () => 1);
    expect(stance?.position).toMatch(/^Only a handful of senior staff/);
  });

  it("GIVEN a stance sentence 'X said on Monday that …' THEN its position reads 'Says …'", () => {
    const text =
      "Prize draw row\n\nThe Northern Lottery Company said on Monday that the prize draw must not change.";
    const doc = readArticle({ text });
    const [stance] = stanceSentences(
      doc,
      createPartyIndex(doc, []),
      "Northern Lottery Company",
      () => 1,
    );
    expect(stance?.position).toMatch(/^Says the prize draw must not change/);
  });

  it("GIVEN the second speaker agrees ('also said') THEN it is no disagreement", () => {
    const text = answered.replace(
      "The Northern Lottery Company spokeswoman said:",
      "The Northern Lottery Company spokeswoman also said:",
    );
    expect(parties(text)).toBeNull();
  });

  it("GIVEN the answer shares only one word with the claim THEN it is no disagreement", () => {
    const text = answered.replace(
      '"Only a handful of senior staff see the winning numbers. There is no need to check the prize draw again."',
      '"Our auditors are not needed: ticket sales rose this week and the jackpot is a record."',
    );
    expect(parties(text)).toBeNull();
  });

  it("GIVEN a speaker whose role names the other party THEN they are one side, not two", () => {
    const text = [
      "Lottery draw questioned",
      "",
      "Auditors have been asked to look at the weekly prize draw run by Zentra.",
      "",
      "Zentra says far too many staff are able to see the winning numbers before the prize draw is broadcast.",
      "",
      '"Only a handful of senior staff see the winning numbers. There is no need to check the prize draw again," said Ann Hollis, spokeswoman for Zentra Europe.',
      "",
      "Zentra runs draws in nine countries.",
    ].join("\n");
    expect(parties(text)).toBeNull();
  });

  it("GIVEN two clubs' managers answering each other about a match THEN there is no disagreement", () => {
    const text = [
      "Rovers beat United 2-1",
      "",
      "Rovers beat United 2-1 with a late goal on Saturday.",
      "",
      '"Far too many of our players were tired before the second half of the match," United manager Tom Hale said.',
      "",
      'Rovers manager Sam Price said: "Only a handful of our players were tired. There is no need to rest players before the second half."',
    ].join("\n");
    expect(parties(text)).toBeNull();
  });

  it("GIVEN 'X's spokeswoman' where X is a party named like a person THEN she speaks for X", () => {
    const text =
      'Celebrity Star Search leak\n\nStar Search\'s spokeswoman said: "Nothing has leaked." Star Search and Star Search fans wait.';
    const start = text.indexOf("Nothing");
    const quote: Quote = {
      text: "Nothing has leaked.",
      start,
      end: start + "Nothing has leaked.".length,
      kind: "direct",
      speaker: { name: "Star Search's spokeswoman", role: null, anonymous: false },
    };
    const people: Person[] = [
      { name: "Star Search", role: "Celebrity", aliases: [], quoteCount: 1 },
    ];
    const index = createPartyIndex(readArticle({ text }), people);
    expect(index.partyOfSpeaker(quote)).toBe("Star Search");
  });

  // Far apart: the first party's words early, the other's stand on the headline's word late.
  const farApart = [
    "Lacey seeks more wind farms",
    "",
    "Governor Ann Lacey called on Monday for the state to build more wind farms.",
    "",
    '"Wind farms bring jobs and clean power to every county," Lacey said.',
    "",
    "The state built four wind farms last year.",
    "",
    "Prices for turbines have fallen by a third since 2010.",
    "",
    "Most of the new turbines are made abroad.",
    "",
    "Opposition leader Mark Dunn said the state cannot afford to subsidise wind farms while hospitals wait for money.",
  ].join("\n");

  it("GIVEN two parties far apart on the headline's word, the second against it THEN they are the sides", () => {
    expect(parties(farApart)).toEqual(["Ann Lacey", "Mark Dunn"]);
  });

  it("GIVEN both far-apart parties against it THEN it is one view, no disagreement", () => {
    const text = farApart.replace(
      "Wind farms bring jobs and clean power to every county",
      "We cannot afford wind farms in every county",
    );
    expect(parties(text)).toBeNull();
  });

  it("GIVEN the later party calls the headline's matter wrong earlier in its clause ('capping bills sends the wrong signal') THEN they are the sides", () => {
    const text = [
      "Water bills capped, Lacey says",
      "",
      "Governor Ann Lacey has announced a cap on water bills for the coming year.",
      "",
      "Ms Lacey said the cap would help families through a hard winter.",
      "",
      "Campaign group Rivers 2020 said capping water bills sends the wrong signal to polluters.",
    ].join("\n");
    expect(parties(text)).toEqual(["Ann Lacey", "Rivers 2020"]);
  });

  it("GIVEN 'Name of firm Body' THEN the person speaks for the body", () => {
    const text =
      "Survey of call centres\n\nCallers are impatient, says Cara Dent of research firm Callwise Data, which ran the survey. Callwise Data and Ms Dent agree.";
    const people: Person[] = [
      { name: "Cara Dent", role: null, aliases: ["Ms Dent"], quoteCount: 1 },
    ];
    const index = createPartyIndex(readArticle({ text }), people);
    const start = text.indexOf("Callers");
    const quote: Quote = {
      text: "Callers are impatient",
      start,
      end: start + "Callers are impatient".length,
      kind: "indirect",
      speaker: { name: "Cara Dent", role: null, anonymous: false },
    };
    expect(index.partyOfSpeaker(quote)).toBe("Callwise Data");
  });

  it("GIVEN 'X said.' after a quote THEN the position is the quoted words, never 'Says.'", () => {
    const text =
      'Prize draw row\n\n"The prize draw must not change," the Northern Lottery Company said.';
    const doc = readArticle({ text });
    const [stance] = stanceSentences(
      doc,
      createPartyIndex(doc, []),
      "Northern Lottery Company",
      () => 1,
    );
    expect(stance?.position).toBe("The prize draw must not change");
  });

  it("GIVEN a side's reported words that begin with its verb ('accused …') THEN the position is not 'Says accused …'", () => {
    const text =
      "Harbour row\n\nThe Fishermen's Association accused the Harbour Development Board of ignoring its members.";
    const doc = readArticle({ text });
    const index = createPartyIndex(doc, []);
    const words = "accused the Harbour Development Board of ignoring its members";
    const start = text.indexOf(words);
    const quote: Quote = {
      text: words,
      start,
      end: start + words.length,
      kind: "indirect",
      speaker: { name: "Fishermen's Association", role: null, anonymous: false },
    };
    const sentence = doc.sentences[0] ?? { start: 0, end: text.length };
    const link: OppositionLink = {
      actor: "Fishermen's Association",
      target: "Harbour Development Board",
      span: { start: sentence.start, end: sentence.end },
      weight: 3,
      kind: "speech",
      noun: "accusations",
      cue: { start, end: start + words.length },
      topic: null,
      quotes: { actor: quote },
    };
    const dispute: Dispute = {
      sides: ["Fishermen's Association", "Harbour Development Board"],
      links: [link],
      score: 3,
    };
    const side = buildSide(doc, index, [quote], dispute, "Fishermen's Association", "members");
    expect(side.position).toBe("Accused the Harbour Development Board of ignoring its members.");
  });
});
