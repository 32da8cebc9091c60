import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

/** Hand-written articles (not from any corpus), one behaviour each. */
function run(body: string) {
  const text = `Headline for a test\n\n${body}`;
  const result = attributeQuotes(readArticle({ text }));
  for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  const said = (kind: string) =>
    result.quotes.filter((q) => q.kind === kind).map((q) => [q.text, q.speaker.name]);
  return { ...result, said };
}

describe("attributeQuotes on hand-written articles", () => {
  it("GIVEN a split quote around the attribution THEN both halves go to the pronoun's antecedent", () => {
    const { said } = run(
      "Senator Jane Holloway warned that the bill would fail.\n\n“We do not have the votes,” she said. “Not today.”",
    );
    expect(said("direct")).toEqual([
      ["We do not have the votes", "Jane Holloway"],
      ["Not today.", "Jane Holloway"],
    ]);
  });

  it("GIVEN straight quotes and British honorifics without a stop THEN 'said Mr Blair' names Tony Blair", () => {
    const { said, people } = run(
      'Prime Minister Tony Blair spoke in London.\n\n"We will not back down," said Mr Blair.',
    );
    expect(said("direct")).toEqual([["We will not back down", "Tony Blair"]]);
    expect(people.find((p) => p.name === "Tony Blair")?.aliases).toContain("Blair");
  });

  it("GIVEN a quote running over paragraphs THEN every piece takes the speaker named at its end", () => {
    const { said } = run(
      "Tom Briggs spoke first.\n\n“I have counted them twice. They are there.\n\n“And we will win,” said Ann Cole, a strategist.",
    );
    expect(said("direct")).toEqual([
      ["I have counted them twice. They are there.", "Ann Cole"],
      ["And we will win", "Ann Cole"],
    ]);
  });

  it("GIVEN a colon-introduced quote with an apposition THEN the name behind the description speaks", () => {
    const { said, people } = run(
      "Her rival, Tom Briggs, a Republican strategist in Ohio, disagreed: “The votes are there.”",
    );
    expect(said("direct")).toEqual([["The votes are there.", "Tom Briggs"]]);
    expect(people.find((p) => p.name === "Tom Briggs")?.role).toBe("Republican strategist in Ohio");
  });

  it("GIVEN transcript lines THEN each label speaks its line", () => {
    const { said } = run(
      "Mike Pence and Tim Kaine debated on Tuesday.\n\nPENCE: I think that is not true at all.\n\nKAINE: It is true and you know it.",
    );
    expect(said("direct")).toEqual([
      ["I think that is not true at all.", "Mike Pence"],
      ["It is true and you know it.", "Tim Kaine"],
    ]);
  });

  it("GIVEN titles and scare quotes THEN they are not statements", () => {
    const { quotes } = run(
      'The show “Saturday Night Live” mocked the plan, and critics called it a ‘disaster’ and a "boondoggle".',
    );
    expect(quotes.filter((q) => q.kind !== "indirect")).toEqual([]);
  });

  it("GIVEN a partial quote inside reported speech THEN it is partial and the reported content is indirect", () => {
    const { said } = run("Ann Cole said the measure was “a gift to the banks and nobody else.”");
    expect(said("partial")).toEqual([["a gift to the banks and nobody else.", "Ann Cole"]]);
    expect(said("indirect")[0]?.[1]).toBe("Ann Cole");
  });

  it("GIVEN an unnamed source THEN it stays unnamed and anonymous, and 'said one' refers back to the group", () => {
    const { quotes } = run(
      "Talks stalled, Pentagon officials said.\n\n“We expected that,” said one.\n\nAccording to a senior administration official, the White House will not intervene.",
    );
    const direct = quotes.find((q) => q.kind === "direct");
    expect(direct?.speaker).toMatchObject({ name: "a Pentagon official", anonymous: true });
    const according = quotes.find((q) => q.cue === "according to");
    expect(according).toMatchObject({
      text: "the White House will not intervene",
      kind: "indirect",
    });
    expect(according?.speaker).toMatchObject({
      name: "a senior administration official",
      anonymous: true,
    });
  });

  it("GIVEN reported speech without marks THEN said-that, says and urged give indirect quotes (urged keeps its verb)", () => {
    const { said } = run(
      "Ann Cole said that the vote would be close. Tom Briggs says the plan is sound. Mr Briggs urged colleagues to back the plan.",
    );
    expect(said("indirect")).toEqual([
      ["the vote would be close", "Ann Cole"],
      ["the plan is sound", "Tom Briggs"],
      ["urged colleagues to back the plan", "Tom Briggs"],
    ]);
  });

  it("GIVEN a description such as 'the minister' THEN it resolves to the person with that role", () => {
    const { said } = run(
      "Finance Minister Ruth Adler presented the budget.\n\n“It is balanced,” the minister said.",
    );
    expect(said("direct")).toEqual([["It is balanced", "Ruth Adler"]]);
  });

  it("GIVEN vox-pop quotes signed off with a dash THEN each name speaks the quote before it", () => {
    const { said } = run(
      "Voters told us why.\n\n“The economy is all I care about.” ― Maria Lopez\n\n“I want safer streets.” — Dan Weiss, 41",
    );
    expect(said("direct")).toEqual([
      ["The economy is all I care about.", "Maria Lopez"],
      ["I want safer streets.", "Dan Weiss"],
    ]);
  });

  it("GIVEN a reporter's credit line THEN the reporter is never a speaker", () => {
    const { quotes, people } = run(
      "“We will stay,” said Ann Cole.\n\nReporting by Peter Graff; Editing by Mark Heinrich",
    );
    expect(quotes.map((q) => q.speaker.name)).toEqual(["Ann Cole"]);
    expect(people.map((p) => p.name)).toEqual(["Ann Cole"]);
  });

  it("GIVEN 'the president' after a President and a Vice President THEN the President speaks", () => {
    const { said } = run(
      "President Ruth Adler met Vice President Tom Briggs on Monday.\n\n“We are united,” the president said.",
    );
    expect(said("direct")).toEqual([["We are united", "Ruth Adler"]]);
  });

  it("GIVEN a quote paragraph whose speaker is named only in the paragraph before THEN that person speaks", () => {
    const { said } = run(
      "Ann Cole, a pollster, offered a warning about turnout:\n\n“Nobody should assume anything this year.”",
    );
    expect(said("direct")).toEqual([["Nobody should assume anything this year.", "Ann Cole"]]);
  });
});

describe("attributeQuotes on odd input", () => {
  it("GIVEN unbalanced marks, stray apostrophes and empty paragraphs THEN every quote is still grounded", () => {
    const pieces = [
      "“",
      "”",
      '"',
      "''",
      "‘",
      "’",
      " said ",
      "Mr.",
      " Ann Cole",
      ",",
      ".",
      "\n\n",
      "she",
      " — ",
      ":",
      "WALLACE: ",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 200; round++) {
      let body = "";
      for (let k = 0; k < 40; k++) body += pieces[next() % pieces.length];
      run(body); // run() asserts text === article.slice(start, end) for every quote
    }
  });

  it("GIVEN an article with no body THEN there are no quotes and no people", () => {
    const { quotes, people } = run("");
    expect(quotes).toEqual([]);
    expect(people).toEqual([]);
  });
});
