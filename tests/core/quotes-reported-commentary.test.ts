import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

describe("the writer's comment after a reported clause is left out of it", () => {
  it("an indefinite noun phrase after the clause's comma is the writer's comment", () => {
    expect(
      reported("Mayor Ann Lee said the rally would stay calm, a swipe at her rivals."),
    ).toEqual([["the rally would stay calm", "Ann Lee"]]);
    expect(
      reported("Senator Tom Park said 40 percent of voters back him, a nine-point rise from May."),
    ).toEqual([["40 percent of voters back him", "Tom Park"]]);
  });

  it("an apposition closed by a comma and a verb stays inside the clause", () => {
    expect(
      reported("Senator Tom Park said that Ann Lee, a lawyer from Ohio, would run for the seat."),
    ).toEqual([["Ann Lee, a lawyer from Ohio, would run for the seat", "Tom Park"]]);
  });

  it("a list and the object of a verb of naming keep their noun phrases", () => {
    expect(reported("Mayor Ann Lee said she owns two dogs, a boat, and a small farm.")).toEqual([
      ["she owns two dogs, a boat, and a small farm", "Ann Lee"],
    ]);
  });
});

describe("the occasion of the speaking is left out of the reported clause", () => {
  it("a trailing 'in an interview' ends the clause", () => {
    expect(
      reported("Mayor Ann Lee said the new tax would rise in an interview on Sunday."),
    ).toEqual([["the new tax would rise", "Ann Lee"]]);
  });

  it("a medium with a named owner or followed by more of the clause stays inside", () => {
    expect(reported("Senator Tom Park said the numbers in Lee's tweet were wrong.")).toEqual([
      ["the numbers in Lee's tweet were wrong", "Tom Park"],
    ]);
  });
});
