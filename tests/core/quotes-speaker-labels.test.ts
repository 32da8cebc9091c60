import { describe, expect, it } from "vitest";
import { directSpeakers } from "../fixtures/direct-speakers.js";

/** Hand-written articles (not from any corpus): a speaker named by a label or a short cue. */
const said = directSpeakers;

describe("a digest's line: a summary, a dash, then 'Name:' before the quote", () => {
  it("GIVEN 'Forecasters agree - Dana Orton: “…”' THEN Dana Orton speaks, not the forecasters", () => {
    expect(
      said(
        "Forecasters agree - Dana Orton: “The storm will turn north before it reaches the coast.” [Weather Desk.]",
      ),
    ).toEqual([["The storm will turn north before it reaches the coast.", "Dana Orton"]]);
  });

  it("GIVEN 'Forecasters agree: “…”' with no dash THEN the forecasters are still the source", () => {
    const out = said("Forecasters agree: “The storm will turn north before it reaches the coast.”");
    expect(out[0]?.[1]).not.toBe("Dana Orton");
  });
});

describe("a cue after a finished quote, with only an addressee or a channel after the verb", () => {
  it("GIVEN '“…?” Mara Lind writes to Tom Ebb.' THEN Mara Lind asked, not the earlier speaker", () => {
    expect(
      said(
        "Tom Ebb calls the report “a fine piece of work.” Lind fixates on one line. “Didn’t we use that word first?” Mara Lind writes to Tom Ebb.",
      ),
    ).toEqual([
      ["a fine piece of work.", "Tom Ebb"],
      ["Didn’t we use that word first?", "Mara Lind"],
    ]);
  });

  it("GIVEN 'X asked: “…?” Y then wrote a memo about …' THEN X asked: Y's verb opens a sentence of its own", () => {
    expect(
      said(
        "Tom Ebb asked: “Didn’t we use that word first?” Mara Lind then wrote a memo about the budget.",
      ),
    ).toEqual([["Didn’t we use that word first?", "Tom Ebb"]]);
  });
});

describe("'one of <group>' as the source", () => {
  it("GIVEN 'said one of two witnesses who …' THEN the member of that group speaks", () => {
    expect(
      said(
        "Aides met on Tuesday. “It was awful,” said one of two witnesses who described the meeting.",
      ),
    ).toEqual([["It was awful", "one of two witnesses"]]);
  });

  it("GIVEN 'One of the firm's top executives, Ann Ruiz, testified that “…”' THEN Ann Ruiz speaks", () => {
    expect(
      said(
        "One of the firm's top executives, Ann Ruiz, later testified that “none of the staff” were chosen by him.",
      ),
    ).toEqual([["none of the staff", "Ann Ruiz"]]);
  });

  it("GIVEN 'said one of them' THEN no group is named from 'them'", () => {
    const out = said("“It is bad,” said one of them.");
    expect(out[0]?.[1]).not.toBe("one of them");
  });

  it("GIVEN 'His lawyers …' then 'said one' THEN the member is 'a lawyer', not 'a his lawyer'", () => {
    expect(
      said("His lawyers told the court the charges were false. “He is innocent,” said one."),
    ).toEqual([["He is innocent", "a lawyer"]]);
  });
});

describe("a cue set off by commas inside the quote's sentence", () => {
  it("GIVEN 'X is so reckless, the mayor said, that if …, ''…''' THEN the mayor speaks, not X", () => {
    expect(
      said(
        "Mayor Joan Peck spoke on Monday.\n\nTom Lee is so reckless, Ms. Peck said, that if her own son had planned to build a house in the valley, ''I would have stood in front of the bulldozer.''",
      ),
    ).toEqual([["I would have stood in front of the bulldozer.", "Joan Peck"]]);
  });
});

describe("a cue inside the clause another cue reports", () => {
  it("GIVEN 'X criticized the accord, saying the agreement goes “…”' THEN X speaks, not the agreement", () => {
    expect(
      said(
        "Senator Ann Lee on Saturday criticized the climate accord, saying the agreement goes “nowhere near far enough.”",
      ),
    ).toEqual([["nowhere near far enough.", "Ann Lee"]]);
  });

  it("GIVEN 'Rep. Tom Ebb said Lee reassured them that Democrats “…”' THEN Tom Ebb reports it", () => {
    expect(
      said("Rep. Tom Ebb said Ann Lee reassured them that Democrats “were not going to give up.”"),
    ).toEqual([["were not going to give up.", "Tom Ebb"]]);
  });

  it("GIVEN 'Officers have said he said “…”' THEN the one who said the words speaks", () => {
    expect(
      said(
        "Ray Dunn was arrested on Monday. Officers have said he said “there will be no more delays at this jail, I promise you” to the guards.",
      ),
    ).toEqual([["there will be no more delays at this jail, I promise you", "Ray Dunn"]]);
  });
});

describe("an inverted cue set off by commas, and a given name that is also a common word", () => {
  it("GIVEN 'Any reading of Mr. Lee's acts, said Ann Ruiz, an expert …, would see … ''…''' THEN Ann Ruiz speaks", () => {
    expect(
      said(
        "Minister Tom Lee spoke on Monday.\n\nAny fair reading of Mr. Lee's actions, said Ann Ruiz, an expert on trade at the Hale Institute in Boston, would see this as a public admission that the government is giving up, treating the deal as ''the best means of saving what little is left of the industry.''",
      ),
    ).toEqual([["the best means of saving what little is left of the industry.", "Ann Ruiz"]]);
  });

  it("GIVEN '“…?” Will Estrada, the chairman for the county, said of it.' THEN Estrada speaks", () => {
    expect(
      said(
        "Local party leaders say the visits went well. \"He just stopped and asked, 'How do we win this county?'\" Will Estrada, the chairman for the northern county, said of the meeting.",
      ),
    ).toEqual([["He just stopped and asked, 'How do we win this county?'", "Estrada"]]);
  });

  it("GIVEN '“…” But Mr. Lee, again, did not respond in kind.' THEN 'But' opens no name and Lee is not the speaker", () => {
    const out = said(
      "Ann Ruiz mocked the talk, saying at one point, ''The answer is not simply to yell at them.'' But Mr. Lee, again, did not respond in kind.",
    );
    expect(out[0]?.[1]).toBe("Ann Ruiz");
  });
});

describe("a listener described before its name and a colon", () => {
  it("GIVEN 'X broke down … to the Dutch newspaper Het Dagblad: “…”' THEN X speaks, not the paper", () => {
    expect(
      said(
        "Former candidate Jed Bain broke down exactly what was wrong with the image to the Dutch newspaper Het Dagblad: “What he did was so insensitive. First, not all of them are the same.”",
      ),
    ).toEqual([
      ["What he did was so insensitive. First, not all of them are the same.", "Jed Bain"],
    ]);
  });

  it("GIVEN 'X delivered a blunt message to Lee: “…”' THEN X speaks, not Lee", () => {
    expect(
      said(
        "Senate leader Tom Ebb delivered a blunt message to Lee: “It's time to quit attacking people and get on message.”",
      ),
    ).toEqual([["It's time to quit attacking people and get on message.", "Tom Ebb"]]);
  });
});
