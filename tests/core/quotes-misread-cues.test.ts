import { describe, expect, it } from "vitest";
import { directSpeakers } from "../fixtures/direct-speakers.js";
import { namesQuoted } from "../../src/core/quotes/misread-cues.js";
import { tokenize } from "../../src/core/text/tokenize.js";

/** Hand-written articles (not from any corpus): words that read like a cue but introduce no one. */
const said = directSpeakers;

describe("cues misread around a quote", () => {
  it("GIVEN a verb whose subject would be quoted wording THEN the quote keeps the clause's speaker", () => {
    const out = said(
      "While Governor Ellen Marsh has warned against ''a waste of public money'' in the way the city responds to floods, she has ordered a review.",
    );
    expect(out[0]).toEqual(["a waste of public money", "Ellen Marsh"]);
  });

  it("GIVEN a verb of naming whose object runs into a quote THEN its subject speaks", () => {
    const out = said(
      "“We will not back down,” Mayor Tom Briggs said on Monday.\n\nOne strategist described the mood in the city to date as “a slow boil that nobody is watching.”",
    );
    expect(out[1]).toEqual(["a slow boil that nobody is watching.", "One strategist"]);
  });

  it("GIVEN 'call' after a determiner and a modifier THEN it is a noun, not a verb of naming", () => {
    const text = "She sent out a fundraising call following the vote, asking them to “give now.”";
    const tokens = tokenize(text, 0, text.length);
    const at = (word: string): number => tokens.findIndex((t) => t.text === word);
    const quoted = (pos: number): boolean => pos >= text.indexOf("“");
    expect(namesQuoted(tokens, at("call"), quoted)).toBe(false);
    const verb = "They called it “a good start.”";
    const vt = tokenize(verb, 0, verb.length);
    expect(namesQuoted(vt, 1, (pos) => pos >= verb.indexOf("“"))).toBe(true);
  });

  it("GIVEN 'as X pointed out,' before a quote THEN X speaks", () => {
    const out = said(
      "“This is the difference,” said Mayor Tom Briggs.\n\nBut as The Gazette pointed out, “Still, Briggs has so far declined to release any tax returns.”",
    );
    expect(out[1]?.[1]).toBe("Gazette");
  });

  it("GIVEN '“…,” telling X that' THEN X is the listener, not the speaker", () => {
    const out = said(
      "“This is the difference,” said Mayor Tom Briggs.\n\nThe Dover Civic Club would not discuss “that man,” telling Radio 4 that the club is focused on “keeping the parks open.”",
    );
    expect(out.find(([q]) => q.startsWith("keeping"))?.[1]).toBe("Dover Civic Club");
  });

  it("GIVEN 'with X tweeting that … and asking, “…”' THEN X asks, not the sentence's subject", () => {
    const out = said(
      "Republicans were quick to pile on, with Senator Amy Vance tweeting that it was a “disaster” for the mayor and asking, “Who would hire him now?”",
    );
    expect(out.find(([q]) => q.startsWith("Who"))?.[1]).toBe("Amy Vance");
  });

  it("GIVEN 'Name (R-Ohio), said' after an opening phrase THEN the tagged name speaks", () => {
    const out = said(
      "“This is the difference,” said Mayor Tom Briggs.\n\nTuesday at Dover Grange College in Dover, DE, after winning Delaware in the Democratic primary, Gov. Amy Vance (D-DE), said, “We are going all the way.”",
    );
    expect(out[1]).toEqual(["We are going all the way.", "Amy Vance"]);
  });

  it("GIVEN 'X said … but called it a “…”' THEN X names it", () => {
    const out = said(
      "“This is the difference,” said Mayor Tom Briggs.\n\nCouncil members were vague. Sen. Amy Vance (D-R.I.), said after a lunch on Tuesday that she had not read the plan, but called it a “starting point for our talks.”",
    );
    expect(out[1]).toEqual(["starting point for our talks.", "Amy Vance"]);
  });

  it("GIVEN 'the Council issued a statement calling X “…”' THEN the Council speaks", () => {
    const out = said(
      "“This is the difference,” said Mayor Tom Briggs.\n\nAfter a late meeting, the Dover Planning Council issued a statement calling the new tower “a clear breach of five earlier rulings.”",
    );
    expect(out[1]?.[1]).toBe("Dover Planning Council");
  });
});
