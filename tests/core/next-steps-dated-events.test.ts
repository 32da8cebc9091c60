import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { findNextSteps } from "../../src/core/next-steps/find-next-steps.js";
import { findTimeExpressions } from "../../src/core/next-steps/find-time-expressions.js";
import { resolveWhen } from "../../src/core/next-steps/resolve-when.js";

// Each sentence is invented for this test. Article dates are fixed: the clock is never read.
const thursday = "1999-11-04";
function dateOf(phrase: string, articleDate: string = thursday): string | null {
  const found = findTimeExpressions(phrase).filter((e) => e.meaning.kind !== "duration");
  if (found.length === 0) return null;
  const resolved = resolveWhen(found[0]!.meaning, articleDate);
  return resolved.past ? "past" : resolved.when;
}
function steps(body: string, articleDate: string = thursday) {
  const doc = readArticle({ text: `Headline\n\n${body}`, date: articleDate });
  return findNextSteps(doc, [], []);
}
const stepWhen = (body: string, articleDate: string = thursday) =>
  steps(body, articleDate)[0]?.when;

describe("GIVEN a full date followed by a comma", () => {
  it("THEN the year after the day still belongs to it", () => {
    expect(dateOf("due on Dec. 1, 2006, the bonds")).toBe("2006-12-01");
    expect(stepWhen("The notes, which will mature on Dec. 1, 2006, will pay 5%.")).toBe(
      "2006-12-01",
    );
    expect(dateOf("until early 2001, when")).toBe("2001");
  });
  it("THEN a number with a thousands comma is still no year", () => {
    expect(dateOf("about 2005,000 tons")).toBeNull();
  });
});

describe("GIVEN a passive step whose participle looks past", () => {
  it("THEN 'will be closed over the next year' is dated by its own time", () => {
    expect(stepWhen("The mill, which makes paper, will be closed over the next year.")).toBe(
      "2000",
    );
  });
  it("THEN a past clause inside the step still keeps its time", () => {
    expect(stepWhen("The club, which closed on Monday, will reopen.")).toBeNull();
  });
});

describe("GIVEN 'as soon as' before a day", () => {
  it("THEN the day is the time, not 'soon'", () => {
    expect(stepWhen("The envoys might arrive as soon as Saturday, officials said.")).toBe(
      "1999-11-06",
    );
  });
  it("THEN 'as soon as possible' names no date", () => {
    expect(stepWhen("The envoys will arrive as soon as possible.")).toBeNull();
  });
});

describe("GIVEN 'around year end'", () => {
  it("THEN the step is dated by the last month of the article's year", () => {
    expect(stepWhen("The merger is expected to close around year end.")).toBe("1999-12");
    expect(stepWhen("The buyer expects to complete the deal by year-end.")).toBe("1999-12");
    expect(stepWhen("The mill will shut by the end of the year.")).toBe("1999-12");
    expect(stepWhen("The mill will shut by the end of next year.")).toBe("2000-12");
    expect(stepWhen("The mill will shut by the end of the year.", "1999-12-20")).toBe("1999-12");
  });
  it("THEN the start of a year and 'later this year' stay the year", () => {
    expect(stepWhen("The mill will shut at the start of next year.")).toBe("2000");
    expect(stepWhen("The mill will shut later this year.")).toBe("1999");
  });
});

describe("GIVEN a payment or change set for a date", () => {
  it("THEN 'payable' and 'effective' with a date to come are steps dated by it", () => {
    expect(stepWhen("The board declared a dividend of 5 cents, payable Dec. 20 to holders.")).toBe(
      "1999-12-20",
    );
    expect(stepWhen("The firm named a new chairman, effective Jan. 3.")).toBe("2000-01-03");
  });
  it("THEN 'effective' with no date is no step", () => {
    expect(steps("The firm named a new chairman, effective immediately.")).toEqual([]);
  });
});

describe("GIVEN a calendar event told in the present", () => {
  it("THEN 'reconvenes', 'has scheduled', 'has set DATE' and ', set to resume' are steps", () => {
    expect(stepWhen("Parliament reconvenes Jan. 10.")).toBe("2000-01-10");
    expect(stepWhen("The mayor has scheduled a news conference for Monday.")).toBe("1999-11-08");
    expect(stepWhen("The club has set Dec. 1 as the deadline for offers.")).toBe("1999-12-01");
    expect(stepWhen("Rebels attacked the road to the talks, set to resume Monday in Oslo.")).toBe(
      "1999-11-08",
    );
  });
  it("THEN a relative clause with a plural present verb and a date is a step", () => {
    expect(stepWhen("The options, which expire Dec. 3, are worth little.")).toBe("1999-12-03");
  });
  it("THEN 'the date is' a day to come is a step", () => {
    expect(stepWhen("The closing date is Nov. 30.")).toBe("1999-11-30");
  });
});

describe("GIVEN a plan told in the past or in a relative clause", () => {
  it("THEN a definite date to come makes it a step", () => {
    expect(stepWhen("The firm announced that it planned to open a plant early next year.")).toBe(
      "2000",
    );
    expect(
      stepWhen("Rivals are building phones, which are expected to reach shops in March."),
    ).toBe("2000-03");
    expect(stepWhen("They said they expect the sale to be completed by Dec. 15.")).toBe(
      "1999-12-15",
    );
  });
  it("THEN a bare weekday in the past tense dates nothing", () => {
    expect(steps("The team planned to leave the capital on Thursday.")).toEqual([]);
  });
  it("THEN no date, or a vague one, leaves it no step", () => {
    expect(steps("The firm planned to open a plant.")).toEqual([]);
    expect(steps("Rivals make phones, which are expected to reach shops soon.")).toEqual([]);
  });
});

describe("GIVEN an obligation or a request with a deadline", () => {
  it("THEN 'must … by DATE' and 'asked X to … by DATE' are steps", () => {
    expect(stepWhen("The court ruled that the ship must be returned by Jan. 14.")).toBe(
      "2000-01-14",
    );
    expect(stepWhen("The regulator asked the bank to respond by Nov. 30.")).toBe("1999-11-30");
  });
  it("THEN without 'by', 'before' or 'until' the date is no deadline", () => {
    expect(steps("The regulator asked the bank to respond in a letter on Nov. 30.")).toEqual([]);
    expect(steps("Voters must choose wisely.")).toEqual([]);
  });
});

describe("GIVEN more plans with a definite date", () => {
  it("THEN 'decided to' and 'supposed to' with a date to come are steps", () => {
    expect(stepWhen("The league has decided to expand the cup in early March.")).toBe("2000-03");
    expect(stepWhen("The talks are supposed to conclude by May.")).toBe("2000-05");
  });
  it("THEN a plan told as 'was due to', 'had planned to' or with 'but' is left out", () => {
    expect(steps("The album was due for release on Dec. 6.")).toEqual([]);
    expect(steps("The band had planned to tour the US from Dec. 6.")).toEqual([]);
    expect(steps("The firm planned to open the plant in March, but costs rose.")).toEqual([]);
  });
  it("THEN 'extended to' needs a date right after it", () => {
    expect(steps("The rules were extended to all schools on Monday.")).toEqual([]);
  });
  it("THEN a deadline extended to a date is a step dated by it", () => {
    expect(stepWhen("The rival offer was extended to Nov. 19.")).toBe("1999-11-19");
  });
  it("THEN an election due on a date is a step", () => {
    expect(stepWhen("With the election due this December, the party is nervous.")).toBe("1999-12");
  });
  it("THEN 'decided to' with no date, or a weekday, is no step", () => {
    expect(steps("The league decided to expand the cup.")).toEqual([]);
    expect(steps("The league decided to expand the cup on Monday.")).toEqual([]);
  });
});

describe("GIVEN a 'would' reported at the end of its sentence", () => {
  it("THEN a definite time to come makes it a step", () => {
    expect(stepWhen("The envoys would leave for Geneva on Tuesday, the minister said.")).toBe(
      "1999-11-09",
    );
  });
  it("THEN without a time it stays no step", () => {
    expect(steps("The envoys would leave for Geneva, the minister said.")).toEqual([]);
  });
});

describe("GIVEN a dated plan that is denied or told as a past expectation", () => {
  it("THEN it is no step", () => {
    expect(steps("The firm did not plan to open the plant early next year.")).toEqual([]);
    expect(steps("We never expected the rebels to sign the deal today.")).toEqual([]);
    expect(steps("I don't think we expect the rebels to sign the deal by Dec. 1.")).toEqual([]);
  });
});

describe("GIVEN weekdays that name a habit", () => {
  it("THEN 'Monday and Tuesday nights' is no date and a later date dates the step", () => {
    expect(dateOf("on Monday nights")).toBeNull();
    expect(stepWhen("Two new trains will run on Monday and Tuesday nights from Dec. 6.")).toBe(
      "1999-12-06",
    );
  });
  it("THEN 'Monday night' is still a day", () => {
    expect(dateOf("on Monday night")).toBe("1999-11-08");
  });
});

describe("GIVEN someone summoned to act on a date", () => {
  it("THEN 'subpoenaed X to testify on DATE' is a step", () => {
    expect(
      stepWhen("The senator subpoenaed the banker to testify before the panel on Dec. 2."),
    ).toBe("1999-12-02");
  });
});

describe("GIVEN 'should be' with no act", () => {
  it("THEN 'should be more space until the end of the year' is no deadline", () => {
    expect(steps("There should be more room for gains until the end of the year.")).toEqual([]);
  });
  it("THEN 'should be paid by Dec. 1' is one", () => {
    expect(stepWhen("The fees should be paid by Dec. 1.")).toBe("1999-12-01");
  });
});

describe("GIVEN a dated expectation about what something will be", () => {
  it("THEN 'which are expected to be big hits later this month' is no step", () => {
    expect(
      steps("Two games, which are expected to be big hits later this month, sold out."),
    ).toEqual([]);
  });
  it("THEN 'which are expected to be launched later this month' is one", () => {
    expect(
      stepWhen("Two games, which are expected to be launched later this month, sold out."),
    ).toBe("1999-11");
  });
});

describe("GIVEN a plan negated with a contracted 'n't'", () => {
  it("THEN 'don't expect to' and 'didn't plan to' are no step", () => {
    expect(steps("The unions don't expect to strike next month.")).toEqual([]);
    expect(steps("The board didn't plan to vote on Friday.")).toEqual([]);
  });
  it("THEN the plan without the negation is still a step", () => {
    expect(stepWhen("The unions expect to strike next month.")).toBe("1999-12");
  });
});

describe("GIVEN a past time closing a side clause inside the step", () => {
  it("THEN the step keeps the time to come after it", () => {
    expect(
      stepWhen("The firm said it would extend its bid, due to expire last Friday, to Nov. 20."),
    ).toBe("1999-11-20");
    expect(
      stepWhen("The league plans to show a film _ made last month, before the strike _ on Nov. 9."),
    ).toBe("1999-11-09");
  });
  it("THEN a past time ending the sentence still makes the step past", () => {
    expect(steps("The club will sign the striker, who left Rome last month.")).toEqual([]);
  });
});

describe("GIVEN a dated plan whose verb takes a list of names", () => {
  it("THEN the commas of the list do not cut the date off", () => {
    expect(
      stepWhen("The union has decided to admit Peru, Chile and the Philippines in early March."),
    ).toBe("2000-03");
  });
  it("THEN a comma outside a list still does", () => {
    expect(steps("The band is touring France, which it loves, in March.")).toEqual([]);
  });
});

describe("GIVEN a present-tense meeting with a subject of two names joined by 'and'", () => {
  it("THEN 'He and Premier Li Peng meet separately Monday' is a step on that day", () => {
    expect(stepWhen("He and Premier Li Peng meet separately Monday with the envoy.")).toBe(
      "1999-11-08",
    );
  });
  it("THEN a habit or a past meeting is not", () => {
    expect(steps("Li and Chen meet often.")).toEqual([]);
    expect(steps("Li and Chen met on Monday.")).toEqual([]);
  });
});

describe("GIVEN a passive infinitive with a date to come", () => {
  it("THEN 'a festival, to be held in June' is a step on that date", () => {
    expect(stepWhen("The city has named a director for its festival, to be held in June.")).toBe(
      "2000-06",
    );
    expect(stepWhen("The bank plans a sale of bonds, to be completed around Nov. 20.")).toBe(
      "1999-11-20",
    );
    expect(stepWhen("New rules to be published in early December will decide the case.")).toBe(
      "1999-12",
    );
  });
  it("THEN a state, a wish or a changed plan is not", () => {
    expect(steps("Analysts seem to be divided on the merger in December.")).toEqual([]);
    expect(steps("If you want your vote to be counted in December, register.")).toEqual([]);
    expect(steps("The film was due to be shown on 30 November.")).toEqual([]);
    expect(steps("Growth is projected to be 2% next year.")).toEqual([]);
  });
});

describe("GIVEN a hearing, a vote or a meeting told in the present with a time to come", () => {
  it("THEN it is a step on that time", () => {
    expect(stepWhen("The appeal is heard in May.")).toBe("2000-05");
    expect(stepWhen("The court hears the appeal in May.")).toBe("2000-05");
    expect(stepWhen("Congress votes on the budget next week.")).toBe("1999-11-11");
    expect(stepWhen("The two presidents hold talks in Lima next week.")).toBe("1999-11-11");
  });
  it("THEN a noun 'votes' and a yearly event are not", () => {
    expect(
      steps("They say the mayor won thanks to postal votes during the 20 November poll."),
    ).toEqual([]);
    expect(steps("The fair is held in May every year.")).toEqual([]);
    expect(steps("The fair is held in May annually.")).toEqual([]);
  });
});

describe("GIVEN a wish or a goal with a definite date to come", () => {
  it("THEN 'wants to … by the end of 2000' and 'the goal is to … by March' are steps", () => {
    expect(stepWhen("The carmaker wants to double its exports by the end of 2000.")).toBe("2000");
    expect(stepWhen("The goal is to send 20,000 doctors to the region by March.")).toBe("2000-03");
  });
  it("THEN without a date, or as a guess ('would want to'), they are not", () => {
    expect(steps("The carmaker wants to double its exports.")).toEqual([]);
    expect(steps("The aim is to win the league.")).toEqual([]);
    expect(steps("If he won, he would want to stay next year.")).toEqual([]);
  });
});

describe("GIVEN a binding order with a date to come that is not a deadline", () => {
  it("THEN 'requires the company to begin an auction in June 2004' is a dated step", () => {
    expect(stepWhen("The deal requires the company to begin an auction in June 2004.")).toBe(
      "2004-06",
    );
    expect(stepWhen("The judge ordered the firm to pay the fine in January.")).toBe("2000-01");
  });
  it("THEN a request needs 'by', and a bare weekday is no date", () => {
    expect(steps("Officials urged the firm to pay in January.")).toEqual([]);
    expect(steps("The judge ordered the firm to pay the fine on Monday.")).toEqual([]);
  });
});

describe("GIVEN an offer with a definite date to come", () => {
  it("THEN 'I am willing to leave tomorrow' and 'we're prepared to sign in January' are steps", () => {
    expect(stepWhen("“I am willing to fly there tomorrow,” the father wrote.")).toBe("1999-11-05");
    expect(stepWhen("We're prepared to sign the deal in January.")).toBe("2000-01");
  });
  it("THEN without a date, or with a bare weekday, it is not", () => {
    expect(steps("He is willing to talk.")).toEqual([]);
    expect(steps("The team is ready to play on Saturday.")).toEqual([]);
  });
});

describe("GIVEN a report dated by the day of the saying", () => {
  it("THEN 'said on Monday that …' keeps the day out of the step and its date", () => {
    const [step] = steps("The mayor said on Monday that the city would close the pool.");
    expect(step?.text).toBe("the city would close the pool");
    expect(step?.when).toBeNull();
    expect(steps("The mayor said Tuesday the city would close the pool.")[0]?.when).toBeNull();
  });
  it("THEN a day after the verb of the step is still its date", () => {
    expect(stepWhen("The mayor said last week that the city would close the pool in March.")).toBe(
      "2000-03",
    );
    expect(stepWhen("The mayor said the city would close the pool on Tuesday.")).toBe("1999-11-09");
  });
});

describe("GIVEN a named day given a day to come", () => {
  it("THEN 'Flag Day is this coming Sunday' and 'Election Day is Tuesday' are steps", () => {
    expect(stepWhen("National Flag Day is this coming Sunday.")).toBe("1999-11-07");
    expect(stepWhen("Election Day is Tuesday.")).toBe("1999-11-09");
  });
  it("THEN a day not named as an event is not", () => {
    expect(steps("His birthday is on Sunday.")).toEqual([]);
  });
});

describe("GIVEN a weekday in the possessive inside a dated step", () => {
  it("THEN the step is dated by its own time, not by the named event's day", () => {
    expect(
      stepWhen(
        "The union said it would fight Monday's ruling by the board to close the mill by Nov. 20.",
      ),
    ).toBe("1999-11-20");
  });
  it("THEN a possessive weekday alone still dates the step", () => {
    expect(stepWhen("The council will publish its answer before Monday's meeting.")).toBe(
      "1999-11-08",
    );
  });
});
