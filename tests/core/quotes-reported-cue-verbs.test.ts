import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): verbs of refusal, conjecture and plea.

describe("verbs of refusal, rebuttal and conjecture report a position, verb kept", () => {
  it("GIVEN 'X balked at …' THEN the refusal is reported with its verb", () => {
    expect(reported("Senator Dan Holt balked at the plan to close the rural clinics.")).toEqual([
      ["balked at the plan to close the rural clinics", "Dan Holt"],
    ]);
  });

  it("GIVEN 'X speculated that …' THEN the conjecture is reported with its verb", () => {
    expect(reported("Nora Blake speculated that the mayor would not run again.")).toEqual([
      ["speculated that the mayor would not run again", "Nora Blake"],
    ]);
  });

  it("GIVEN 'X implied …' THEN the implication is reported with its verb", () => {
    expect(reported("Governor Tom Reyes implied that the budget was already settled.")).toEqual([
      ["implied that the budget was already settled", "Tom Reyes"],
    ]);
  });
});

describe("past forms of noticing report what was noticed, verb kept", () => {
  it("GIVEN 'X noticed that …' THEN what was noticed is reported with its verb", () => {
    expect(reported("Nora Blake noticed that the ballots had not been counted.")).toEqual([
      ["noticed that the ballots had not been counted", "Nora Blake"],
    ]);
  });
});

describe("a critic who knocked a rival reports the criticism, verb kept", () => {
  it("GIVEN 'X knocked Y on …' THEN the criticism is reported with its verb", () => {
    expect(reported("Senator Dan Holt knocked his rival on farm policy.")).toEqual([
      ["knocked his rival on farm policy", "Dan Holt"],
    ]);
  });
});

describe("a plea reports what was pleaded", () => {
  it("GIVEN 'X pleaded guilty to …' THEN the plea after the verb is reported", () => {
    expect(reported("Former aide Tom Reyes pleaded guilty to two counts of wire fraud.")).toEqual([
      ["guilty to two counts of wire fraud", "Tom Reyes"],
    ]);
  });
});

describe("rare verbs of musing, boasting, thought and rejection", () => {
  it("GIVEN 'X mused that …' or 'X bragged that …' THEN the clause after the verb is reported", () => {
    expect(reported("Mayor Dana Hollis mused that the stadium might never be finished.")).toEqual([
      ["the stadium might never be finished", "Dana Hollis"],
    ]);
    expect(reported("Tom Reyes bragged that his county had the lowest taxes.")).toEqual([
      ["his county had the lowest taxes", "Tom Reyes"],
    ]);
  });

  it("GIVEN 'X deplored …' or 'X disavowed …' THEN the position is reported, verb kept", () => {
    expect(reported("Senator Nora Blake deplored the cuts to rural schools.")).toEqual([
      ["deplored the cuts to rural schools", "Nora Blake"],
    ]);
    expect(reported("Tom Reyes disavowed the flyers sent by his campaign.")).toEqual([
      ["disavowed the flyers sent by his campaign", "Tom Reyes"],
    ]);
  });
});
