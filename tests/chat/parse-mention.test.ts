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
  ["make me a sandwich", { kind: "unparsed" }],
];

describe("parseMention (no model, no network)", () => {
  it.each(cases)("GIVEN %j THEN %j", (text, intent) => {
    expect(parseMention(cleanInput(text))).toEqual(intent);
  });
});
