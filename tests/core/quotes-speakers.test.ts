import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

/** Hand-written articles (not from any corpus), one speaker rule each. */
function run(body: string) {
  const text = `Headline for a test\n\n${body}`;
  const result = attributeQuotes(readArticle({ text }));
  for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  // Direct and partial quotes alike: the rules here are about who speaks.
  const said = () =>
    result.quotes.filter((q) => q.kind !== "indirect").map((q) => [q.text, q.speaker.name]);
  return { ...result, said };
}

describe("speakers behind titles and appositions", () => {
  it("GIVEN an abbreviated title with its stop ('Del.', 'Sgt.') THEN the title is no name", () => {
    const { said } = run(
      "The vote was close.\n\n“We will not back down,” said Del. Mara Quist of the islands.\n\nLt. Gen. Omar Reyes said the troops were tired. “We need rest,” Sgt. Ida Vance said.",
    );
    expect(said()).toEqual([
      ["We will not back down", "Mara Quist"],
      ["We need rest", "Ida Vance"],
    ]);
  });

  it("GIVEN 'As NAME, an apposition, put it' THEN the name speaks, not the apposition", () => {
    const { said } = run(
      "The returns matter. As Paul Q. Ferro, a tax lawyer and fellow at the Center for Budget Study, recently put it, “Did he lower his taxes legally?”",
    );
    expect(said()).toEqual([["Did he lower his taxes legally?", "Paul Q. Ferro"]]);
  });

  it("GIVEN a party tag and a participle clause before the verb THEN the titled name speaks", () => {
    const { said } = run(
      "Sen. Rita K. Moss (D-Ill.), noting the size of the crowd, said, “She has a long list.”",
    );
    expect(said()).toEqual([["She has a long list.", "Rita K. Moss"]]);
  });
});

describe("speakers across clauses and sentences", () => {
  it("GIVEN a possessor's role followed by a name THEN the name speaks", () => {
    const { said } = run(
      "Clara Boone's business manager, Armand Willis, stated: “When I spoke with her, she was sad.”",
    );
    expect(said()).toEqual([["When I spoke with her, she was sad.", "Armand Willis"]]);
  });

  it("GIVEN a scare quote inside the clause THEN the clause's subject still speaks", () => {
    const { said } = run(
      "Omar Tell spoke first.\n\nRay Kerpen needled the network “reporter,” saying, “A reporter who posts on request!”",
    );
    expect(said()).toContainEqual(["A reporter who posts on request!", "Ray Kerpen"]);
  });

  it("GIVEN an introduction led by an adverb THEN the subject after it speaks", () => {
    const { said } = run(
      "Immediately after the storm, Kim Pace issued a statement, “Last night, our town was hit.”",
    );
    expect(said()).toEqual([["Last night, our town was hit.", "Kim Pace"]]);
  });

  it("GIVEN a quote ending its sentence THEN a later clause's cue is not its attribution", () => {
    const { said } = run(
      "On May 9, Ann Labott wrote, “The bill passed. The statue bows its head.” This sort of post, the network claimed, breaks its rules.",
    );
    expect(said()).toEqual([["The bill passed. The statue bows its head.", "Ann Labott"]]);
  });

  it("GIVEN 'the 46-year-old', a pre-modifying 'ally' and 'pressed' THEN each speaker is whole", () => {
    const { said } = run(
      "“She is a leader,” said the 46-year-old.\n\n“It's about time,” said Harper ally James Corvin.\n\n“Would it be negotiable?” Sam Hanley pressed.",
    );
    expect(said()).toEqual([
      ["She is a leader", "the 46-year-old"],
      ["It's about time", "James Corvin"],
      ["Would it be negotiable?", "Sam Hanley"],
    ]);
  });
});

describe("speakers in long attributions", () => {
  it("GIVEN a conjunction and adverbs leading the introduction THEN its subject speaks, not a pronoun in it", () => {
    const { said } = run(
      "Mia Lorne spoke at noon.\n\nBut almost immediately after she did, Dave Axton, who was an adviser to the mayor, wrote this: “She did it again.”",
    );
    expect(said()).toEqual([["She did it again.", "Dave Axton"]]);
  });

  it("GIVEN 'Speaker of the House' before a name THEN the title runs on; after a name 'of' does not", () => {
    const { said } = run(
      "Speaker of the House Rep. Paul Ryland (R-WI) said “those images have no place in a campaign.”\n\n“It is not easy,” said Representative Peter T. Kingsley of New York, who endorsed him.",
    );
    expect(said()).toEqual([
      ["those images have no place in a campaign.", "Paul Ryland"],
      ["It is not easy", "Peter T. Kingsley"],
    ]);
  });
});

describe("speakers next to colons and numbers", () => {
  it("GIVEN 'delivered a message to X:' THEN the clause's subject speaks, not the listener", () => {
    const { said } = run(
      "Senate leader Mitch McCord, R-Ky., delivered a blunt message to Tom Drump: “It's time to quit attacking people.”",
    );
    expect(said()).toEqual([["It's time to quit attacking people.", "Mitch McCord"]]);
  });

  it("GIVEN 'the No. 2 in the party' in an apposition THEN the stop after 'No' ends no clause", () => {
    const { said } = run(
      "As John Corwin, the No. 2 in the party leadership, put it: “This person will not be confirmed.”",
    );
    expect(said()).toEqual([["This person will not be confirmed.", "John Corwin"]]);
  });

  it("GIVEN 'a focal point' after a quote THEN the noun 'point' is no cue", () => {
    const { said } = run(
      "According to Ada Woodley, “The property world is more complex than the CIA,” presumably meaning this will be a focal point of the book.",
    );
    expect(said()).toEqual([["The property world is more complex than the CIA", "Ada Woodley"]]);
  });
});

describe("pronouns and names of things", () => {
  it("GIVEN the paragraph's own subject before 'he said' THEN he is that subject, not the last speaker before", () => {
    const { said } = run(
      "Carl Mendez said that trade had been good for both countries. “Our workers are honest,” he said.\n\nTom Drump almost seemed to agree. “Illegal entry is a problem for both of us,” he said.",
    );
    expect(said()).toEqual([
      ["Our workers are honest", "Carl Mendez"],
      ["Illegal entry is a problem for both of us", "Tom Drump"],
    ]);
  });

  it("GIVEN 'president of X Plaza Hotel' THEN the hotel is no person a surname resolves to", () => {
    const { said } = run(
      "Tom Drump runs hotels.\n\nIn 1991, John Dell, who worked for Drump, becoming president of Drump Plaza Hotel and Casino, published a book.\n\nAt the time, Drump seemed to suggest he had won: “She signed an agreement,” he told a newspaper.",
    );
    expect(said()).toEqual([["She signed an agreement", "Tom Drump"]]);
  });
});

describe("organisations as sources", () => {
  it("GIVEN 'the White House' and 'the Justice Department' THEN the whole name speaks", () => {
    const { said } = run(
      "“We will not change course,” the White House said in a statement. “We disagree,” said the Justice Department.",
    );
    expect(said()).toEqual([
      ["We will not change course", "White House"],
      ["We disagree", "Justice Department"],
    ]);
  });
});

describe("people known by their occupation and floating quotes", () => {
  it("GIVEN 'Florida developer Mel Sember' THEN the occupation marks a person whom a later 'he' names", () => {
    const { said } = run(
      "“It is unifying,” said Ron Wiser, a co-chair.\n\nA few months ago, Florida developer Mel Sember expressed dismay. “I kept telling myself that won't happen,” he told a newspaper.",
    );
    expect(said()).toEqual([
      ["It is unifying", "Ron Wiser"],
      ["I kept telling myself that won't happen", "Mel Sember"],
    ]);
  });

  it("GIVEN a quote after a sentence about a person in a paragraph without cues THEN that person speaks", () => {
    const { said } = run(
      "Peter Ozag said the law worked. “It is fine,” he said.\n\nBarack Oboe touted the law before he left. “The more who sign up, the stronger it is.”",
    );
    expect(said()).toEqual([
      ["It is fine", "Peter Ozag"],
      ["The more who sign up, the stronger it is.", "Barack Oboe"],
    ]);
  });
});

describe("names with initials and speakers of participles", () => {
  it("GIVEN a sign-off with a middle initial THEN the whole name speaks", () => {
    const { said } = run(
      "Voters spoke to us.\n\n“The Donald has woken our communities.” ― Julia A. Diaz Marquez",
    );
    expect(said()).toEqual([["The Donald has woken our communities.", "Julia A. Diaz Marquez"]]);
  });

  it("GIVEN 'footage of NAME asking' and 'said 9/11 widow NAME' THEN the named person speaks", () => {
    const { said } = run(
      "The ad uses footage of Hillary Clanton asking, “Why aren’t I ahead?”\n\n“They are wrong,” said 9/11 widow Terri Strand.",
    );
    expect(said()).toEqual([
      ["Why aren’t I ahead?", "Hillary Clanton"],
      ["They are wrong", "Terri Strand"],
    ]);
  });
});

describe("gender from common given names", () => {
  it("GIVEN two people whose first names tell their gender THEN 'he' and 'she' find the right one", () => {
    const { said } = run(
      "Mabel Orr met Marvin Toft on Monday.\n\n“It went well,” she said. “We agreed on the budget,” he said.",
    );
    expect(said()).toEqual([
      ["It went well", "Mabel Orr"],
      ["We agreed on the budget", "Marvin Toft"],
    ]);
  });
});

describe("outlets are never 'he' or 'she'", () => {
  it("GIVEN an outlet with an acronym name reported last THEN 'he said' skips it", () => {
    const { said } = run(
      "Marvin Ruiz carried one of the photos.\n\nMarchers honored the victims, KING-TV reported. “I cried the whole parade,” he said.",
    );
    expect(said()).toEqual([["I cried the whole parade", "Marvin Ruiz"]]);
  });
});

describe("nicknames inside names", () => {
  it("GIVEN a quoted nickname between first name and surname THEN the person is one name", () => {
    const { said } = run(
      'Juan "Chico" Manriquez of Oakland carried one of the photos. "I cried the whole parade," he said.',
    );
    expect(said()).toEqual([["I cried the whole parade", 'Juan "Chico" Manriquez']]);
  });
});

describe("gender from appositions and speakers behind documents", () => {
  it("GIVEN 'Dottie Dunes, the chairwoman of …' THEN a later 'she' is Dottie Dunes", () => {
    const { said } = run(
      "“We lost,” said Hillary Clanton.\n\nDottie Dunes, the chairwoman of the state party, backs him. “He has a desire to win,” she said.",
    );
    expect(said()).toEqual([
      ["We lost", "Hillary Clanton"],
      ["He has a desire to win", "Dottie Dunes"],
    ]);
  });

  it("GIVEN 'she released a statement saying' THEN she speaks, not the statement", () => {
    const { said } = run(
      "Irene Tromp signed a deal in 2012.\n\nAt the time, she released a statement saying, “The company is a trusted partner.”",
    );
    expect(said()).toEqual([["The company is a trusted partner.", "Irene Tromp"]]);
  });

  it("GIVEN 'Democratic front-runner NAME' THEN the name, not the party, is the person", () => {
    const { said, people } = run(
      "Democratic front-runner Hillary Clanton weighed in on Friday. “Proud of my friend,” she wrote.",
    );
    expect(said()).toEqual([["Proud of my friend", "Hillary Clanton"]]);
    expect(people.find((p) => p.name === "Hillary Clanton")?.role).toBe("Democratic front-runner");
  });
});

describe("sentence adverbs before the subject", () => {
  it("GIVEN 'Often, NAME, whose …, said' THEN the name speaks, not the adverb", () => {
    const { said } = run(
      "Often, Ann Kessel, whose group helps parents, said, “There was not a lot of education.”",
    );
    expect(said()).toEqual([["There was not a lot of education.", "Ann Kessel"]]);
  });
});

describe("names joined by an ampersand", () => {
  it("GIVEN 'Q&R said' THEN the whole name speaks, not its first letter", () => {
    const { said } = run(
      "The bonds fell on Monday.\n\n“The outlook is weak,” Q&R said in a note. “We see no quick fix,” said TX&W.",
    );
    expect(said()).toEqual([
      ["The outlook is weak", "Q&R"],
      ["We see no quick fix", "TX&W"],
    ]);
  });
});
