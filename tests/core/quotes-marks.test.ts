import { describe, expect, it } from "vitest";
import { findQuotedSpans } from "../../src/core/text/find-quoted-spans.js";

function quoted(text: string): string[] {
  return findQuotedSpans(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));
}

describe("findQuotedSpans", () => {
  it("GIVEN curly, straight and doubled-apostrophe marks THEN the words inside are found without the attribution comma", () => {
    expect(quoted("“One,” she said. \"Two,\" he said. ''Three,'' they said.")).toEqual(["One", "Two", "Three"]);
  });

  it("GIVEN a straight quote reopened after a finished sentence THEN both quotes are kept", () => {
    expect(quoted('"I think it is unlikely we are going to. "The ball is in their court." It is understood.')).toEqual([
      "I think it is unlikely we are going to.",
      "The ball is in their court.",
    ]);
  });

  it("GIVEN a nested single quote closing with the outer one THEN the outer quote ends there", () => {
    expect(quoted("''I would use the word 'old-school,''' said Mr. Slayton.")).toEqual(["I would use the word 'old-school,'"]);
  });

  it("GIVEN a “ typed as a closing mark THEN it closes the quote", () => {
    expect(quoted("“It's unusual,“ said Larry Noble. “It's hard.”")).toEqual(["It's unusual", "It's hard."]);
  });

  it("GIVEN inch marks after digits THEN no quote opens", () => {
    expect(quoted('He is 6\' 2" tall and weighs 200 pounds.')).toEqual([]);
  });

  it("GIVEN a quote left open at a paragraph's end THEN it runs on and the next paragraph's quote continues it", () => {
    const text = "“First part.\n“Second part,” she said.";
    const spans = findQuotedSpans(text, [{ start: 0, end: 12 }, { start: 13, end: text.length }]);
    expect(spans.map((q) => [text.slice(q.start, q.end), q.runsOn, q.continues])).toEqual([
      ["First part.", true, false],
      ["Second part", false, true],
    ]);
  });
});
