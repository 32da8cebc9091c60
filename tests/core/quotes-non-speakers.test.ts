import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import type { SourceMention } from "../../src/core/entities/source-mention.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";
import { isNonSpeaker } from "../../src/core/quotes/non-speaker.js";

/** Hand-written sentences (not from any corpus): phrases misread as sources that never speak. */
function source(name: string, kind: SourceMention["kind"] = "name", role: string | null = null) {
  return {
    kind,
    start: 0,
    end: name.length,
    name,
    role,
    gender: null,
    plural: false,
    nameStart: 0,
  };
}

function quotes(body: string): Array<[string, string | null]> {
  const text = `Headline for a test\n\n${body}`;
  const found = attributeQuotes(readArticle({ text })).quotes;
  for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  return found.filter((q) => q.kind !== "indirect").map((q) => [q.text, q.speaker.name]);
}

describe("non-speakers", () => {
  it("GIVEN a state, an award, a building, a function word or a headline THEN it is no speaker", () => {
    for (const name of [
      "Iowa",
      "N.H.",
      "OHIO",
      "New Hampshire",
      "Golden Lion Award",
      "Marlow Jail",
    ])
      expect(isNonSpeaker(source(name), false)).toBe(true);
    for (const name of ["Unless", "Under", "HOUSE PASSES FARM BILL"])
      expect(isNonSpeaker(source(name), false)).toBe(true);
  });

  it("GIVEN a person, an organisation or a government THEN it may speak", () => {
    for (const name of ["Dana Whitfield", "Beijing", "the Pentagon", "NATO", "Acme Corp"])
      expect(isNonSpeaker(source(name, "org"), false)).toBe(false);
  });

  it("GIVEN a state's name used as a surname with a title THEN the person speaks", () => {
    expect(isNonSpeaker(source("Virginia", "name", "Ms."), false)).toBe(false);
    expect(isNonSpeaker(source("Virginia"), true)).toBe(false);
  });

  it("GIVEN a sentence opened by a conjunction THEN its capital is not the quote's speaker", () => {
    const found = quotes(
      'Unless the vote is delayed, "the bill will pass easily," said Mara Lind.',
    );
    expect(found).toEqual([["the bill will pass easily", "Mara Lind"]]);
    const none = quotes('Unless the vote is delayed, "the bill will pass easily."');
    expect(none.map(([, name]) => name)).not.toContain("Unless");
  });

  it("GIVEN a headline fragment in capitals before a quote THEN it is not the speaker", () => {
    const found = quotes(
      'FARMERS WIN SUBSIDY FIGHT "The ministry agreed to restore the payments."',
    );
    expect(found.map(([, name]) => name)).not.toContain("FARMERS WIN SUBSIDY FIGHT");
  });

  it("GIVEN 'at a rally in Dover, N.H.' before 'saying' THEN the state is never the speaker", () => {
    const found = quotes(
      'At a rally in Dover, N.H., on Monday, Senator Ruth Okafor backed the plan, saying it would "help every family."',
    );
    expect(found.map(([, name]) => name)).not.toContain("N.H.");
  });
});

describe("speakers named by a rank and a role", () => {
  it("GIVEN 'the former president said' after a vice president THEN the vice president is not the speaker", () => {
    const found = quotes(
      'Vice President Lena Ostrow spoke first.\n\n"We can win this," the former president said.',
    );
    expect(found).toEqual([["We can win this", "the former president"]]);
  });

  it("GIVEN 'the vice president said' after a vice president THEN the vice president speaks", () => {
    const found = quotes(
      'Vice President Lena Ostrow spoke first.\n\n"We can win this," the vice president said.',
    );
    expect(found).toEqual([["We can win this", "Lena Ostrow"]]);
  });
});

describe("the addressed are not the speaker", () => {
  it("GIVEN 'X emailed supporters saying: “…”' THEN X speaks, not the supporters", () => {
    const found = quotes('Senator Ruth Okafor emailed supporters saying: "The fight goes on."');
    expect(found).toEqual([["The fight goes on.", "Ruth Okafor"]]);
  });

  it("GIVEN 'the mayor texted volunteers saying' THEN the mayor's description speaks", () => {
    const found = quotes('The mayor texted volunteers saying: "Stay home tonight."');
    expect(found.map(([, name]) => name)).not.toContain("volunteers");
  });
});
