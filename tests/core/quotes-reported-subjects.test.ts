import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";
import { reported } from "./fixtures/reported-speech.js";

// Hand-written sentences (not from any corpus): subjects and clause ends of reported speech.

describe("reported speech subjects that name no one", () => {
  it("GIVEN a share of a poll as subject THEN it reports, named by the phrase", () => {
    expect(reported("Thirty-one percent said they would vote for the mayor again.")).toEqual([
      ["they would vote for the mayor again", "Thirty-one percent"],
    ]);
    expect(reported("About four in 10 said the council was doing a poor job.")).toEqual([
      ["the council was doing a poor job", "About four in 10"],
    ]);
  });

  it("GIVEN a plural description with a possessor THEN the whole phrase is the source", () => {
    expect(reported("Garner's associates said he would not run for the seat.")).toEqual([
      ["he would not run for the seat", "Garner's associates"],
    ]);
  });

  it("GIVEN a subject with a modifier and a dashed aside THEN the subject is read whole", () => {
    expect(
      reported(
        "People with direct knowledge of the talks — including two lawyers — said the deal had collapsed.",
      ),
    ).toEqual([["the deal had collapsed", "People with direct knowledge of the talks"]]);
  });

  it("GIVEN 'who said' with no comma THEN the relative's antecedent is the source", () => {
    expect(
      reported("The mayor won among the small business owners who said taxes were too high."),
    ).toEqual([["taxes were too high", "the small business owners"]]);
  });

  it("GIVEN a time phrase between the subject and its verb THEN the subject is still found", () => {
    expect(
      reported("Mayor Ellen Ward on Tuesday said that the bridge would reopen in May."),
    ).toEqual([["the bridge would reopen in May", "Ellen Ward"]]);
  });

  it("GIVEN a quantifier before an -s word THEN the word is a noun, not a cue", () => {
    expect(
      reported("The mayor's office sent a few tweets about the closure of the bridge."),
    ).toEqual([]);
  });
});

describe("reported clause ends", () => {
  it("GIVEN 'said X and promised Y' THEN each verb of the speaker reports a clause", () => {
    expect(
      reported(
        "Judge Ann Moss said she regretted her remarks and promised to stay out of politics.",
      ),
    ).toEqual([
      ["she regretted her remarks", "Ann Moss"],
      ["promised to stay out of politics", "Ann Moss"],
    ]);
  });

  it("GIVEN a second verb whose subject is inside the content THEN the clause goes on", () => {
    expect(
      reported("Analysts say the city is short of money, and wants the state to pay for the road."),
    ).toEqual([
      ["the city is short of money, and wants the state to pay for the road", "Analysts"],
    ]);
  });

  it("GIVEN ', which' after the clause THEN the writer's relative is left out", () => {
    expect(
      reported("Tom Hale said the plan would cut costs, which critics have long disputed."),
    ).toEqual([["the plan would cut costs", "Tom Hale"]]);
  });
});

describe("stances and findings held by groups, polls and studies", () => {
  it("GIVEN a plural group holding a stance THEN its stance is reported with its verb", () => {
    expect(reported("Intelligence officials believe the hackers were based abroad.")).toEqual([
      ["believe the hackers were based abroad", "Intelligence officials"],
    ]);
  });

  it("GIVEN a poll that shows something THEN what it shows is reported", () => {
    expect(reported("A new county poll shows the mayor trailing by nine points.")).toEqual([
      ["the mayor trailing by nine points", "A new county poll"],
    ]);
  });

  it("GIVEN 'found itself' or 'showed up' THEN nothing was found or shown", () => {
    expect(reported("Mayor Ellen Ward found herself at the centre of the dispute.")).toEqual([]);
    expect(reported("Mayor Ellen Ward showed up in Portland to hear the governor.")).toEqual([]);
  });

  it("GIVEN a passive verb of speech THEN no one is reported", () => {
    expect(reported("Ellen Ward was declared the winner of the county primary.")).toEqual([]);
  });

  it("GIVEN a singular verb after a plural subject THEN the plural subject is not its source", () => {
    expect(reported("Economists say the city is broke, and wants the state to pay.")).toEqual([
      ["the city is broke, and wants the state to pay", "Economists"],
    ]);
  });
});

describe("verbs of plan and reference", () => {
  it("GIVEN 'plans to' THEN the plan is reported from its 'to', the verb its cue", () => {
    expect(reported("Mayor Ellen Ward plans to close the bridge for repairs.")).toEqual([
      ["to close the bridge for repairs", "Ellen Ward"],
    ]);
  });

  it("GIVEN ', referring to …' after a cue THEN the reference is the speaker's", () => {
    expect(
      reported("Ellen Ward praised the new budget on Monday, referring to the school plan."),
    ).toContainEqual(["referring to the school plan", "Ellen Ward"]);
  });
});

describe("according to", () => {
  it("GIVEN 'according to' a phrase no name reader takes THEN the phrase is the source", () => {
    expect(reported("Turnout fell by a third in the county, according to early returns.")).toEqual([
      ["Turnout fell by a third in the county", "early returns"],
    ]);
  });

  it("GIVEN a source running on to its comma THEN the content follows the comma", () => {
    const found = reported(
      "According to a Harlow/Reed poll of voters, the two candidates are tied in the county.",
    );
    expect(found.map(([content]) => content)).toEqual([
      "the two candidates are tied in the county",
    ]);
  });

  it("GIVEN a short lead-in before 'according to' THEN the longer piece is the content", () => {
    expect(
      reported(
        "In addition, according to the department, nine million more workers will be paid overtime.",
      ),
    ).toEqual([["nine million more workers will be paid overtime", "the department"]]);
  });
});

describe("bodies that speak as one", () => {
  it("GIVEN 'A prominent Latino business group says …' THEN the whole phrase reports", () => {
    expect(
      reported("A prominent Latino business group says the new tariff will close small dairies."),
    ).toEqual([["the new tariff will close small dairies", "A prominent Latino business group"]]);
  });
});

describe("listeners", () => {
  it("GIVEN 'asked X to …' THEN what the listener was asked to do is reported", () => {
    expect(reported("Pastor Tom Reed asked the congregation to stand for the anthem.")).toEqual([
      ["the congregation to stand for the anthem", "Tom Reed"],
    ]);
  });

  it("GIVEN a listener with circumstances before 'that' THEN the clause after 'that' is reported", () => {
    expect(
      reported(
        "Ellen Ward told a town hall in Salem, Oregon on Monday that the plant would close.",
      ),
    ).toEqual([["the plant would close", "Ellen Ward"]]);
  });
});

describe("a subject with a relative clause before its verb", () => {
  it("GIVEN 'X who … say' opening the sentence THEN X speaks, not the relative's object", () => {
    expect(
      reported("Residents who live near the old plant say the air is thick with soot."),
    ).toEqual([["the air is thick with soot", "Residents"]]);
    expect(reported("Most of the farmers who backed the levy said they felt betrayed.")).toEqual([
      ["they felt betrayed", "Most of the farmers"],
      // What the relative says the farmers backed is a stance of theirs too.
      ["the levy", "the farmers"],
    ]);
  });

  it("GIVEN an introduction and a comma before 'X who …' THEN X speaks", () => {
    expect(
      reported("In Salem, the teachers who walked out on Monday say the district lied to them."),
    ).toEqual([["the district lied to them", "the teachers"]]);
  });

  it("GIVEN an apposition with a relative THEN the name it describes still speaks", () => {
    expect(
      reported(
        "Ellen Ward, a nurse who worked at the clinic for years, said the ward was understaffed.",
      ),
    ).toEqual([["the ward was understaffed", "Ellen Ward"]]);
  });
});

describe("subjects that are documents", () => {
  it("GIVEN a plural noun that is also a verb of speech before a verb THEN it is the subject", () => {
    expect(reported("Leaked emails revealed that the treasurer had misled the board.")).toEqual([
      ["the treasurer had misled the board", "Leaked emails"],
    ]);
    expect(reported("New reports suggest that the mill will close before winter.")).toEqual([
      ["the mill will close before winter", "New reports"],
    ]);
  });

  it("GIVEN a finder opening its sentence with a participle after it THEN it shows the clause", () => {
    expect(reported("Documents released Friday show that the mayor knew about the loans.")).toEqual(
      [["the mayor knew about the loans", "Documents"]],
    );
    expect(
      reported("Records obtained by the paper show that the mayor knew about the loans."),
    ).toEqual([["the mayor knew about the loans", "Records obtained by the paper"]]);
  });
});

describe("subjects that show what they record", () => {
  it("GIVEN a video or evidence with a modifier before 'shows' THEN the whole phrase shows it", () => {
    expect(reported("A video of the hearing shows that the crowd booed the mayor loudly.")).toEqual(
      [["the crowd booed the mayor loudly", "A video of the hearing"]],
    );
    expect(reported("The new evidence from the audit suggests the mill was losing money.")).toEqual(
      [["the mill was losing money", "The new evidence from the audit"]],
    );
  });
});

describe("a plural subject with a participle after it", () => {
  it("GIVEN 'activists clamoring to … say' THEN the whole phrase speaks", () => {
    expect(
      reported(
        "Local activists clamoring to bar Ward Quarry from the county say the deadline is unfair.",
      ),
    ).toEqual([
      ["the deadline is unfair", "Local activists clamoring to bar Ward Quarry from the county"],
    ]);
  });
});

describe("a finder whose modifier names a publisher", () => {
  it("GIVEN 'a projection from the Harbor Political Report shows' THEN the projection shows it", () => {
    expect(
      reported(
        "A projection from the Harbor Political Report shows that turnout will fall sharply.",
      ),
    ).toEqual([["turnout will fall sharply", "A projection from the Harbor Political Report"]]);
  });
});

describe("a report that introduces someone else's quote", () => {
  it("GIVEN 'A said B told him: “…”' THEN the quote is B's and no reported speech repeats it", () => {
    const text =
      "Headline for a test\n\nRobert Pell said Tony Marsh told him: “I will not stand down before the vote.”";
    const { quotes } = attributeQuotes(readArticle({ text }));
    expect(quotes.map((q) => [q.kind, q.speaker.name])).toEqual([["direct", "Tony Marsh"]]);
  });
});
