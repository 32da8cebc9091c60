import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

/** Hand-written sentences (not from any corpus): a cue word read as the object of a verb. */
describe("a cue word after an article and an adjective is a noun, its holder the verb's subject", () => {
  it("GIVEN 'sounded a cautious note about' THEN the subject of 'sounded' speaks", () => {
    expect(reported("Senator Ann Lee sounded a cautious note about the budget deal.")).toEqual([
      ["about the budget deal", "Ann Lee"],
    ]);
  });

  it("GIVEN 'offered her firmest promise yet that' THEN the subject of 'offered' speaks", () => {
    expect(
      reported(
        "Mayor Dana Hollis offered her firmest promise yet that the library would stay open.",
      ),
    ).toEqual([["promise yet that the library would stay open", "Dana Hollis"]]);
  });

  it("GIVEN a plural subject before an inflected verb THEN the subject is kept as read", () => {
    expect(reported("Tom Reyes argued the local residents say the road is unsafe.")).toContainEqual(
      ["the road is unsafe", "the local residents"],
    );
  });
});
