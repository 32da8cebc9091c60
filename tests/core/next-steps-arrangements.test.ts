import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { findNextSteps } from "../../src/core/next-steps/find-next-steps.js";

// Articles dated Wednesday 2005-01-12.
function steps(body: string, date = "2005-01-12") {
  const text = `Headline\n\n${body}`;
  const found = findNextSteps(readArticle({ text, date }), [], []);
  for (const step of found) expect(text.slice(step.start, step.end)).toBe(step.text);
  return found;
}

describe("next steps: arrangements in the reporter's words", () => {
  it("GIVEN 'are also going to', 'is now set to', 'is still due to' THEN each is a step", () => {
    expect(
      steps("Mr Wang's team are also going to look into complaints from residents."),
    ).toHaveLength(1);
    expect(steps("The series is now set to return with new episodes.")).toHaveLength(1);
    expect(steps("The minister is still due to visit the site.")).toHaveLength(1);
  });

  it("GIVEN 'would be frozen' or 'will be chosen' (irregular participles) THEN each is a step", () => {
    expect(steps("But this year he said the duty would be frozen.")).toHaveLength(1);
    expect(steps("The winners will be chosen by a jury.")).toHaveLength(1);
  });

  it("GIVEN 'I propose to …' in a quote THEN it is a step", () => {
    expect(steps('He said: "I propose to continue the freeze on fuel duties."')).toHaveLength(1);
  });

  it("GIVEN a present progressive with a date to come THEN it is a step with that date", () => {
    const [show] = steps("Stuff and What Hi Fi? are hosting a gadget show in London this weekend.");
    expect(show).toMatchObject({ when: "2005-01-15", whenText: "this weekend" });
    const [meeting] = steps("Finance ministers are meeting on Thursday in Brussels.");
    expect(meeting?.when).toBe("2005-01-13");
  });

  it("GIVEN a progressive without a definite time, in a relative clause, or with the time in another clause THEN it is no step", () => {
    expect(steps("He is playing well this season.")).toHaveLength(0);
    expect(steps("The summit, which is meeting this week in Geneva, agreed a fund.")).toHaveLength(
      0,
    );
    expect(
      steps("The economy is enjoying a second wind, with growth forecast for 2005."),
    ).toHaveLength(0);
  });

  it("GIVEN a team's present tense with a weekday ('we fly out to Rome on Thursday', 'plays its first match on Thursday') THEN it is a dated step", () => {
    expect(steps("Wales are ready and they fly out to Rome on Thursday.")[0]?.when).toBe(
      "2005-01-13",
    );
    expect(steps("The new side plays its first match on Thursday.")[0]?.when).toBe("2005-01-13");
  });

  it("GIVEN 'let's face it' or 'as host of' THEN no step is found", () => {
    expect(steps("Let's face it, I have not been beaten this season.")).toHaveLength(0);
    expect(steps("She has resigned as host of the Saturday morning show.")).toHaveLength(0);
  });
});

describe("next steps: a date set on the calendar", () => {
  it("GIVEN 'is set for', 'is scheduled for', 'is expected by', 'go to the polls on' THEN each is a dated step", () => {
    expect(steps("The hearing is set for March 3.")[0]?.when).toBe("2005-03-03");
    expect(steps("The vote is scheduled for next week.")[0]?.when).toBe("2005-01-19");
    expect(steps("A ruling is expected by the end of March.")[0]?.when).toBe("2005-03");
    expect(steps("The election is expected on 5 May.")[0]?.when).toBe("2005-05-05");
    expect(steps("Voters go to the polls on Thursday.")[0]?.when).toBe("2005-01-13");
  });

  it("GIVEN a forecast ('is set for strong growth in 2005', 'is expected at 3.2% in 2005') THEN it is no step", () => {
    expect(steps("The economy is set for strong growth in 2005.")).toHaveLength(0);
    expect(steps("GDP is expected at 3.2% in 2005.")).toHaveLength(0);
  });
});

describe("next steps: claims, denials and open questions are not plans", () => {
  it("GIVEN a gerund subject ('said reopening the line would restore prosperity') THEN it is no step", () => {
    expect(
      steps("Ms Borthwick said reopening the Waverley Line would restore the area's prosperity."),
    ).toHaveLength(0);
    expect(
      steps("We believe that releasing these patents will result in innovation."),
    ).toHaveLength(0);
  });

  it("GIVEN 'it was wrong to suggest X would …' THEN it is no step", () => {
    expect(
      steps("Mr Johnson said it was wrong to suggest the chancellor would usurp Mr Milburn."),
    ).toHaveLength(0);
  });

  it("GIVEN 'has not said how much the system will cost' THEN it is no step", () => {
    expect(steps("It has not said how much the system will cost to develop.")).toHaveLength(0);
  });
});

describe("next steps: when", () => {
  it("GIVEN 'over the next few days' or 'in the coming weeks' THEN when is the month they fall in", () => {
    expect(steps("They will be questioned by a judge over the next few days.")[0]).toMatchObject({
      when: "2005-01",
      whenText: "over the next few days",
    });
    expect(steps("He said Veritas would announce policies in the coming weeks.")[0]?.when).toBe(
      "2005-01",
    );
    expect(steps("The talks will resume in the coming weeks.", "2005-01-25")[0]?.when).toBe(
      "2005-02",
    );
  });

  it("GIVEN a time in a clause of its own before ', and' THEN it is not the step's time", () => {
    const [step] = steps(
      "The unemployment rate stayed at 5.4% in December, and about 200,000 jobs will need to be created each month.",
    );
    expect(step?.when).toBeNull();
  });
});
