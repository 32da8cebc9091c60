import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import type { Person } from "../../src/core/card/card-schema.js";
import { findNextSteps } from "../../src/core/next-steps/find-next-steps.js";

const person = (name: string, role: string | null = null): Person => ({
  name,
  role,
  aliases: [],
  quoteCount: 0,
});

function steps(body: string, people: Person[] = [], date = "2007-10-12") {
  const text = `Headline\n\n${body}`;
  const found = findNextSteps(readArticle({ text, date }), [], people);
  for (const step of found) expect(text.slice(step.start, step.end)).toBe(step.text);
  return found;
}

describe("findNextSteps", () => {
  it("GIVEN 'will travel next week' THEN the step has its actor and the date a week on", () => {
    const [step] = steps("Smith will travel next week to Paris for talks.", [person("John Smith")]);
    expect(step).toMatchObject({ actor: "John Smith", when: "2007-10-19", conditional: false });
    expect(step?.text).toBe("Smith will travel next week to Paris for talks");
  });

  it("GIVEN 'said they would meet again in six months' THEN when is the month and the text the reported content", () => {
    const [step] = steps(
      "The Russian and American ministers said they would meet again in six months.",
    );
    expect(step).toMatchObject({
      text: "they would meet again in six months",
      when: "2008-04",
      actor: "Russia and United States",
    });
  });

  it("GIVEN a reported plan with an object that names countries THEN the actor is whoever said it", () => {
    const [step] = steps("Jones said talks with Poland and the Czech Republic would continue.", [
      person("Mary Jones"),
    ]);
    expect(step).toMatchObject({
      text: "talks with Poland and the Czech Republic would continue",
      actor: "Mary Jones",
      when: null,
    });
  });

  it("GIVEN 'might … unless' THEN the step is conditional", () => {
    const [step] = steps("Moscow said it might quit the treaty unless it was expanded.");
    expect(step).toMatchObject({ conditional: true, actor: "Russia" });
  });

  it("GIVEN durations, past events and hypotheticals THEN there is no next step", () => {
    expect(
      steps(
        "Ministers met after five hours of talks. The plan failed last week. Quitting would restore the balance.",
      ),
    ).toEqual([]);
  });

  it("GIVEN a noun 'plans' or a negated plan THEN it is not a next step", () => {
    expect(
      steps("They argued over U.S. plans to place a shield. Officials do not intend to leave."),
    ).toEqual([]);
  });

  it("GIVEN a promise inside quotation marks THEN the step is the quoted words", () => {
    const text = "H\n\n“We will sign the deal in March,” she said.";
    const [step] = findNextSteps(readArticle({ text, date: "2024-01-10" }), [], []);
    expect(step).toMatchObject({
      text: "We will sign the deal in March",
      when: "2024-03",
      actor: null,
    });
  });

  it("GIVEN no article date THEN relative times stay unresolved", () => {
    const text = "H\n\nThe board will vote next week.";
    expect(findNextSteps(readArticle({ text }), [], [])[0]?.when).toBeNull();
  });

  it("GIVEN predictions, idioms, wishes and unanswered questions THEN they are not next steps", () => {
    expect(
      steps(
        'It will be a great game. Players moved at will. "I would like to do more," he said. The firm did not say when the sale would happen.',
      ),
    ).toEqual([]);
  });

  it("GIVEN a passive plan and a day-month date THEN both count, and a past time in the step is not its date", () => {
    const found = steps(
      "The vote will be held on 5 January. The match, which was abandoned on Sunday, will be replayed.",
    );
    expect(found.map((s) => s.when)).toEqual(["2008-01-05", null]);
  });

  it("GIVEN a question or a habitual 'who would' THEN no step; 'unclear whether … will' is conditional", () => {
    expect(
      steps("Will the inquiry ever stop? Guards who would come at night said nothing."),
    ).toEqual([]);
    const [step] = steps("It is unclear whether a vote will be scheduled before the break.");
    expect(step?.conditional).toBe(true);
  });

  it("GIVEN a quotation with two promises over two sentences THEN it is one step", () => {
    const text = "H\n\n“We will cut taxes. We will build roads,” the mayor said.";
    const words = "We will cut taxes. We will build roads";
    const start = text.indexOf(words);
    const speaker = { name: "the mayor", role: "mayor", anonymous: true };
    const quote = {
      text: words,
      start,
      end: start + words.length,
      kind: "direct" as const,
      speaker,
    };
    const found = findNextSteps(readArticle({ text }), [quote], []);
    expect(found.map((s) => s.text)).toEqual(["We will cut taxes. We will build roads"]);
  });

  it("GIVEN forecasts of figures THEN they are next steps only with a definite time to come, while the firm's plan is one anyway", () => {
    const found = steps(
      "Sales will fall 8% this year. Profits are expected to rise. Costs will rise soon. The firm said it would cut 500 jobs.",
    );
    expect(found.map((s) => s.text)).toEqual([
      "Sales will fall 8% this year",
      "it would cut 500 jobs",
    ]);
  });
});
