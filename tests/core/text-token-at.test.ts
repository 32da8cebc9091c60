import { describe, expect, it } from "vitest";
import { tokenAt, tokenBefore, tokensIn } from "../../src/core/text/token-at.js";
import { tokenize } from "../../src/core/text/tokenize.js";

describe("token lookups by offset", () => {
  const text = "Ann Cole said, “We won.”";
  const tokens = tokenize(text);

  it("GIVEN an offset THEN tokenAt finds the first token starting there or later, -1 past the end", () => {
    expect(tokens[tokenAt(tokens, 0)]?.text).toBe("Ann");
    expect(tokens[tokenAt(tokens, 5)]?.text).toBe("said");
    expect(tokenAt(tokens, text.length)).toBe(-1);
  });

  it("GIVEN a span THEN tokensIn lists only the tokens wholly inside it", () => {
    const open = text.indexOf("We");
    expect(tokensIn(tokens, open, text.indexOf("”")).map((t) => t.text)).toEqual([
      "We",
      "won",
      ".",
    ]);
  });

  it("GIVEN an offset inside a word THEN tokenBefore is the last token ending before it", () => {
    expect(tokenBefore(tokens, text.indexOf("said") + 2)?.text).toBe("Cole");
    expect(tokenBefore(tokens, 0)).toBeUndefined();
  });
});
