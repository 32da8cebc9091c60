import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): reported clauses the cue parse used to lose.

describe("a gerund of speech whose subject is the clause's", () => {
  it("GIVEN 'X declined to comment, saying CONTENT' THEN the clause after 'saying' is X's", () => {
    expect(
      reported("Mayor Ellen Ward declined to comment, saying that the audit was still under way."),
    ).toContainEqual(["the audit was still under way", "Ellen Ward"]);
  });

  it("GIVEN 'X won the race by saying CONTENT' THEN the clause after 'saying' is X's", () => {
    expect(
      reported("Mayor Ellen Ward won the race by saying that the old bridge was unsafe."),
    ).toEqual([["the old bridge was unsafe", "Ellen Ward"]]);
  });

  it("GIVEN 'After saying CONTENT, X …' THEN the clause ends at the comma", () => {
    expect(
      reported("After saying she would not run again, Mayor Ellen Ward opened the new library."),
    ).toEqual([["she would not run again", "Ellen Ward"]]);
  });

  it("GIVEN 'X quit before announcing her run' THEN a bare object is no report", () => {
    expect(reported("Mayor Ellen Ward quit the board before announcing her run.")).toEqual([]);
  });

  it("GIVEN 'criticized him for saying CONTENT' THEN the gerund's subject is not the critic", () => {
    expect(
      reported("The council criticized Tom Reyes for saying that the budget was balanced."),
    ).not.toContainEqual(["the budget was balanced", "The council"]);
  });
});

describe("a pronoun no name can be given to", () => {
  it("GIVEN 'they say CONTENT' with no one to refer to THEN the clause is reported with no name", () => {
    expect(reported("They say the county will repave its roads next spring.")).toEqual([
      ["the county will repave its roads next spring", null],
    ]);
  });

  it("GIVEN 'It said CONTENT' with nothing to refer to THEN no clause is reported", () => {
    expect(reported("It said the county would repave its roads next spring.")).toEqual([]);
  });
});

describe("a clause split around its source", () => {
  it("GIVEN 'the permit, his aide said, had been hard to get' THEN the whole clause is reported", () => {
    const texts = reported(
      "Ward held a rally that night - and the permit, her aide said, had been hard to get.",
    ).map(([text]) => text);
    expect(texts).toEqual(["the permit, her aide said, had been hard to get"]);
  });

  it("GIVEN a whole clause before the source and a new one after THEN only one piece is reported", () => {
    expect(
      reported("Taxes will rise next spring, Mayor Ellen Ward said, and the council will vote."),
    ).not.toContainEqual([
      "Taxes will rise next spring, Mayor Ellen Ward said, and the council will vote",
      "Ellen Ward",
    ]);
  });
});

describe("an inverted source with joined roles", () => {
  it("GIVEN '…, said lobbyist and party strategist Name, …' THEN the words before are Name's", () => {
    expect(
      reported(
        "The firm lobbied on zoning, said lobbyist and party strategist Carla Diaz, a former partner.",
      ),
    ).toEqual([["The firm lobbied on zoning", "Carla Diaz"]]);
  });
});
