import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): verbs of stance whose object is the position.

describe("a verb of taking sides reports its object, the verb left as the cue", () => {
  it("GIVEN 'X endorsed NAME on Friday' THEN the name alone is reported", () => {
    expect(reported("Mayor Ellen Ward endorsed Dan Holt on Friday.")).toEqual([
      ["Dan Holt", "Ellen Ward"],
    ]);
  });

  it("GIVEN 'X opposed a plan …' THEN the whole object is reported, not its time", () => {
    expect(
      reported("Governor Tom Reyes opposed a plan to close the river ferry last week."),
    ).toEqual([["a plan to close the river ferry", "Tom Reyes"]]);
  });

  it("GIVEN 'X wants to …' THEN the wish is reported from its 'to'", () => {
    expect(reported("Nora Blake wants to rebuild the old library by 2030.")).toEqual([
      ["to rebuild the old library by 2030", "Nora Blake"],
    ]);
  });

  it("GIVEN a pronoun object THEN the pronoun alone is reported, not what follows", () => {
    expect(reported("Senator Ann Lee backed him in the vote on Friday.")).toEqual([
      ["him", "Ann Lee"],
    ]);
  });

  it("GIVEN a verb after the named object THEN the object ends before it", () => {
    expect(reported("Teachers who supported Dan Holt were angry about the vote.")).toEqual([
      ["Dan Holt", "Teachers"],
    ]);
  });
});

describe("a verb of taking sides that holds no position of its subject reports nothing", () => {
  it("GIVEN a negated endorsement THEN nothing is reported", () => {
    expect(reported("Mayor Ellen Ward has not endorsed a candidate.")).toEqual([]);
  });

  it("GIVEN a passive THEN nothing is reported", () => {
    expect(reported("Dan Holt was also endorsed by the paper.")).toEqual([]);
  });

  it("GIVEN the description of a quote's speaker THEN the endorsement is not reported", () => {
    expect(
      reported("“We will win,” said Ellen Ward, a councillor who endorsed Dan Holt in May."),
    ).toEqual([]);
  });

  it("GIVEN a negated wish THEN the verb stays in the reported clause", () => {
    expect(reported("Nora Blake does not want to raise the bridge tolls.")).toEqual([
      ["does not want to raise the bridge tolls", "Nora Blake"],
    ]);
  });
});
