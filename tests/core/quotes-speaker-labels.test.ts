import { describe, expect, it } from "vitest";
import { directSpeakers } from "../fixtures/direct-speakers.js";

/** Hand-written articles (not from any corpus): a speaker named by a label or a short cue. */
const said = directSpeakers;

describe("a digest's line: a summary, a dash, then 'Name:' before the quote", () => {
  it("GIVEN 'Forecasters agree - Dana Orton: “…”' THEN Dana Orton speaks, not the forecasters", () => {
    expect(
      said(
        "Forecasters agree - Dana Orton: “The storm will turn north before it reaches the coast.” [Weather Desk.]",
      ),
    ).toEqual([["The storm will turn north before it reaches the coast.", "Dana Orton"]]);
  });

  it("GIVEN 'Forecasters agree: “…”' with no dash THEN the forecasters are still the source", () => {
    const out = said("Forecasters agree: “The storm will turn north before it reaches the coast.”");
    expect(out[0]?.[1]).not.toBe("Dana Orton");
  });
});

describe("a cue after a finished quote, with only an addressee or a channel after the verb", () => {
  it("GIVEN '“…?” Mara Lind writes to Tom Ebb.' THEN Mara Lind asked, not the earlier speaker", () => {
    expect(
      said(
        "Tom Ebb calls the report “a fine piece of work.” Lind fixates on one line. “Didn’t we use that word first?” Mara Lind writes to Tom Ebb.",
      ),
    ).toEqual([
      ["a fine piece of work.", "Tom Ebb"],
      ["Didn’t we use that word first?", "Mara Lind"],
    ]);
  });

  it("GIVEN 'X asked: “…?” Y then wrote a memo about …' THEN X asked: Y's verb opens a sentence of its own", () => {
    expect(
      said(
        "Tom Ebb asked: “Didn’t we use that word first?” Mara Lind then wrote a memo about the budget.",
      ),
    ).toEqual([["Didn’t we use that word first?", "Tom Ebb"]]);
  });
});
