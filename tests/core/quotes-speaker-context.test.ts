import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { directSpeakers } from "../fixtures/direct-speakers.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

/** Hand-written articles (not from any corpus): who speaks when the cue is far or missing. */
const said = directSpeakers;

describe("floating quotes after a paragraph about a person", () => {
  it("GIVEN a paragraph about a newcomer THEN the lone quote after it is the newcomer's", () => {
    expect(
      said(
        "Mayor Tom Briggs spoke in Dover on Monday.\n\nEllen Marsh praised the plan and its ability to get things done in a divided city.\n\n“We need someone who can cut through the noise.”",
      ),
    ).toEqual([["We need someone who can cut through the noise.", "Ellen Marsh"]]);
  });

  it("GIVEN a partial quote by the newcomer THEN the lone quote after it is still the newcomer's", () => {
    expect(
      said(
        "“It was a long night,” said Tom Briggs.\n\nCouncil member Ellen Marsh used to back the mayor, but now said the town had “the chance to do better.”\n\n“I think he can do that, but the biggest problem we have is money.”",
      ),
    ).toEqual([
      ["It was a long night", "Tom Briggs"],
      ["the chance to do better.", "Ellen Marsh"],
      ["I think he can do that, but the biggest problem we have is money.", "Ellen Marsh"],
    ]);
  });

  it("GIVEN a name after the lone quote THEN the paragraph before does not decide", () => {
    const out = said(
      "Ellen Marsh praised the plan and its ability to get things done in a divided city.\n\n“We need someone who can cut through the noise.” (Tom Briggs, Dover Civic Club)",
    );
    expect(out[0]?.[1]).not.toBe("Ellen Marsh");
  });
});

describe("quotes after a sentence about a person", () => {
  it("GIVEN a show's title before the person's sentence THEN the quote after it is still the person's", () => {
    expect(
      said(
        "“Order is back,” Gov. Tim Oakes said on Sunday.\n\nOn “Meet the Voters,” Sen. Alma Roth (Vt.), who lost the primary, named young voters as a reason to be hopeful. “The younger people are sick and tired of the same old fights.”",
      ),
    ).toEqual([
      ["Order is back", "Tim Oakes"],
      ["The younger people are sick and tired of the same old fights.", "Alma Roth"],
    ]);
  });
});

describe("descriptions looked up by role", () => {
  it("GIVEN 'the Republican nominee' and only a Democratic nominee named THEN the description stands alone", () => {
    const out = said(
      "Democratic vice presidential nominee Tom Kane spoke in Ohio.\n\nThe Republican nominee also outlined his plan and vowed to punish “those who break the rules again.”",
    );
    expect(out).toEqual([["those who break the rules again.", "The Republican nominee"]]);
  });

  it("GIVEN 'the Republican nominee' after a Republican nominee named THEN that person speaks", () => {
    const out = said(
      "Republican presidential nominee Don Trask spoke in Ohio.\n\nThe Republican nominee also outlined his plan and vowed to punish “those who break the rules again.”",
    );
    expect(out).toEqual([["those who break the rules again.", "Don Trask"]]);
  });
});

describe("introductions before a sentence's subject", () => {
  it("GIVEN 'Ever since …', 'Given …', 'Based on …' or 'Fifteen minutes after …' THEN the subject after the comma speaks", () => {
    expect(
      said(
        "Ever since she joined the race, Ms. Vale has been a loud voice with a simple message: “Do not give up now!”\n\nGiven the mayor's record, party aide Leo Grant called the plan “a great deal for the whole county.”\n\nFifteen minutes after the pick was announced, campaign chairman Rob Dent called the governor someone who had “limited the choice of every voter.”",
      ),
    ).toEqual([
      ["Do not give up now!", "Vale"],
      ["a great deal for the whole county.", "Leo Grant"],
      ["limited the choice of every voter.", "Rob Dent"],
    ]);
  });
});

describe("cues that name nobody", () => {
  it("GIVEN 'said it would tell … a quote' THEN the sentence's subject speaks, not 'it'", () => {
    expect(
      said(
        "Mayor Ann Holt, opening the new library on Saturday, said it would tell a story of ''hope and struggle in a small town.''",
      ),
    ).toEqual([["hope and struggle in a small town.", "Ann Holt"]]);
  });
});

describe("datelines after a headline kept as a paragraph", () => {
  it("GIVEN a title field without the stop the headline line has THEN the dateline after it never speaks", () => {
    const text =
      "Mayor Says Library Will Tell of 'Hope.'\n\nDOVER -- Mayor Ann Holt, opening the new library on Saturday, said it would tell a story of ''hope and struggle in a small town.''";
    const { quotes } = attributeQuotes(
      readArticle({ text, title: "Mayor Says Library Will Tell of 'Hope'" }),
    );
    const partial = quotes.find((q) => q.kind !== "indirect");
    expect(partial?.speaker.name).toBe("Ann Holt");
  });
});

describe("sign-offs after a quote split by an inner quote", () => {
  it("GIVEN a line '“… what he calls “hell” than …” ― Name' THEN the signer speaks the quote's first piece", () => {
    expect(
      said(
        "Readers wrote to us about the debate.\n“He was a bully.” ― Vera Cole\n“As a young woman....I’d rather live in what he calls “hell” than live in a world where he is president.” ― Ada Rojas\n“He does not answer questions.” ― Lee Park",
      ),
    ).toEqual([
      ["He was a bully.", "Vera Cole"],
      ["As a young woman....I’d rather live in what he calls", "Ada Rojas"],
      ["He does not answer questions.", "Lee Park"],
    ]);
  });
});

describe("names a dash sets before a quote", () => {
  it("GIVEN 'including NAME -- ''…''' after a group's verb THEN the named person speaks", () => {
    expect(
      said(
        "A chorus of prominent Republicans has said the same thing, including the former candidate Mitt Romsey -- ''It is disqualifying for a nominee to hide tax returns'' -- and others.",
      )[0],
    ).toEqual(["It is disqualifying for a nominee to hide tax returns", "Mitt Romsey"]);
  });

  it("GIVEN 'supportive of NAME -- ''…''' THEN the preposition's object does not speak", () => {
    const out = said(
      "“We need the money,” Mr. Kong said.\n\nMr. Kong said his colleague has recently seemed supportive of Mr. Trask -- ''a completely different man to me, which was a shock.''",
    );
    expect(out[1]?.[1]).toBe("Kong");
  });
});

describe("verbs in a relative clause about the listener", () => {
  it("GIVEN 'X told a young woman who suggested … that “…”' THEN X speaks, not the listener", () => {
    expect(
      said(
        "In a panel this weekend, Marc H. Morrow, the head of the League, told a young woman who suggested that some people may not vote that “this is not the first generation to be frustrated.”",
      ),
    ).toEqual([["this is not the first generation to be frustrated.", "Marc H. Morrow"]]);
  });
});

describe("a paragraph ending in a colon", () => {
  it("GIVEN 'As X reported after … in Fairview:' THEN the quote below is X's, not the place's", () => {
    expect(
      said(
        "As the Ledger’s Dana Cole reported after the police left the scene in Fairview:\n\n“For example, the county has done almost nothing with the evidence it found.”",
      ),
    ).toEqual([
      ["For example, the county has done almost nothing with the evidence it found.", "Dana Cole"],
    ]);
  });
});
