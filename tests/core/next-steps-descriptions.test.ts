import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { findNextSteps } from "../../src/core/next-steps/find-next-steps.js";

function texts(body: string, date = "2005-03-02") {
  const text = `Headline\n\n${body}`;
  return findNextSteps(readArticle({ text, date }), [], []).map((s) => s.text);
}

describe("next steps are acts to come, not descriptions", () => {
  it("GIVEN how a system works ('a signal that will bounce back', 'held by everyone') THEN no step", () => {
    expect(
      texts(
        "The system works by sending a signal that will bounce back to the receiver. " +
          "Like Kazaa these trackers will be held by everyone. Each file will be split into pieces.",
      ),
    ).toEqual([]);
  });

  it("GIVEN 'he said that would permit …' THEN the reported consequence stays a step", () => {
    expect(texts("He said that would permit the financing of more ships.")).toEqual([
      "would permit the financing of more ships",
    ]);
  });

  it("GIVEN habits and sayings ('I will always', 'will never', 'We will see', 'will actually be') THEN no step", () => {
    expect(
      texts(
        '"I will always make sure the team comes first," he said. "I will never go back." ' +
          '"We will see," he added. The effect of the warnings will actually be to silence them.',
      ),
    ).toEqual([]);
  });

  it("GIVEN a calendar event described as a habit ('which airs on a Saturday morning') THEN no step, but a dated one stays", () => {
    expect(
      texts(
        "She co-hosted the show, which airs on a Saturday morning. The festival, which opens on Thursday, will show 350 films.",
      ),
    ).toEqual(["The festival, which opens on Thursday, will show 350 films"]);
  });

  it("GIVEN 'is due by the end of March' THEN it is a dated step", () => {
    const text = "Headline\n\nThe report is due by the end of March.";
    const [step] = findNextSteps(readArticle({ text, date: "2005-03-02" }), [], []);
    expect(step).toMatchObject({ text: "The report is due by the end of March", when: "2005-03" });
  });
});
