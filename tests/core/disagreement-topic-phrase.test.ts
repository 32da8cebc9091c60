import { describe, expect, it } from "vitest";
import { topicAfterCue } from "../../src/core/disagreement/extract-topic.js";

// What a verb of opposition acts on, read from the words after the verb.
const after = (sentence: string, cue: string) => {
  const at = sentence.indexOf(cue) + cue.length;
  return topicAfterCue(sentence, at, sentence.length, /\b(?:Harbour Board|Fishermen)\b/g);
};

describe("the topic after a verb of opposition is a noun phrase", () => {
  it("GIVEN a passive verb's agent ('criticised by the harbour trust chairman') THEN the agent is no topic", () => {
    expect(
      after("The plan was criticised by the harbour trust chairman.", "criticised"),
    ).toBeNull();
  });

  it("GIVEN a date after the verb THEN the date is no topic", () => {
    expect(after("The Fishermen rejected on 16 March a new quota.", "rejected on")).toBeNull();
  });

  it("GIVEN 'accused X of “quoted words”' THEN the topic is the quoted words", () => {
    expect(
      after('The Fishermen accused the Harbour Board of "selling out the fleet".', "accused"),
    ).toBe("selling out the fleet");
  });

  it("GIVEN a phrase that stops on a function word THEN the dangling word is dropped", () => {
    expect(
      after(
        "The Fishermen criticised the harbour dredging plans that, they said, harm stocks.",
        "criticised",
      ),
    ).toBe("harbour dredging plans");
  });
});
