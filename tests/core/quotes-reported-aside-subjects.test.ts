import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): who speaks when an aside stands before the verb.

describe("reported speech: a subject set off from its verb by an aside", () => {
  it("GIVEN a name and its apposition after an introduction THEN the name speaks", () => {
    expect(
      reported(
        "At the club, where fees are high, Jay Moss, the club's longtime president, suggested that the troubles came from poor management.",
      ),
    ).toEqual([["the troubles came from poor management", "Jay Moss"]]);
    expect(
      reported(
        "Moreover, Ida Sachs, director of the Harbor Institute at Fairfield College, noted this week that most plans run only to 2030.",
      ),
    ).toEqual([["most plans run only to 2030", "Ida Sachs"]]);
  });

  it("GIVEN a relative or a participle between a name and its verb THEN the name speaks", () => {
    expect(
      reported(
        "The silence comes two days after the Daily Ledger, which once said it would ignore the race, said it would cover the campaign.",
      ),
    ).toEqual([["it would cover the campaign", "Daily Ledger"]]);
    expect(
      reported(
        "The quarrel began before the vote, as Ellen Ward, contradicting the mayor, said the city would not pay.",
      ),
    ).toEqual([["the city would not pay", "Ellen Ward"]]);
  });

  it("GIVEN a name with a party tag and an apposition THEN the name speaks, not an earlier one", () => {
    expect(
      reported(
        "Sen. Ann Colt said the plan was sound. Sen. Tom Briggs (R-Ohio), also a presidential hopeful, warned that the plan would fail.",
      ),
    ).toEqual([
      ["the plan was sound", "Ann Colt"],
      ["the plan would fail", "Tom Briggs"],
    ]);
  });

  it("GIVEN a long description and the name set off after it THEN the name speaks", () => {
    expect(
      reported(
        "The head of the super PAC backing Gov. Tom Briggs, Mike Murrow, praised the efforts of a donor to attack the mayor.",
      ),
    ).toEqual([["praised the efforts of a donor to attack the mayor", "Mike Murrow"]]);
  });

  it("GIVEN an aside about a preposition's object or a place THEN the first name still speaks", () => {
    expect(
      reported(
        "Mark Shields, president of the Harbor Leadership Fund, a group allied with the council, said the donors had asked for a firewall.",
      ),
    ).toEqual([["the donors had asked for a firewall", "Mark Shields"]]);
    expect(
      reported(
        "Rachel Burg, a philanthropist from Dayton, Ohio, said that the speeches changed her mind.",
      ),
    ).toEqual([["the speeches changed her mind", "Rachel Burg"]]);
    expect(
      reported(
        "Tom Seaman, who lives outside of the state capital, Columbus, said the mayor would win.",
      ),
    ).toEqual([["the mayor would win", "Tom Seaman"]]);
  });

  it("GIVEN a participle of speech after an aside THEN the clause's subject speaks", () => {
    expect(
      reported(
        "Mayor Ann Colt met Tom Briggs, who chairs the council, saying the plan was unfair.",
      ),
    ).toEqual([["the plan was unfair", "Ann Colt"]]);
  });
});

describe("reported speech: a subject inside a clause of time or with its home", () => {
  it("GIVEN 'after' or 'before' opening a clause THEN its subject speaks, not the main one", () => {
    expect(
      reported(
        "The smaller plane was grounded last week after The Daily Ledger reported that its registration had expired.",
      ),
    ).toEqual([["its registration had expired", "Daily Ledger"]]);
    expect(
      reported(
        "Thirteen months passed before a federal judge ordered the mayor's office to release the emails.",
      ),
    ).toEqual([["ordered the mayor's office to release the emails", "a federal judge"]]);
  });

  it("GIVEN a name with the state it is of THEN the name speaks", () => {
    expect(
      reported(
        "The worry grew Wednesday when House Speaker Tom Briggs of Ohio lamented the state of the race.",
      ),
    ).toEqual([["lamented the state of the race", "Tom Briggs"]]);
    expect(reported("Supporters of Tom Briggs of Ohio said the race was over.")).toEqual([
      ["the race was over", "Supporters of Tom Briggs of Ohio"],
    ]);
  });
});

describe("reported speech: shares of a poll joined in one sentence", () => {
  it("GIVEN two shares joined by 'and' THEN each reports its own clause", () => {
    expect(
      reported(
        "One in three said the council does not care and one in four said the council was hostile.",
      ),
    ).toEqual([
      ["the council does not care", "One in three"],
      ["the council was hostile", "one in four"],
    ]);
  });

  it("GIVEN 'more than' before a share THEN the comparison is part of the source", () => {
    expect(
      reported(
        "Most voters said they were worried, and more than 4 in 10 said the mayor would handle it best.",
      ),
    ).toEqual([
      ["they were worried", "Most voters"],
      ["the mayor would handle it best", "more than 4 in 10"],
    ]);
  });
});

describe("reported speech: a quotation that ends a sentence", () => {
  it("GIVEN a quoted word closed after a stop THEN the next sentence's subject speaks", () => {
    expect(
      reported(
        "Mayor Ellen Ward called the move “arbitrary.” Ann Colt laughed and said that the council would vote again.",
      ),
    ).toEqual([
      ["the move “arbitrary", "Ellen Ward"],
      ["the council would vote again", "Ann Colt"],
    ]);
  });
});

describe("reported speech: the subject of a participle after 'with'", () => {
  it("GIVEN 'with' a group and a participle of speech THEN the group speaks, not the clause's subject", () => {
    expect(
      reported(
        "The mayor has improved his standing, with 30 percent of voters saying they have a positive view of him.",
      ),
    ).toEqual([["they have a positive view of him", "30 percent of voters"]]);
    expect(
      reported(
        "The race appears closer in Ohio, with some polls indicating that Tom Briggs has a small lead.",
      ),
    ).toEqual([["Tom Briggs has a small lead", "some polls"]]);
  });
});

describe("reported speech: a name before circumstances of its saying", () => {
  it("GIVEN 'when NAME in his speech called' THEN the name speaks, not the clause before", () => {
    expect(
      reported(
        "The rejection was complete when Briggs in his first speech called the council lazy.",
      ),
    ).toEqual([["the council lazy", "Briggs"]]);
    expect(
      reported("The mood soured as Ellen Ward at a rally in Dayton said the city would not pay."),
    ).toEqual([["the city would not pay", "Ellen Ward"]]);
  });
});
