import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): cue forms of reported speech.

describe("reported speech after 'called for' and 'called on'", () => {
  it("GIVEN 'X called for …' THEN what was called for is reported", () => {
    expect(reported("Ellen Ward called for an inquiry into the closure of the plant.")).toEqual([
      ["an inquiry into the closure of the plant", "Ellen Ward"],
    ]);
  });

  it("GIVEN 'X called on Y to …' THEN the listener and what they should do are reported", () => {
    expect(reported("Ellen Ward called on the council to reopen the plant.")).toEqual([
      ["the council to reopen the plant", "Ellen Ward"],
    ]);
  });

  it("GIVEN 'called on' a visit THEN nothing is reported", () => {
    expect(reported("Ellen Ward called on her neighbours in Salem.")).toEqual([]);
  });
});

describe("polls and studies as sources", () => {
  it("GIVEN a named poll with a time phrase THEN what it found is reported, held by the poll", () => {
    expect(
      reported(
        "A Daily Herald-ABC News poll last week found that 63 percent of voters back the plan.",
      ),
    ).toEqual([["63 percent of voters back the plan", "A Daily Herald-ABC News poll"]]);
  });

  it("GIVEN 'Exit polling showed' THEN what it showed is reported", () => {
    expect(reported("Exit polling showed that the mayor won every district.")).toEqual([
      ["the mayor won every district", "Exit polling"],
    ]);
  });
});

describe("a source set off by 'as'", () => {
  it("GIVEN 'As X said, CONTENT' THEN the content after the comma is X's", () => {
    expect(reported("As Ellen Ward said, the plant would never reopen.")).toEqual([
      ["the plant would never reopen", "Ellen Ward"],
    ]);
  });
});

describe("spokespeople and bodies holding a stance", () => {
  it("GIVEN 'A spokesman for X declined to …' THEN the spokesman's refusal is reported", () => {
    expect(reported("A spokesman for Ellen Ward declined to say whether she would run.")).toEqual([
      ["declined to say whether she would run", "A spokesman"],
    ]);
  });

  it("GIVEN a campaign as subject THEN its stance is reported", () => {
    expect(reported("The Ward campaign declined to comment on the report.")).toEqual([
      ["declined to comment on the report", "The Ward campaign"],
    ]);
  });

  it("GIVEN a stance verb after a plain object of 'for' THEN it is a noun, not a cue", () => {
    expect(reported("The council voted for Ward plans to widen the road.")).toEqual([]);
  });
});

describe("headlines in title case", () => {
  it("GIVEN 'Name Says …' in title case THEN the headline reports the named speaker", () => {
    expect(reported("Ellen Ward Says The Plant Will Never Reopen")).toEqual([
      ["The Plant Will Never Reopen", "Ellen Ward"],
    ]);
  });

  it("GIVEN a capitalised verb with no name before it THEN nothing is reported", () => {
    expect(reported("Voters Resoundingly Reject The Idea Of A New Tax")).toEqual([]);
  });

  it("GIVEN a headline's name read through another verb THEN that verb reports nothing", () => {
    expect(
      reported("Ellen Ward Calls for Inquiry after Report Reveals Mayor’s Meetings with Donors"),
    ).toEqual([]);
  });
});

describe("a headline naming its speaker before a colon", () => {
  it("GIVEN 'Name: words' that the article's body names THEN the words are that speaker's", () => {
    const text =
      "Headline for a test\n\nWard: The plant will never reopen\n\nMayor Ellen Ward spoke to the council on Monday.";
    const { quotes } = attributeQuotes(readArticle({ text }));
    expect(quotes.map((q) => [q.kind, q.text, q.speaker.name])).toEqual([
      ["indirect", "The plant will never reopen", "Ward"],
    ]);
  });

  it("GIVEN a name with an inner capital, or 'Name to Listener:' THEN the words are still that speaker's", () => {
    const inner =
      "Headline for a test\n\nMcAllister: The plant will never reopen\n\nMayor Ellen McAllister spoke on Monday.";
    expect(attributeQuotes(readArticle({ text: inner })).quotes.map((q) => q.speaker.name)).toEqual(
      ["McAllister"],
    );
    const listener =
      "Headline for a test\n\nWard to Union Leaders: The plant will never reopen\n\nMayor Ellen Ward spoke on Monday.";
    expect(
      attributeQuotes(readArticle({ text: listener })).quotes.map((q) => [q.text, q.speaker.name]),
    ).toEqual([["The plant will never reopen", "Ward"]]);
  });

  it("GIVEN a label the article never names again THEN it is a heading, not a speaker", () => {
    const text =
      "Headline for a test\n\nContributing: Tom Hill and Ann Lee\n\nMayor Ellen Ward spoke to the council.";
    const { quotes } = attributeQuotes(readArticle({ text }));
    expect(quotes).toEqual([]);
  });
});
