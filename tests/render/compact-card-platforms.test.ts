import { describe, expect, it } from "vitest";
import type { DiscordMessage } from "../../src/adapters/discord/discord-limits.js";
import { renderDiscordMessages } from "../../src/adapters/discord/render-discord-messages.js";
import type { SlackMessage } from "../../src/adapters/slack/slack-limits.js";
import { renderSlackMessages } from "../../src/adapters/slack/render-slack-messages.js";
import { renderTerminalReply } from "../../src/adapters/terminal/render-terminal-reply.js";
import { composeBriefing } from "../../src/app/briefings/compose-briefing.js";
import type { Reply } from "../../src/app/reply.js";
import { renderCardMarkdown } from "../../src/core/card/render-card-markdown.js";
import { renderCardText } from "../../src/core/card/render-card-text.js";
import { testCard, type CardSpec } from "../fixtures/test-card.js";
import { chatWorld } from "../chat/fixtures/chat-world.js";

// A promise quoted and repeated elsewhere as a step, a dated step with no actor sooner than a
// dated one with an actor, an undated step, and a disagreement with positions of its own words.
const harbour: CardSpec = {
  id: "harbour-toll",
  date: "2026-11-20",
  text: [
    "Harbour toll splits town",
    "",
    "The harbour board and the fishermen disagree over the new toll.",
    "\u201cWe will cut the toll for small boats in June,\u201d the board chair, Mia Berg, said.",
    "Berg told the council we will cut the toll for small boats in June.",
    "Fisherman Tom Hale said the toll would ruin the small fleet.",
    "Trader Eva Lund said the toll would ruin the fish market.",
    "Fishermen may protest. A court will rule on the toll on Monday.",
    "The board will meet the fishermen on Tuesday.",
  ].join("\n"),
  quotes: [
    {
      words: "We will cut the toll for small boats in June,",
      name: "Mia Berg",
      role: "board chair",
    },
    {
      words: "the toll would ruin the small fleet",
      name: "Tom Hale",
      role: "fisherman",
      kind: "indirect",
    },
    {
      words: "the toll would ruin the fish market",
      name: "Eva Lund",
      role: "trader",
      kind: "indirect",
    },
  ],
  topic: "the new toll",
  sides: [
    ["harbour board", "wants cheaper berths", "We will cut the toll for small boats in June"],
    ["fishermen", "fear for the fleet", "the toll would ruin the small fleet"],
  ],
  nextSteps: [
    { words: "We will cut the toll for small boats in June", actor: "Mia Berg", when: "2027-06" },
    {
      words: "Berg told the council we will cut the toll for small boats in June",
      actor: "Mia Berg",
      when: "2027-06",
    },
    { words: "Fishermen may protest", actor: null, when: null },
    { words: "A court will rule on the toll on Monday", actor: null, when: "2026-11-23" },
    {
      words: "The board will meet the fishermen on Tuesday",
      actor: "harbour board",
      when: "2026-11-24",
    },
  ],
};

/** How often the promise shows, whatever its case. */
const promiseCount = (text: string) =>
  text.toLowerCase().split("we will cut the toll for small boats in june").length - 1;

// What a reader sees, in order, on each platform.
function slackText(messages: SlackMessage[]): string {
  const out: string[] = [];
  for (const message of messages)
    for (const block of message.blocks ?? []) {
      const b = block as {
        text?: { text: string };
        fields?: { text: string }[];
        elements?: { text: string }[];
      };
      if (b.text) out.push(b.text.text);
      for (const field of b.fields ?? []) out.push(field.text);
      for (const element of b.elements ?? []) out.push(element.text);
    }
  return out.join("\n");
}

// An embed shows its description, then its fields: the order a Discord reader sees.
function discordText(messages: DiscordMessage[]): string {
  const out: string[] = [];
  for (const message of messages)
    for (const embed of message.embeds) {
      if (embed.title) out.push(embed.title);
      if (embed.description) out.push(embed.description);
      for (const field of embed.fields ?? []) out.push(`${field.name}: ${field.value}`);
    }
  return out.join("\n");
}

const surfaces = (reply: Reply): Array<[string, string]> => [
  ["slack", slackText(renderSlackMessages(reply))],
  ["discord", discordText(renderDiscordMessages(reply))],
  ["terminal", renderTerminalReply(reply)],
];

/** The reported words never sit next to a quotation mark, straight or curly. */
function expectUnquoted(text: string, words: string, where: string): void {
  const at = text.indexOf(words);
  expect(at, `${where}: ${words}`).toBeGreaterThanOrEqual(0);
  const marks = /["“”„«»]/;
  for (let i = at; i >= 0; i = text.indexOf(words, i + 1)) {
    expect(text.slice(Math.max(0, i - 3), i), `${where} before`).not.toMatch(marks);
    const after = text.slice(i + words.length, i + words.length + 3);
    expect(after, `${where} after`).not.toMatch(marks);
  }
}

/** Each needle appears, and in the order given. */
function expectInOrder(text: string, needles: string[], where: string): void {
  const places = needles.map((needle) => text.indexOf(needle));
  places.forEach((place, i) => expect(place, `${where}: ${needles[i]}`).toBeGreaterThanOrEqual(0));
  expect(places, where).toEqual([...places].sort((a, b) => a - b));
}

async function world() {
  const w = chatWorld();
  await w.add(harbour);
  return w;
}

describe("a compact card on every platform", () => {
  const order = [
    "At odds",
    "wants cheaper berths",
    "fear for the fleet",
    "We will cut the toll for small boats in June",
    "the toll would ruin the small fleet",
    "The board will meet the fishermen on Tuesday",
    "A court will rule on the toll on Monday",
    "Fishermen may protest",
  ];

  it("GIVEN /brief THEN the disagreement first, quotes next, the named dated step first, and the quoted step not repeated", async () => {
    const reply = await (await world()).ask({ kind: "command", name: "brief", args: "harbour" });
    for (const [where, text] of surfaces(reply)) {
      expectInOrder(text, order, where);
      // The promise is shown once, as the quote; its step is not listed again.
      expect(promiseCount(text), where).toBe(1);
    }
  });

  it("GIVEN a briefing THEN the same order and no repeat, within two steps", async () => {
    const w = await world();
    const { reply } = composeBriefing(await w.archive.latestCards({ limit: 5 }), {
      maxCards: 5,
      quietWhenEmpty: false,
    });
    if (!reply) throw new Error("a briefing with a card has a reply");
    for (const [where, text] of surfaces(reply)) {
      expectInOrder(
        text,
        [
          "At odds",
          "fear for the fleet",
          "We will cut the toll",
          "The board will meet",
          "A court will",
        ],
        where,
      );
      expect(text, where).not.toContain("Fishermen may protest");
      expect(promiseCount(text), where).toBe(1);
    }
  });
});

describe("reported speech on every surface", () => {
  const reported = "the toll would ruin the small fleet";

  it.each([
    ["brief", "harbour"],
    ["quotes", "Tom Hale"],
    ["who-said", "the toll would ruin"],
  ] as const)(
    "GIVEN /%s %s THEN the reported words have no quotation marks",
    async (name, args) => {
      const reply = await (await world()).ask({ kind: "command", name, args });
      if (reply.text.includes(reported)) expectUnquoted(reply.text, reported, "reply text");
      for (const [where, text] of surfaces(reply)) expectUnquoted(text, reported, where);
    },
  );

  it("GIVEN /who-said with a reported near miss THEN its Also close line has no quotation marks", async () => {
    const reply = await (
      await world()
    ).ask({
      kind: "command",
      name: "who-said",
      args: "the toll would ruin",
    });
    const close = reply.sections.find((s) => s.title === "Also close");
    expect(JSON.stringify(close)).toContain("would ruin");
    for (const [where, text] of surfaces(reply)) {
      expectUnquoted(text, "the toll would ruin the fish market", where);
      expectUnquoted(text, reported, where);
    }
  });

  it("GIVEN a briefing, the card's text and its Markdown THEN the reported words have no quotation marks", async () => {
    const w = await world();
    const { reply } = composeBriefing(await w.archive.latestCards({ limit: 5 }), {
      maxCards: 5,
      quietWhenEmpty: false,
    });
    if (!reply) throw new Error("a briefing with a card has a reply");
    // Two quotes in a briefing: the direct one and the first reported one.
    for (const [where, text] of surfaces(reply)) expectUnquoted(text, reported, where);
    const card = testCard(harbour);
    expectUnquoted(renderCardText(card, 400), reported, "card text");
    expectUnquoted(renderCardMarkdown(card), reported, "card markdown");
  });
});

describe("reported speech cut inside words it quotes", () => {
  // The span stops before the article's closing mark: shown alone, the mark would open a quote
  // that never ends, and the report would read as a quotation.
  const spec: CardSpec = {
    id: "ferry",
    date: "2026-11-21",
    text: 'Ferry plan\n\nCaptain Ivo Marsh said the new timetable was a "fresh start for the island" and would begin soon.',
    quotes: [
      {
        words: 'the new timetable was a "fresh start for the island',
        name: "Ivo Marsh",
        role: "captain",
        kind: "indirect",
      },
    ],
  };

  it.each([
    ["brief", "ferry"],
    ["quotes", "Ivo Marsh"],
    ["who-said", "the new timetable"],
  ] as const)(
    "GIVEN /%s %s THEN the quoted words are closed and the report is not in marks",
    async (name, args) => {
      const w = chatWorld();
      await w.add(spec);
      const reply = await w.ask({ kind: "command", name, args });
      for (const [where, text] of surfaces(reply)) {
        expect(text, where).toContain('the new timetable was a "fresh start for the island"');
        expectUnquoted(text, "the new timetable", where);
      }
    },
  );

  it("GIVEN the card's text and Markdown THEN the same", () => {
    const card = testCard(spec);
    for (const text of [renderCardText(card, 400), renderCardMarkdown(card)])
      expect(text).toContain('the new timetable was a "fresh start for the island"');
  });
});
