import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/app/reply.js";
import { namesakeArticles } from "../fixtures/namesake-articles.js";
import { chatWorld, replyText } from "./fixtures/chat-world.js";

async function world() {
  const w = chatWorld();
  for (const spec of namesakeArticles) await w.add(spec);
  return w;
}

async function mention(text: string): Promise<Reply> {
  return (await world()).ask({ kind: "mention", text });
}

describe("a surname several people carry", () => {
  it("GIVEN 'what did Blair say about Iraq?' THEN Tony Blair's words, the other Blairs offered", async () => {
    const reply = await mention("what did Blair say about Iraq?");
    expect(reply.text).toMatch(/^What Tony Blair \(Prime Minister\) said about “Iraq”: 1 quote/);
    const others = reply.sections.find((s) => s.title === "Others called “Blair”");
    const items = others?.blocks.flatMap((b) => (b.type === "list" ? b.items : []));
    expect(items).toEqual([
      "Ian Blair (Metropolitan Police Commissioner) — /quotes Ian Blair about Iraq",
      "Cherie Blair (barrister) — /quotes Cherie Blair about Iraq",
    ]);
  });

  it("GIVEN /quotes Mr Blair THEN Tony Blair", async () => {
    const reply = await (await world()).ask({ kind: "command", name: "quotes", args: "Mr Blair" });
    expect(reply.text).toMatch(/^What Tony Blair \(Prime Minister\) said: 5 quotes/);
  });

  it("GIVEN 'who is Hewitt?' THEN Patricia Hewitt, never a no-match, Gavin Hewitt as the other", async () => {
    const text = replyText(await mention("who is Hewitt?"));
    expect(text).toMatch(/^Patricia Hewitt: Trade and Industry Secretary\./);
    expect(text).not.toMatch(/no match|no one called/i);
    expect(text).toContain("Gavin Hewitt (BBC Europe correspondent) — who is Gavin Hewitt?");
  });

  it("GIVEN 'who is Brown?' THEN one Gordon Brown with all his quotes, no garbled second", async () => {
    const text = replyText(await mention("who is Brown?"));
    expect(text).toMatch(/^Gordon Brown: Chancellor of the Exchequer\./);
    expect(text).toContain("3 (/quotes Gordon Brown)");
    expect(text).not.toContain("Exchequer Gordon Brown");
    expect(text).toContain("Nick Brown (Labour MP)");
  });

  it("GIVEN two equally quoted people on a name THEN 'who is' says several, not no-match", async () => {
    const w = await world();
    await w.add({
      id: "smiths",
      date: "2004-03-20",
      text: 'Two Smiths\n\nJohn Smith said "the harvest was poor." Jane Smith said "prices will fall."',
      quotes: [
        { words: "the harvest was poor.", name: "John Smith" },
        { words: "prices will fall.", name: "Jane Smith" },
      ],
    });
    const reply = await w.ask({ kind: "mention", text: "who is Smith?" });
    expect(reply.text).toMatch(/^Several people are called “Smith”: J\w+ Smith; J\w+ Smith\./);
  });
});

describe("the forms people type", () => {
  it.each([
    ["what did Blair say about Iraq?", "Iraqi people now have a future."],
    ["what has Blair said", "There will be no election this spring,"],
    ["what did Mr Blair say on elections?", "the next elections would be fought on schools"],
    ["Blair's views on the economy", "Our economic record speaks for itself,"],
    ["what's Brown said about taxes?", "there will be no rise in income tax."],
    ["did Brown say anything about the economy?", "the economy would grow by three per cent"],
    ["what does Kennedy think about the harvest?", "the harvest was the worst in twenty years."],
    ["how does Kennedy feel about Iraq", "the war in Iraq was a grave mistake."],
    ["quotes from Hewitt on broadband", "broadband must reach every village."],
    ["tell me about Charles Kennedy", "Charles Kennedy: Liberal Democrat leader."],
    ["who's Gavin Hewitt", "Gavin Hewitt: BBC Europe correspondent."],
    ["any news on Yukos?", "Yukos faces a new tax bill"],
    ["what happened with Yukos?", "Yukos faces a new tax bill"],
    ["is there anything new about Yukos", "Yukos faces a new tax bill"],
    ["tell me about the wet summer", "Farmers count the cost of the wet summer"],
  ])("GIVEN %j THEN the answer has %j", async (question, expected) => {
    expect(replyText(await mention(question))).toContain(expected);
  });
});

describe("a mention no question shape fits", () => {
  it("GIVEN 'Blair Iraq' THEN the closest reading is answered and said", async () => {
    const reply = await mention("Blair Iraq");
    expect(reply.text).toMatch(/^Read as “what did Blair say about Iraq\?”: What Tony Blair/);
    expect(reply.sections[0]?.blocks[0]).toEqual({
      type: "paragraph",
      text: "I read “Blair Iraq” as “what did Blair say about Iraq?” — ask it that way, or see /help for the questions I know.",
    });
    expect(replyText(reply)).toContain("Iraqi people now have a future.");
  });

  it("GIVEN a name alone THEN it reads as who is", async () => {
    const reply = await mention("Patricia Hewitt");
    expect(reply.text).toMatch(/^Read as “who is Patricia Hewitt\?”: Patricia Hewitt: Trade/);
  });

  it("GIVEN words that name no one THEN the articles they find, with the reading said", async () => {
    const reply = await mention("Yukos back taxes");
    expect(reply.text).toMatch(/^Read as “\/brief Yukos back taxes”: Yukos faces a new tax bill/);
  });

  it.each(["could you please show me something?", "what do you think", "anything for me"])(
    "GIVEN %j, only asking words THEN it reads as what's new, with the hint, never a bare miss",
    async (asked) => {
      const reply = await mention(asked);
      expect(reply.text).toMatch(/^Read as “what's new\?”: The 3 newest articles: /);
      expect(reply.sections[0]?.blocks[0]).toEqual({
        type: "paragraph",
        text: `I read “${asked.replace(/\?$/, "")}” as “what's new?” — ask it that way, or see /help for the questions I know.`,
      });
      expect(reply.sections.length).toBeGreaterThan(1);
      expect(replyText(reply)).not.toMatch(/could not tell|did not understand/i);
    },
  );

  it("GIVEN a question shape around a pronoun THEN its other words are read, not 'no quotes from you'", async () => {
    const reply = await mention("what did you say about Yukos?");
    expect(reply.text).toMatch(/^Read as “\/brief Yukos”: Yukos faces a new tax bill/);
    expect(replyText(reply)).not.toMatch(/no quotes from/i);
  });

  it("GIVEN words the archive has nothing on THEN an honest no-match, still with the reading", async () => {
    const reply = await mention("sandwich please");
    expect(reply.text).toBe(
      "Read as “/brief sandwich”: No match: no article in the archive matches “sandwich”.",
    );
  });
});

describe("reported speech", () => {
  it("GIVEN near misses that are reported speech THEN the Also close lines give them no quotation marks", async () => {
    const w = await world();
    await w.add({
      id: "bridge",
      date: "2004-03-21",
      text: [
        "Bridge opening date disputed",
        "",
        'Mayor Ola Dahl said the new bridge would open in May. Engineer Per Lind said the new bridge would open in June at the earliest. "The new bridge would open in June, not May," Lind said.',
      ].join("\n"),
      quotes: [
        {
          words: "the new bridge would open in May",
          name: "Ola Dahl",
          role: "mayor",
          kind: "indirect",
        },
        {
          words: "the new bridge would open in June at the earliest",
          name: "Per Lind",
          role: "engineer",
          kind: "indirect",
        },
        {
          words: "The new bridge would open in June, not May,",
          name: "Per Lind",
          role: "engineer",
        },
      ],
    });
    const reply = await w.ask({
      kind: "command",
      name: "who-said",
      args: "the new bridge would open",
    });
    const close = reply.sections.find((s) => s.title === "Also close");
    const items = close?.blocks.flatMap((b) => (b.type === "list" ? b.items : [])) ?? [];
    expect(items).toHaveLength(2);
    expect(items.filter((i) => i.includes("in May"))).toEqual([
      "(reported) the new bridge would open in May — Ola Dahl, mayor (2004-03-21)",
    ]);
    expect(items.filter((i) => i.includes("at the earliest"))).toEqual([
      "(reported) the new bridge would open in June at the earliest — Per Lind, engineer (2004-03-21)",
    ]);
    for (const item of items) expect(item).not.toMatch(/[“”"]/);
  });
});
