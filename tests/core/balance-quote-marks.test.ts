import { describe, expect, it } from "vitest";
import { balanceQuoteMarks } from "../../src/core/card/balance-quote-marks.js";

describe("balanceQuoteMarks", () => {
  it.each([
    ["the mayor promised a “fresh start", "the mayor promised a “fresh start”"],
    ['the mayor promised a "fresh start', 'the mayor promised a "fresh start"'],
    ["fresh start” was what the town needed", "“fresh start” was what the town needed"],
    ['fresh start" was what the town needed', '"fresh start" was what the town needed'],
    ["it was «une erreur", "it was «une erreur»"],
    ["it was „ein Fehler", "it was „ein Fehler“"],
  ])(
    "GIVEN %j, a mark without its partner THEN the partner where the article has it",
    (text, out) => {
      expect(balanceQuoteMarks(text)).toBe(out);
    },
  );

  it.each([
    "the council called the plan “a mistake” and voted it down",
    'the council called the plan "a mistake" and voted it down',
    "it was „ein Fehler“ und teuer",
    "the town's harbour and the boats' moorings",
    "the boat is 6'3\" long",
    "no marks at all",
  ])("GIVEN %j THEN it is unchanged", (text) => {
    expect(balanceQuoteMarks(text)).toBe(text);
  });
});
