import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): where a reported clause starts and ends.

describe("punctuation right after the cue", () => {
  it("GIVEN 'CONTENT, X said; …' THEN the words before the source are reported", () => {
    expect(
      reported("Taxes will rise next spring, Mayor Ellen Ward said; the council disagreed."),
    ).toEqual([["Taxes will rise next spring", "Ellen Ward"]]);
  });

  it("GIVEN 'X said: CONTENT' THEN the rest of the sentence is reported", () => {
    expect(reported("Mayor Ellen Ward said: the bridge will not reopen before June.")).toEqual([
      ["the bridge will not reopen before June", "Ellen Ward"],
    ]);
  });

  it("GIVEN 'X said: “…”' THEN the quote is direct, not reported", () => {
    expect(reported("Mayor Ellen Ward said: “The bridge will not reopen.”")).toEqual([]);
  });
});

describe("a span of time between the verb and its clause", () => {
  it("GIVEN 'has said for weeks CONTENT' THEN the span is stepped over", () => {
    expect(reported("Mayor Ellen Ward has said for weeks the library may close.")).toEqual([
      ["the library may close", "Ellen Ward"],
    ]);
  });

  it("GIVEN 'said for two years CONTENT' THEN the counted span is stepped over", () => {
    expect(reported("Tom Reyes has said for two years he would not run again.")).toEqual([
      ["he would not run again", "Tom Reyes"],
    ]);
  });
});

describe("a pronoun with its auxiliary contracted onto it is a clause", () => {
  it("GIVEN 'she said she'd …' THEN the two words are reported", () => {
    expect(reported("Mayor Ellen Ward said she'd resign.")).toEqual([
      ["she'd resign", "Ellen Ward"],
    ]);
  });

  it("GIVEN 'he said it’s …' THEN the two words are reported", () => {
    expect(reported("Tom Reyes said it’s over.")).toEqual([["it’s over", "Tom Reyes"]]);
  });
});

describe("verbs of view, likeness, thanks and preference report a position, verb kept", () => {
  it.each([
    [
      "Tom Reyes portrayed the budget as a gift to landlords.",
      "portrayed the budget as a gift to landlords",
    ],
    [
      "Tom Reyes likened the new tax to a penalty on work.",
      "likened the new tax to a penalty on work",
    ],
    [
      "Tom Reyes characterized the vote as a turning point.",
      "characterized the vote as a turning point",
    ],
    [
      "Tom Reyes congratulated the council on its new budget.",
      "congratulated the council on its new budget",
    ],
    [
      "Tom Reyes recommended a review of the water contracts.",
      "recommended a review of the water contracts",
    ],
    [
      "Tom Reyes thanked the volunteers for their long hours.",
      "thanked the volunteers for their long hours",
    ],
    ["Tom Reyes favors a cap on rents in the old town.", "favors a cap on rents in the old town"],
    ["Tom Reyes views the merger as a threat to jobs.", "views the merger as a threat to jobs"],
  ])("GIVEN %s THEN the position is reported", (body, content) => {
    expect(reported(body)).toEqual([[content, "Tom Reyes"]]);
  });
});

describe("where a clause without 'that' starts", () => {
  it("GIVEN 'said he’s unconvinced that …' THEN the clause starts at its pronoun", () => {
    expect(reported("Tom Reyes said he’s unconvinced that the mayor means it.")).toEqual([
      ["he’s unconvinced that the mayor means it", "Tom Reyes"],
    ]);
  });

  it("GIVEN 'told the paper last week she would …' THEN the time after the listener is stepped over", () => {
    expect(
      reported("Mayor Ellen Ward told the Daily Star last week she would not run again."),
    ).toEqual([["she would not run again", "Ellen Ward"]]);
  });

  it("GIVEN a long circumstance before 'that' THEN the clause after 'that' is reported", () => {
    expect(
      reported(
        "Mayor Ellen Ward said in a long interview with the paper's editors on Tuesday that the bridge would close.",
      ),
    ).toEqual([["the bridge would close", "Ellen Ward"]]);
  });

  it("GIVEN 'called on X to … after Y claimed that …' THEN the call keeps its own clause", () => {
    const found = reported(
      "Tom Reyes called on the council to resign after the mayor claimed that the audit was false.",
    );
    expect(found).toContainEqual([
      "the council to resign after the mayor claimed that the audit was false",
      "Tom Reyes",
    ]);
  });
});

describe("a surname ending in -ing", () => {
  it("GIVEN 'Ebling said …' after the full name THEN the surname speaks", () => {
    expect(
      reported("Anna Ebling runs a bakery in Dayton. Ebling said it’s hard to find flour now."),
    ).toEqual([["it’s hard to find flour now", "Anna Ebling"]]);
  });

  it("GIVEN 'Having said that, …' THEN the participle is no speaker", () => {
    expect(reported("Having said that, the council will meet again in May.")).toEqual([]);
  });
});

describe("verbs of seeming, seeking and credit report a position", () => {
  it.each([
    ["Tom Reyes seemed to rule out a second term.", "seemed to rule out a second term"],
    ["Tom Reyes seems ready to drop the rent cap.", "seems ready to drop the rent cap"],
    [
      "Tom Reyes credited the volunteers with saving the library.",
      "credited the volunteers with saving the library",
    ],
  ])("GIVEN %s THEN the position is reported, verb kept", (body, content) => {
    expect(reported(body)).toEqual([[content, "Tom Reyes"]]);
  });
});

describe("a listener after a source set off by a comma", () => {
  it("GIVEN 'CONTENT, X told The Daily Star.' THEN the words before the source are reported", () => {
    expect(
      reported("The boy had been in his second year, a school spokesman told The Daily Star."),
    ).toEqual([["The boy had been in his second year", "a school spokesman"]]);
  });

  it("GIVEN 'CONTENT, X told reporters on Friday.' THEN the words before the source are reported", () => {
    expect(
      reported("The union will sit out the election, Phil Smith told reporters on Friday."),
    ).toEqual([["The union will sit out the election", "Phil Smith"]]);
  });

  it("GIVEN 'X, a Democrat, told reporters she …' THEN the clause after the listener is reported", () => {
    expect(reported("Mayor Ellen Ward, a Democrat, told reporters she would run.")).toEqual([
      ["she would run", "Ellen Ward"],
    ]);
  });
});

describe("a circumstance, then a pronoun with its auxiliary", () => {
  it("GIVEN 'said after the convention he would …' THEN the clause starts at the pronoun", () => {
    expect(reported("Tom Reyes said after the convention he would not accept the offer.")).toEqual([
      ["he would not accept the offer", "Tom Reyes"],
    ]);
  });

  it("GIVEN 'said in an interview.' THEN nothing is reported", () => {
    expect(reported("Tom Reyes said in an interview at his home.")).toEqual([]);
  });
});

describe("a demonstrative description speaks", () => {
  it("GIVEN 'That person said …' THEN the description is the speaker", () => {
    expect(
      reported("A source close to the mayor spoke. That person said the audit hampered the plan."),
    ).toEqual([["the audit hampered the plan", "That person"]]);
  });

  it("GIVEN a relative or concession set off right after the clause's subject THEN the clause goes on past it", () => {
    expect(
      reported("Dana Hollis said the mill, which opened in 1950, would close in May."),
    ).toEqual([["the mill, which opened in 1950, would close in May", "Dana Hollis"]]);
    expect(
      reported("Tom Reyes said the mayor, despite the audit, remains the favourite to win."),
    ).toEqual([["the mayor, despite the audit, remains the favourite to win", "Tom Reyes"]]);
    // After a whole clause the relative is the writer's own: the report ends before it.
    expect(
      reported("Tom Reyes said the audit delayed the plan, which angered the council."),
    ).toEqual([["the audit delayed the plan", "Tom Reyes"]]);
  });

  it("GIVEN 'according to' inside a parenthesis THEN the words from the parenthesis's opening are reported", () => {
    expect(
      reported(
        "Small towns like Ashby (nine in ten voted early there, according to county records) backed the levy.",
      ),
    ).toEqual([["nine in ten voted early there", "county records"]]);
  });

  it("GIVEN an abbreviation's stop before a comma THEN the sentence goes on", () => {
    expect(
      reported("The company was founded in Boca Raton, Fla., in 2011, according to state records."),
    ).toEqual([["The company was founded in Boca Raton, Fla., in 2011", "state records"]]);
  });
});
