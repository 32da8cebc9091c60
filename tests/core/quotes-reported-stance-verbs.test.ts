import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): verbs of view, knowledge and order.

describe("verbs of view, knowledge and order report a position, verb kept", () => {
  it("GIVEN 'X described …' THEN the description is reported with its verb", () => {
    expect(reported("Mayor Ellen Ward described the new bridge as a waste of money.")).toEqual([
      ["described the new bridge as a waste of money", "Ellen Ward"],
    ]);
  });

  it("GIVEN 'X ordered …' THEN the order is reported with its verb", () => {
    expect(reported("Governor Tom Reyes ordered an inquiry into the flooding.")).toEqual([
      ["ordered an inquiry into the flooding", "Tom Reyes"],
    ]);
  });

  it("GIVEN 'X understands …' THEN what is understood is reported with its verb", () => {
    expect(reported("Nora Blake understands that the vote will be close.")).toEqual([
      ["understands that the vote will be close", "Nora Blake"],
    ]);
  });

  it("GIVEN 'X touted …' THEN what was touted is reported with its verb", () => {
    expect(reported("Senator Dan Holt touted his record on rural broadband.")).toEqual([
      ["touted his record on rural broadband", "Dan Holt"],
    ]);
  });

  // "expressed" reports a position in 76 of 100 uses on PolNeAR train and adds 30 gold reports
  // there: with the verb kept, the reported clause says what was expressed.
  it("GIVEN 'expressed' THEN the position is reported, verb kept", () => {
    expect(reported("Senator Dan Holt expressed his thanks to the volunteers.")).toEqual([
      ["expressed his thanks to the volunteers", "Dan Holt"],
    ]);
  });
});

describe("a participle of speech after a comma ends the reported clause", () => {
  it("GIVEN 'X denied …, dismissing …' THEN the denial stops at the comma", () => {
    const found = reported("Tom Reyes denied the accusations, dismissing the witness as a liar.");
    expect(found[0]).toEqual(["denied the accusations", "Tom Reyes"]);
  });
});

describe("content right after the verb", () => {
  it("GIVEN 'said about half of …' THEN the estimate is the content", () => {
    expect(reported("The county office said about half of the wells were dry.")).toEqual([
      ["about half of the wells were dry", "The county office"],
    ]);
  });

  it("GIVEN 'said about' with no number THEN 'about' is a circumstance: nothing", () => {
    expect(reported("The county office said about the same.")).toEqual([]);
  });

  it("GIVEN 'told the Post he’s …' THEN the clause after the listener is the content", () => {
    expect(reported("Ann Cole told the Daily Post he’s already sold the farm.")).toEqual([
      ["he’s already sold the farm", "Ann Cole"],
    ]);
  });
});

describe("subjects read before the verb", () => {
  it("GIVEN 'X itself said' THEN the reflexive is stepped over and X speaks", () => {
    expect(reported("Acme Motors itself said the plant would stay open.")).toEqual([
      ["the plant would stay open", "Acme Motors"],
    ]);
  });

  it("GIVEN 'A person familiar with …' THEN the described person speaks", () => {
    expect(reported("A person familiar with the planning says the deal is close.")).toEqual([
      ["the deal is close", "A person familiar with the planning"],
    ]);
  });
});

describe("a two-word clause", () => {
  it("GIVEN 'X said he would.' THEN the pronoun and its auxiliary are reported", () => {
    expect(reported("Senator Dan Holt said he would.")).toEqual([["he would", "Dan Holt"]]);
  });

  it("GIVEN two words that are no clause THEN nothing is reported", () => {
    expect(reported("Senator Dan Holt said goodbye quietly.")).toEqual([]);
  });
});
