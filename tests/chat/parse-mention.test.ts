import { describe, expect, it } from "vitest";
import { cleanInput } from "../../src/app/chat/clean-input.js";
import { parseMention } from "../../src/app/chat/parse-mention.js";

const cases: Array<[string, unknown]> = [
  ["what did Putin say?", { kind: "quotes", person: "Putin" }],
  ["What did Lavrov say about Iran?", { kind: "quotes", person: "Lavrov", about: "Iran" }],
  ["what has Rice said on sanctions", { kind: "quotes", person: "Rice", about: "sanctions" }],
  ["quotes from Vladimir Putin", { kind: "quotes", person: "Vladimir Putin" }],
  ["who said 'should be frozen'?", { kind: "who-said", phrase: "should be frozen" }],
  ["Who said “we will sanction them”", { kind: "who-said", phrase: "we will sanction them" }],
  ["who is Saradzhyan?", { kind: "who-is", person: "Saradzhyan" }],
  ["who's Simon Saradzhyan", { kind: "who-is", person: "Simon Saradzhyan" }],
  ["brief me", { kind: "brief", query: "" }],
  ["please brief me on the missile shield", { kind: "brief", query: "the missile shield" }],
  ["what's new?", { kind: "whats-new" }],
  ["hey, anything new?", { kind: "whats-new" }],
  ["help", { kind: "help" }],
  ["/who-said should be frozen", { kind: "who-said", phrase: "should be frozen" }],
  ["/quotes Lavrov about Iran", { kind: "quotes", person: "Lavrov", about: "Iran" }],
  ["/dance", { kind: "unknown-command", name: "dance" }],
  ["", { kind: "empty" }],
  ["?", { kind: "empty" }],
  ["Что сказал Путин?", { kind: "foreign" }],
  ["普京说了什么？", { kind: "foreign" }],
  ["make me a sandwich", { kind: "unparsed", text: "make me a sandwich" }],
  ["Blair Iraq", { kind: "unparsed", text: "Blair Iraq" }],
  // The forms people type about a person, and about a thing.
  ["what has Blair said", { kind: "quotes", person: "Blair" }],
  ["What's Brown said about tax?", { kind: "quotes", person: "Brown", about: "tax" }],
  [
    "what has Tony Blair been saying about the Iraq war?",
    { kind: "quotes", person: "Tony Blair", about: "the Iraq war" },
  ],
  ["what does Kennedy think about Iraq", { kind: "quotes", person: "Kennedy", about: "Iraq" }],
  [
    "what is Howard saying on immigration",
    { kind: "quotes", person: "Howard", about: "immigration" },
  ],
  [
    "did Blunkett say anything about ID cards?",
    { kind: "quotes", person: "Blunkett", about: "ID cards" },
  ],
  ["has Brown said anything", { kind: "quotes", person: "Brown" }],
  ["Blair's views on Iraq", { kind: "quotes", person: "Blair", about: "Iraq" }],
  ["Hewitt quotes", { kind: "quotes", person: "Hewitt" }],
  ["show me quotes from Howard on tax", { kind: "quotes", person: "Howard", about: "tax" }],
  ["who was Milburn", { kind: "who-is", person: "Milburn" }],
  ["tell me about Charles Kennedy", { kind: "about", subject: "Charles Kennedy" }],
  ["can you tell me more about Yukos", { kind: "about", subject: "Yukos" }],
  ["any news on Yukos?", { kind: "about", subject: "Yukos" }],
  ["is there anything new on Yukos", { kind: "about", subject: "Yukos" }],
  ["what happened with Yukos?", { kind: "about", subject: "Yukos" }],
  ["what's the latest on the Iraq war", { kind: "about", subject: "the Iraq war" }],
  ["what's going on with Yukos", { kind: "about", subject: "Yukos" }],
  ["what about Mourinho", { kind: "about", subject: "Mourinho" }],
  ["search for Yukos", { kind: "about", subject: "Yukos" }],
  ["who said 'we need more words'", { kind: "who-said", phrase: "we need more words" }],
];

describe("parseMention (no model, no network)", () => {
  it.each(cases)("GIVEN %j THEN %j", (text, intent) => {
    expect(parseMention(cleanInput(text))).toEqual(intent);
  });
});
