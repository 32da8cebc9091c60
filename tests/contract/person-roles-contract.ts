import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Archive } from "../../src/archive/postgres/archive-port.js";
import type { BriefingCard } from "../../src/core/card/card-schema.js";
import { testCard, type CardSpec } from "../fixtures/test-card.js";
import type { OpenContractArchive } from "./archive-contract.js";

// Invented island news: one harbour master quoted under several roles, some cut at an edge,
// and two people sharing the word "Morgan", one as a surname, one as a first name.
const articles: Array<CardSpec & { aliases?: Record<string, string[]> }> = [
  {
    id: "ferry-fares",
    date: "2031-04-01",
    text: 'Ferry fares rise\n\nHarbour Master Ann Tolley said "fares must rise." She added "the pier needs work." Ann Tolley said "we will consult."',
    quotes: [
      { words: "fares must rise.", name: "Ann Tolley", role: "Harbour Master" },
      { words: "the pier needs work.", name: "Ann Tolley", role: "Harbour Master" },
      { words: "we will consult.", name: "Ann Tolley", role: "Harbour Master" },
    ],
  },
  {
    id: "ferry-sale",
    date: "2031-04-02",
    text: 'Ferry firm sold\n\nFerry company director Ann Tolley said "the sale is done."',
    quotes: [{ words: "the sale is done.", name: "Ann Tolley", role: "ferry company director" }],
  },
  {
    id: "harbour-board",
    date: "2031-04-03",
    text: 'Harbour board meets\n\nHarbour Board chairman Sir Ann Tolley said "the board agrees." Her bitter rival Treasurer Dylan Morgan said "the board is wrong." Morgan Pryce said "I abstain."',
    quotes: [
      { words: "the board agrees.", name: "Ann Tolley", role: "Harbour Board chairman Sir" },
      { words: "the board is wrong.", name: "Dylan Morgan", role: "bitter rival Treasurer" },
      { words: "I abstain.", name: "Morgan Pryce", role: "Sir" },
    ],
  },
  {
    id: "budget-vote",
    date: "2031-04-04",
    text: 'Budget vote\n\nMorgan Pryce said "no to the budget." Pryce said "no again." Pryce said "and no once more." Dylan Morgan said "yes to the budget."',
    quotes: [
      { words: "no to the budget.", name: "Morgan Pryce", role: null },
      { words: "no again.", name: "Morgan Pryce", role: null },
      { words: "and no once more.", name: "Morgan Pryce", role: null },
      { words: "yes to the budget.", name: "Dylan Morgan", role: "Treasurer of" },
    ],
    // The card calls Morgan Pryce by his first name too, as cards sometimes do.
    aliases: { "Morgan Pryce": ["Pryce", "Morgan"] },
  },
];

function cardOf(spec: (typeof articles)[number]): BriefingCard {
  const card = testCard(spec);
  return {
    ...card,
    people: card.people.map((p) => ({ ...p, aliases: spec.aliases?.[p.name] ?? p.aliases })),
  };
}

/**
 * The rules for the roles a person is shown with and for a one-word name, whatever the engine:
 * run by sqlite-archive.test.ts and postgres-archive.test.ts.
 */
export function describePersonRolesContract(name: string, openArchive: OpenContractArchive) {
  describe(`Person roles contract: ${name}`, () => {
    let made: Awaited<ReturnType<OpenContractArchive>>;
    let archive: Archive;
    let time = Date.parse("2031-04-05T06:00:00.000Z");

    beforeEach(async () => {
      made = await openArchive({ now: () => new Date(time).toISOString() });
      archive = made.archive;
      for (const spec of articles) {
        time += 1000;
        await archive.ingest(
          { id: spec.id, text: spec.text, ...(spec.date ? { date: spec.date } : {}) },
          { sourceId: "file", path: `${spec.id}.txt`, card: cardOf(spec) },
        );
      }
    });
    afterEach(async () => {
      await made.cleanup();
    });

    const rolesOf = async (person: string) => {
      const found = await archive.whoIs(person);
      return found.ok ? found.value.person.roles : found.error.code;
    };

    it("GIVEN a person quoted under several roles THEN the most quoted role first, the rest newest first", async () => {
      expect(await rolesOf("Ann Tolley")).toEqual([
        "Harbour Master",
        "Harbour Board chairman",
        "ferry company director",
      ]);
    });

    it("GIVEN roles cut at an edge THEN trimmed; a role that is only an edge is none", async () => {
      expect(await rolesOf("Dylan Morgan")).toEqual(["Treasurer"]);
      expect(await rolesOf("Morgan Pryce")).toEqual([]);
      const quotes = await archive.quotesBy("Ann Tolley", { about: "board" });
      expect(quotes.ok && quotes.value.quotes.map((q) => q.speaker.role)).toEqual([
        "Harbour Board chairman",
      ]);
    });

    it("GIVEN a name with a word in front, its role only an edge THEN the role's words still join it to the person", async () => {
      const specs: CardSpec[] = [
        {
          id: "deputy-named",
          text: 'Deputy named\n\nDeputy Treasurer Ruth Quayle said "I accept."',
          quotes: [{ words: "I accept.", name: "Ruth Quayle", role: "Deputy Treasurer" }],
        },
        {
          id: "deputy-speaks",
          text: 'Deputy speaks\n\nDeputy Port Ruth Quayle said "we sail at dawn."',
          quotes: [{ words: "we sail at dawn.", name: "Port Ruth Quayle", role: "Deputy" }],
        },
      ];
      for (const spec of specs)
        await archive.ingest(
          { id: spec.id, text: spec.text },
          { sourceId: "file", card: cardOf(spec) },
        );
      const found = await archive.whoIs("Ruth Quayle");
      expect(found.ok && found.value.person.roles).toEqual(["Deputy Treasurer"]);
      expect(found.ok && found.value.quoteCount).toBe(2);
    });

    it("GIVEN a title taken for a name THEN no person, unless one full name carries the word", async () => {
      const specs: CardSpec[] = [
        {
          id: "harbour-dues",
          text: 'Harbour dues\n\nLighthouse keeper Tom Bishop said "the light is out." The Chancellor said "dues will rise." The Bishop said "pray for calm."',
          quotes: [
            { words: "the light is out.", name: "Tom Bishop", role: "Lighthouse keeper" },
            { words: "dues will rise.", name: "Chancellor", role: null },
            { words: "pray for calm.", name: "Bishop", role: null },
          ],
        },
      ];
      for (const spec of specs)
        await archive.ingest(
          { id: spec.id, text: spec.text },
          { sourceId: "file", card: cardOf(spec) },
        );
      const chancellor = await archive.whoIs("Chancellor");
      expect(chancellor.ok).toBe(false);
      const said = await archive.whoSaid("dues will rise");
      expect(said.ok && said.value[0]?.speaker).toMatchObject({
        name: "Chancellor",
        personId: null,
      });
      const bishop = await archive.whoIs("Bishop");
      expect(bishop.ok && bishop.value.person.name).toBe("Tom Bishop");
      expect(bishop.ok && bishop.value.quoteCount).toBe(2);
    });

    it("GIVEN a bare surname two full names carry THEN joined to the one whose roles hold its role's words", async () => {
      const specs: CardSpec[] = [
        {
          id: "quayles",
          text: 'Two Quayles\n\nRuth Quayle, councillor and ferry pilot, said "the crossing is safe." Ivor Quayle, a baker, said "bread is dearer."',
          quotes: [
            {
              words: "the crossing is safe.",
              name: "Ruth Quayle",
              role: "councillor and ferry pilot",
            },
            { words: "bread is dearer.", name: "Ivor Quayle", role: "baker" },
          ],
        },
        {
          id: "quayle-again",
          text: 'Crossing reopens\n\nThe ferry pilot Quayle said "we sail today."',
          quotes: [{ words: "we sail today.", name: "Quayle", role: "ferry pilot" }],
        },
        {
          id: "quayle-unknown",
          text: 'Fair opens\n\nThe fair organiser Quayle said "all welcome."',
          quotes: [{ words: "all welcome.", name: "Quayle", role: "fair organiser" }],
        },
      ];
      for (const spec of specs)
        await archive.ingest(
          { id: spec.id, text: spec.text },
          { sourceId: "file", card: cardOf(spec) },
        );
      const ruth = await archive.whoIs("Ruth Quayle");
      expect(ruth.ok && ruth.value.quoteCount).toBe(2);
      const ivor = await archive.whoIs("Ivor Quayle");
      expect(ivor.ok && ivor.value.quoteCount).toBe(1);
    });

    it("GIVEN 'Mr' and a word one carries as a surname, another as a first name THEN the surname bearer only", async () => {
      const found = await archive.whoIs("Mr Morgan");
      expect(found.ok && found.value.person.name).toBe("Dylan Morgan");
      expect(found.ok && found.value.namesakes).toEqual([]);
      const quotes = await archive.quotesBy("Mr Morgan");
      expect(quotes.ok && quotes.value.person.name).toBe("Dylan Morgan");
      // The bare word is any part of a name: the most quoted bearer, the other as a namesake.
      const bare = await archive.whoIs("Morgan");
      expect(bare.ok && bare.value.person.name).toBe("Morgan Pryce");
      expect(bare.ok && bare.value.namesakes.map((p) => p.name)).toEqual(["Dylan Morgan"]);
      // No one else has "Pryce" as a surname; his full name still finds him.
      const pryce = await archive.whoIs("Morgan Pryce");
      expect(pryce.ok && pryce.value.quoteCount).toBe(4);
    });
  });
}
