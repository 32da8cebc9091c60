import { describe, expect, it } from "vitest";
import { splitText, truncateText } from "../../src/app/render/split-text.js";

const graphemes = (text: string) =>
  [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].map((s) => s.segment);

/** True when every piece is a run of whole grapheme clusters of `text`. */
function wholeClusters(text: string, pieces: string[]): boolean {
  const clusters = new Set(graphemes(text));
  return pieces.every((piece) => graphemes(piece).every((cluster) => clusters.has(cluster)));
}

describe("splitText", () => {
  it("GIVEN text that fits THEN it is one piece, and blank text is none", () => {
    expect(splitText("short", 5)).toEqual(["short"]);
    expect(splitText("", 5)).toEqual([]);
    expect(splitText("  \n ", 5)).toEqual([]);
  });

  it("GIVEN paragraphs THEN it breaks between paragraphs before lines or words", () => {
    const text = "First paragraph here.\nstill first\n\nSecond one.";
    expect(splitText(text, 40)).toEqual(["First paragraph here.\nstill first", "Second one."]);
  });

  it("GIVEN lines and no paragraph break THEN it breaks at a line before a word", () => {
    expect(splitText("one two three\nfour five six", 20)).toEqual([
      "one two three",
      "four five six",
    ]);
  });

  it("GIVEN words THEN it breaks between words only", () => {
    expect(splitText("alpha beta gamma delta", 11)).toEqual(["alpha beta", "gamma delta"]);
    expect(splitText("a bb ccccccccc", 10)).toEqual(["a bb", "ccccccccc"]);
  });

  it("GIVEN a word longer than the limit THEN only that word is cut, between clusters", () => {
    const word = "x".repeat(25);
    expect(splitText(`ab ${word}`, 10)).toEqual([
      "ab",
      "x".repeat(10),
      "x".repeat(10),
      "x".repeat(5),
    ]);
  });

  it("GIVEN surrogate pairs, ZWJ sequences, flags and combining marks THEN none is ever split", () => {
    const text = "😀👩‍👩‍👧🇺🇦e\u0301\u0302n\u0303".repeat(12);
    // The family emoji is 8 UTF-16 units: every limit from there on fits each cluster whole.
    for (const max of [8, 9, 11, 13, 20, 31]) {
      const pieces = splitText(text, max);
      expect(pieces.join("")).toBe(text);
      for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(max);
      expect(wholeClusters(text, pieces)).toBe(true);
    }
  });

  it("GIVEN a cluster wider than the limit THEN it is cut between code points, never in a pair", () => {
    const family = "👩‍👩‍👧";
    const pieces = splitText(family, 3);
    expect(pieces.join("")).toBe(family);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(3);
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it("GIVEN backslash escapes THEN an escape stays with the character it escapes", () => {
    const pieces = splitText("\\*".repeat(30), 7);
    expect(pieces.join("")).toBe("\\*".repeat(30));
    for (const piece of pieces) expect(piece).toMatch(/^(\\\*)+$/);
  });

  it("GIVEN a measure THEN pieces fit the measured (escaped) length", () => {
    const escaped = (s: string) => s.replace(/&/g, "&amp;").length;
    const pieces = splitText("a&b ".repeat(20), 12, escaped);
    expect(pieces.join(" ")).toBe("a&b ".repeat(20).trim());
    for (const piece of pieces) expect(escaped(piece)).toBeLessThanOrEqual(12);
  });
});

describe("truncateText", () => {
  it("GIVEN text that fits THEN it is unchanged", () => {
    expect(truncateText("short", 5)).toBe("short");
  });

  it("GIVEN a word boundary past half the room THEN it cuts there with an ellipsis", () => {
    expect(truncateText("alpha beta gamma", 13)).toBe("alpha beta…");
  });

  it("GIVEN one long word THEN it cuts between clusters", () => {
    expect(truncateText("abcdefghij", 5)).toBe("abcd…");
    expect(truncateText("ab😀cd", 4)).toBe("ab…");
    expect(truncateText("👩‍👩‍👧👩‍👩‍👧", 10)).toBe("👩‍👩‍👧…");
  });

  it("GIVEN no room THEN the ellipsis alone, or nothing", () => {
    expect(truncateText("abc", 1)).toBe("…");
    expect(truncateText("abc", 0)).toBe("");
  });
});
