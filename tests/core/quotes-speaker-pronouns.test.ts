import { describe, expect, it } from "vitest";
import { directSpeakers } from "../fixtures/direct-speakers.js";

/** Hand-written articles (not from any corpus): which person "he" or "she" stands for. */
const said = directSpeakers;

describe("pronouns after a speaker and a new subject in one paragraph", () => {
  it("GIVEN 'said X. Y, eyeing his chance, … “…,” he said' THEN he is Y, the nearer subject", () => {
    expect(
      said(
        "“It was out of his range, but I looked at Tom,” said Gareth Price. Tom Ellis, eyeing his chance, relished the moment and slotted the kick. “I knew I would get it,” he said later.",
      ),
    ).toEqual([
      ["It was out of his range, but I looked at Tom", "Gareth Price"],
      ["I knew I would get it", "Tom Ellis"],
    ]);
  });

  it("GIVEN a university named after a man in the speaker's apposition THEN he is still the speaker", () => {
    expect(
      said(
        "That may be so, said Ed Marks, a George Mason University graduate who covers the courts. “We do what we can,” he said.",
      ),
    ).toEqual([["We do what we can", "Ed Marks"]]);
  });
});

describe("'it' after a company named in one word", () => {
  it("GIVEN 'Fernair said …, it expects to lose “…”' THEN the company speaks", () => {
    expect(
      said(
        "Fernair has asked its pilots to accept lower pay. Fernair also said that, if it did not make any cuts at all this winter, it expects to lose “hundreds of millions of dollars” next year.",
      ),
    ).toEqual([["hundreds of millions of dollars", "Fernair"]]);
  });

  it("GIVEN 'Beyond that, …' opening a sentence THEN the preposition is no speaker", () => {
    const out = said(
      "The inspector filed her report. Beyond that, it said the fence had been “cut from the inside.”",
    );
    expect(out[0]?.[1]).not.toBe("Beyond");
  });
});

describe("a pronoun answering the writer's one-sentence question", () => {
  it("GIVEN 'Was Szabo satisfied with Ruiz's answer?¶“…,” he said' THEN he is Szabo, whom the question is about", () => {
    expect(
      said(
        "Marco Ruiz spoke to Tom Szabo after the rally. “We want more visas,” Ruiz said.\n\nWas Szabo satisfied with Ruiz's answer?\n\n“To a point,” he said.",
      ),
    ).toEqual([
      ["We want more visas", "Marco Ruiz"],
      ["To a point", "Tom Szabo"],
    ]);
  });

  it("GIVEN the question is about a woman and the answer says 'he' THEN he is not her", () => {
    const out = said(
      "Marco Ruiz spoke to Ann Szabo after the rally. “We want more visas,” Ruiz said.\n\nWas Ann Szabo satisfied with the answer?\n\n“To a point,” he said.",
    );
    expect(out[1]?.[1]).not.toBe("Ann Szabo");
  });
});
