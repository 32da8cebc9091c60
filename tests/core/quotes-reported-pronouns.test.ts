import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): who a pronoun reporting a clause stands for.

describe("'they' after two people named as a subject", () => {
  it("GIVEN 'A and B brought proposals they said …' THEN they are both people", () => {
    expect(
      reported(
        "Ann Rourke and Trade Minister Paul Endicott brought new offers they said were meant to calm the farmers.",
      ),
    ).toEqual([
      ["offers they said were meant to calm the farmers", "Ann Rourke and Paul Endicott"],
    ]);
  });

  it("GIVEN two people in the sentence before, after a group spoke earlier THEN they are the two", () => {
    expect(
      reported(
        "City officials said the budget would pass.\n\nTom Brantley and Ann Okafor met the mayor on Monday. They said the plan would not survive a vote.",
      ),
    ).toEqual([
      ["the budget would pass", "City officials"],
      ["the plan would not survive a vote", "Tom Brantley and Ann Okafor"],
    ]);
  });

  it("GIVEN one person as the subject THEN 'they' is not that person", () => {
    expect(
      reported("Ann Okafor met the farmers on Monday. They said the plan would ruin them."),
    ).toEqual([["the plan would ruin them", null]]);
  });
});

describe("'they' after a group named by a plural name", () => {
  it("GIVEN 'Democrats are angry. They argue …' THEN they are the Democrats", () => {
    expect(
      reported("Democrats are angry about the new rules. They argue the cuts go too far."),
    ).toEqual([["the cuts go too far", "Democrats"]]);
  });

  it("GIVEN a one-word name with a singular verb THEN 'they' is not that name", () => {
    expect(reported("Reuters has a bureau in the city. They argue the cuts go too far.")).toEqual([
      ["the cuts go too far", null],
    ]);
  });
});

describe("'it' after an organisation, a document or a body named as the subject", () => {
  it("GIVEN 'The Pentagon issued a statement. It said …' THEN the Pentagon speaks", () => {
    expect(
      reported(
        "The Pentagon issued a statement on Friday. It said the strikes had hit their targets.",
      ),
    ).toEqual([["the strikes had hit their targets", "Pentagon"]]);
  });

  it("GIVEN 'The campaign released a letter. It said …' THEN the campaign speaks", () => {
    expect(
      reported("The campaign released a letter. It said voters were tired of the mayor."),
    ).toEqual([["voters were tired of the mayor", "The campaign"]]);
  });

  it("GIVEN a report as subject after a company spoke a paragraph before THEN the report speaks", () => {
    expect(
      reported(
        "Acme Corp said the plant would close.\n\nThe report came out on Monday. It said the plant had been losing money for years.",
      ),
    ).toEqual([
      ["the plant would close", "Acme Corp"],
      ["the plant had been losing money for years", "The report"],
    ]);
  });

  it("GIVEN 'according to X' in the sentence before THEN 'it' is X, not that sentence's subject", () => {
    expect(
      reported(
        "The rebels claimed the attack, according to the Harbor Monitoring Group. It said supporters were sharing the news.",
      ).at(-1),
    ).toEqual(["supporters were sharing the news", "Harbor Monitoring Group"]);
  });

  it("GIVEN a person as the subject before THEN the clause 'it' reports is still dropped", () => {
    expect(
      reported(
        "Ann Okafor issued a statement on Friday. It said the strikes had hit their targets.",
      ),
    ).toEqual([]);
  });

  it("GIVEN the head noun going on with another noun THEN 'it' is not that phrase", () => {
    expect(
      reported("Ms. Ruiz's campaign experiment was short. It said voters were tired."),
    ).toEqual([]);
  });

  it("GIVEN 'it' inside a relative clause THEN it is not the sentence's subject", () => {
    expect(
      reported("The Clean Water Plan is the main tool to meet the target it said it would reach."),
    ).toEqual([]);
  });
});

describe("'they' after a group that spoke", () => {
  it("GIVEN a group that spoke in the sentence before THEN they are that group", () => {
    expect(
      reported("City officials said the budget would pass. They also said taxes would rise."),
    ).toEqual([
      ["the budget would pass", "City officials"],
      ["taxes would rise", "City officials"],
    ]);
  });

  it("GIVEN the group spoke two paragraphs back THEN 'they' is left unnamed", () => {
    expect(
      reported(
        "City officials said the budget would pass.\n\nThe vote is set for June.\n\nThe mayor is away. Still, they say taxes would rise.",
      ),
    ).toEqual([
      ["the budget would pass", "City officials"],
      ["taxes would rise", null],
    ]);
  });
});
