import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): subjects of "say" that other readers split.

describe("reported speech: subjects of a verb of saying", () => {
  it("GIVEN a name with a generational suffix THEN the whole name speaks", () => {
    expect(
      reported("Governor Martin L. Pruitt Jr. said the bridge would reopen in the spring."),
    ).toEqual([["the bridge would reopen in the spring", "Martin L. Pruitt Jr"]]);
  });

  it("GIVEN a surname that is also a word of office, then a state THEN the person speaks", () => {
    expect(
      reported(
        "Senator Helen Boxer of Nevada said she had written to the mayor about the flooding.",
      ),
    ).toEqual([["she had written to the mayor about the flooding", "Helen Boxer"]]);
  });

  it("GIVEN a quantity word opening the sentence THEN it speaks as a group", () => {
    expect(
      reported("Some economists were pleased. Others say this is only a short pause."),
    ).toEqual([["this is only a short pause", "Others"]]);
    expect(reported("Others, however, say a long pause is overdue for the bank.")).toEqual([
      ["a long pause is overdue for the bank", "Others"],
    ]);
  });

  it("GIVEN a verb's form that modifies the noun opening the sentence THEN the phrase speaks", () => {
    expect(reported("Protest groups say the fences are meant to hide the marchers.")).toEqual([
      ["the fences are meant to hide the marchers", "Protest groups"],
    ]);
  });

  it("GIVEN a relative with whose or that before the verb THEN its antecedent speaks", () => {
    expect(
      reported("The county clerks whose rules were struck down say the court has changed."),
    ).toEqual([["the court has changed", "The county clerks"]]);
    // The view inside the report is one of its own, as PolNeAR annotates nested attributions
    // (the reader's list shows the clause once: core/card/reader-quotes.ts).
    expect(
      reported("Local unions that have backed the mayor say they expect a recount in May."),
    ).toEqual([
      ["they expect a recount in May", "Local unions"],
      ["expect a recount in May", "Local unions"],
    ]);
  });

  it("GIVEN a possessor before a body that speaks as one THEN the body speaks", () => {
    expect(reported("Briggs's team said the count was wrong in two wards.")).toEqual([
      ["the count was wrong in two wards", "Briggs's team"],
    ]);
    expect(reported("Ward's office said the bridge would reopen in May.")).toEqual([
      ["the bridge would reopen in May", "Ward's office"],
    ]);
  });

  it("GIVEN an organisation word before 'of' and a place THEN the whole organisation speaks", () => {
    expect(
      reported("Home sales rose for a third month, the University of Nevada reported on Friday."),
    ).toEqual([["Home sales rose for a third month", "University of Nevada"]]);
  });

  it("GIVEN a source after the words, told a listener named with a head noun THEN it reports them", () => {
    expect(
      reported("The pilot was careful and kind, a Dayton airport official told the Daily Ledger."),
    ).toEqual([["The pilot was careful and kind", "a Dayton airport official"]]);
    expect(
      reported("The fund will cover two more bridges, Mayor Ann Colt told a county panel Tuesday."),
    ).toEqual([["The fund will cover two more bridges", "Ann Colt"]]);
  });

  it("GIVEN a titled surname ending in -ing and an age then THEN the person speaks", () => {
    expect(reported("Mr. Fleming, 52, said the plan would fail in May.")).toEqual([
      ["the plan would fail in May", "Fleming"],
    ]);
    expect(reported("Ann Colt, then 38, said the plan would fail in May.")).toEqual([
      ["the plan would fail in May", "Ann Colt"],
    ]);
  });

  it("GIVEN a second verb after 'and' THEN the clause's subject speaks, not the words before 'and'", () => {
    expect(
      reported("The Ohio Democrat spent five years in a prison and says such methods are cruel."),
    ).toEqual([["such methods are cruel", "Ohio Democrat"]]);
  });

  it("GIVEN a side of a dispute as the subject THEN the side speaks as one", () => {
    expect(reported("Each side said the other would pay if the levee failed.")).toEqual([
      ["the other would pay if the levee failed", "Each side"],
    ]);
  });

  it("GIVEN capitalised modifiers before the head of a description THEN the whole description speaks", () => {
    expect(reported("The Tory speechwriter said the plan was off for good.")).toEqual([
      ["the plan was off for good", "The Tory speechwriter"],
    ]);
  });

  it("GIVEN 'an earlier' before the head noun THEN the description speaks", () => {
    expect(reported("An earlier memo said that the mayor had used the photos.")).toEqual([
      ["the mayor had used the photos", "An earlier memo"],
    ]);
  });

  it("GIVEN a town and its state after the name THEN the person speaks", () => {
    expect(reported("Dana Ruiz of Columbia, South Carolina said the race was close.")).toEqual([
      ["the race was close", "Dana Ruiz"],
    ]);
  });

  it("GIVEN a list of states inside the subject THEN the whole subject speaks", () => {
    expect(reported("Most voters in Ohio, Iowa and Maine said the race was rigged.")).toEqual([
      ["the race was rigged", "Most voters in Ohio, Iowa and Maine"],
    ]);
  });

  it("GIVEN a name before a body's noun and no determiner THEN the body speaks", () => {
    expect(reported("Harlow campaign says long queues kept many from voting.")).toEqual([
      ["long queues kept many from voting", "Harlow campaign"],
    ]);
  });

  it("GIVEN a noun that is also a verb of saying right before 'said' THEN the whole description speaks", () => {
    expect(reported("A new Harlow County report said the bridge would close.")).toEqual([
      ["the bridge would close", "A new Harlow County report"],
    ]);
  });
});
