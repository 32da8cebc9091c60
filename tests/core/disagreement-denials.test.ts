import { describe, expect, it } from "vitest";
import { buildCard } from "../../src/core/build-card.js";

const parties = (text: string) =>
  buildCard({ text })
    .disagreement?.sides.map((s) => s.party)
    .sort() ?? null;

describe("key disagreement: denials and claims", () => {
  it("GIVEN a headline denial and two speakers at odds on one topic THEN the denier and the other speaker are the sides", () => {
    const text = [
      "BBC denies Castle Quest comeback",
      "",
      "The BBC has said there are no plans in the pipeline for a new series of the comedy Castle Quest.",
      "",
      'Tom Feltham, who played the squire, told a radio show the star was "keen" and said he would love to make another series of Castle Quest. But the BBC said on Thursday there were no plans for a new series.',
    ].join("\n");
    expect(parties(text)).toEqual(["BBC", "Tom Feltham"]);
  });

  it("GIVEN only a denial in the body answering nobody named THEN two allies speaking on one topic are no dispute", () => {
    const text = [
      "Minister backs finance plan",
      "",
      "Prime Minister John Harrow has backed Finance Minister Peter Caldwell's spending plans for the coming year.",
      "",
      "Mr Caldwell earlier denied his forecasts for the spending plans were too optimistic. Mr Harrow said the spending plans were sound and praised Mr Caldwell.",
    ].join("\n");
    expect(parties(text)).toBeNull();
  });

  it("GIVEN 'it was wrong to suggest X would oust Y' and 'dismissed claims of a rift' THEN the speaker is not set against X or Y", () => {
    const text = [
      "Campaign rift denied",
      "",
      "The government has denied reports that Peter Caldwell is preparing to replace Anne Morton as campaign chief.",
      "",
      'Minister Alan Jessop said it was wrong to suggest Mr Caldwell would oust Ms Morton. "They were wrong when they said Morton was ousting Caldwell and they are wrong now if they are saying Caldwell is ousting Morton," Mr Jessop said. Ms Morton has repeatedly said Mr Caldwell was key to the campaign and dismissed claims of a rift.',
    ].join("\n");
    expect(parties(text)).toBeNull();
  });
});
