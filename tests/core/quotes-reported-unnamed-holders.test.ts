import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): views held by a pronoun that names no one, and
// expectations held by no one named.

describe("reported speech: a view held by an unnamed pronoun", () => {
  it("GIVEN 'I think' and 'They believe' with no one to name THEN the view is reported unnamed", () => {
    expect(
      reported("I think the new bridge is too costly. They believe the tax will pass in May."),
    ).toEqual([
      ["think the new bridge is too costly", null],
      ["believe the tax will pass in May", null],
    ]);
  });

  it("GIVEN an inverted auxiliary before the pronoun THEN no view is reported", () => {
    expect(reported("Little did they know the road would close for a year.")).toEqual([]);
  });

  it("GIVEN the pronoun's clause is what another source said THEN it is reported once", () => {
    expect(reported("The council said they want a second vote on the plan.")).toEqual([
      ["they want a second vote on the plan", "The council"],
    ]);
  });

  it("GIVEN 'I' in a transcript line THEN the view is the line's speaker's", () => {
    expect(
      reported(
        "HOST: Welcome back to the show tonight.\n\nMORALES: I just believe that the river plan is the right choice.",
      ),
    ).toEqual([["believe that the river plan is the right choice", "Morales"]]);
  });
});

describe("reported speech: an expectation or a view held by no one named", () => {
  it("GIVEN 'X is expected to …' THEN the clause is reported with no speaker", () => {
    expect(
      reported("The council is expected to approve the budget on Monday, officials hope."),
    ).toEqual([["The council is expected to approve the budget on Monday", null]]);
  });

  it("GIVEN a relative or a subject set off by commas THEN the clause opens where it does", () => {
    expect(reported("The vote, which is widely expected to pass, was delayed.")).toEqual([
      ["which is widely expected to pass", null],
    ]);
    expect(
      reported("The central bank, which has held rates low, is expected to act in May."),
    ).toEqual([["The central bank, which has held rates low, is expected to act in May", null]]);
  });

  it("GIVEN what something 'appears to' be THEN the view is reported with no speaker", () => {
    expect(reported("Support for the levy appears to be fading in the suburbs.")).toEqual([
      ["Support for the levy appears to be fading in the suburbs", null],
    ]);
    // "It appears to …" names nothing, and a clause after "after" opens there.
    expect(reported("It appears to be over for the mill.")).toEqual([]);
    expect(reported("Lee spoke after the board appears to have dropped the plan.")).toEqual([
      ["the board appears to have dropped the plan", null],
    ]);
  });

  it("GIVEN 'seen as' or 'said to' THEN the view is reported with no speaker", () => {
    expect(reported("The senator is widely seen as a moderate in the party.")).toEqual([
      ["The senator is widely seen as a moderate in the party", null],
    ]);
    expect(reported("Aides are said to be furious with the plan.")).toEqual([
      ["Aides are said to be furious with the plan", null],
    ]);
  });

  it("GIVEN 'seen as' in a relative aside THEN it describes the antecedent", () => {
    expect(reported("Lee, who is seen as a moderate, met the mayor on Monday.")).toEqual([]);
  });

  it("GIVEN 'It is expected to …' THEN nothing named is expected", () => {
    expect(reported("It is expected to rise by two points.")).toEqual([]);
  });
});

describe("reported speech: a headline labelled by a poll or a report", () => {
  it("GIVEN 'Poll: …' and a body naming the poll THEN the poll reports the headline", () => {
    expect(
      reported(
        "Poll: Lee leads Ward in the Ohio Senate race\n\nA new poll of likely voters put Lee ahead by four points.",
      ),
    ).toEqual([["Lee leads Ward in the Ohio Senate race", "Poll"]]);
  });

  it("GIVEN 'Report: …' with no report named in the body THEN nothing is reported", () => {
    expect(
      reported(
        "Report: Lee to skip the Ohio debate\n\nLee will be in Texas on Monday for a fundraiser.",
      ),
    ).toEqual([]);
  });
});
