import { describe, expect, it } from "vitest";
import { REPORTING_VERBS } from "../../src/core/lexicon/reporting-verbs.js";
import { SAY_CONTENT_VERBS, STANCE_VERBS } from "../../src/core/lexicon/reported-speech-verbs.js";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus), one rule class each.

describe("reported speech", () => {
  it("GIVEN 'said that' followed by a verb THEN 'that' is the clause's subject and stays", () => {
    expect(reported("Ann Cole said that may have been the most important result.")).toEqual([
      ["that may have been the most important result", "Ann Cole"],
    ]);
  });

  it("GIVEN a denial THEN the reported clause keeps the verb, so its negation cannot vanish", () => {
    expect(reported("Mikhail Brodsky denied any involvement in the fraud scheme.")).toEqual([
      ["denied any involvement in the fraud scheme", "Mikhail Brodsky"],
    ]);
  });

  it("GIVEN a negated verb THEN the clause keeps 'did not'", () => {
    expect(reported("Helen Park did not expect the council to approve the budget.")).toEqual([
      ["did not expect the council to approve the budget", "Helen Park"],
    ]);
  });

  it("GIVEN a source set off inside its content THEN the clause around it is reported", () => {
    expect(
      reported("The new road, Mayor Tom Reyes said, will open to traffic next spring."),
    ).toEqual([
      ["The new road, Mayor Tom Reyes said, will open to traffic next spring", "Tom Reyes"],
    ]);
  });

  it("GIVEN 'told' with a listener and no 'that' THEN the content follows the listener", () => {
    expect(reported("Carla Diaz told reporters the budget would pass this week.")).toEqual([
      ["the budget would pass this week", "Carla Diaz"],
    ]);
  });

  it("GIVEN a source after a comma with no quotation marks THEN the content is before it", () => {
    expect(
      reported("Local schools need more money for teachers, said Maria Lopez, a county official."),
    ).toEqual([["Local schools need more money for teachers", "Maria Lopez"]]);
  });

  it("GIVEN 'said in an interview.' or 'said happily on TV' THEN nothing is reported", () => {
    expect(reported("Jon Bell said in an interview. Ray Fox said happily on television.")).toEqual(
      [],
    );
  });

  it("GIVEN a reporting verb that closes a subordinate clause THEN the content stops at its comma", () => {
    expect(
      reported("While Dana Kim says the plan is far too costly, her rivals want it passed."),
    ).toEqual([
      ["the plan is far too costly", "Dana Kim"],
      ["it passed", "her rivals"],
    ]);
  });

  it("GIVEN a stance verb as a noun or a passive THEN no stance of a named holder is reported", () => {
    // The passive expectation is held by no one named: reported unnamed, as a whole clause.
    expect(
      reported("Their hopes of a deal faded. The vote is expected to be close tomorrow."),
    ).toEqual([["The vote is expected to be close tomorrow", null]]);
  });
});

describe("the lexicon", () => {
  it("GIVEN a lemma THEN every regular form is listed once for all rules", () => {
    for (const form of ["testify", "testifies", "testified", "testifying"])
      expect(REPORTING_VERBS.has(form)).toBe(true);
    expect(SAY_CONTENT_VERBS.has("said")).toBe(true);
    expect(STANCE_VERBS.has("denied")).toBe(true);
    expect(STANCE_VERBS.has("said")).toBe(false);
  });
});
