import { describe, expect, it } from "vitest";
import { readNounPhrase } from "../../src/core/entities/read-noun-phrase.js";
import { readSourceBefore } from "../../src/core/entities/read-source.js";
import { tokenize } from "../../src/core/text/tokenize.js";

function phrase(text: string) {
  const np = readNounPhrase(text, tokenize(text), 0);
  return np && { kind: np.kind, name: np.name, role: np.role, gender: np.gender };
}

function subjectOf(text: string) {
  const tokens = tokenize(text);
  const verb = tokens.findIndex((t) => t.text === "said");
  const np = readSourceBefore(text, tokens, verb);
  return np && { name: np.name, role: np.role };
}

describe("readNounPhrase", () => {
  it("GIVEN titles before a name THEN the title is the role and the name stays whole", () => {
    expect(phrase("Russian Foreign Minister Sergei Lavrov")).toMatchObject({
      kind: "name",
      name: "Sergei Lavrov",
      role: "Russian Foreign Minister",
    });
    expect(phrase("Pentagon press secretary Geoff Morrell")).toMatchObject({
      name: "Geoff Morrell",
      role: "Pentagon press secretary",
    });
    expect(phrase("U.S. Secretary of State Condoleezza Rice")).toMatchObject({
      name: "Condoleezza Rice",
      role: "U.S. Secretary of State",
    });
  });

  it("GIVEN honorifics THEN they leave the name and tell the gender when they can", () => {
    expect(phrase("Mr Blair")).toMatchObject({ name: "Blair", role: null, gender: "m" });
    expect(phrase("Ms. Sherry")).toMatchObject({ name: "Sherry", gender: "f" });
    expect(phrase("Sen. Jeff Merkley of Oregon")).toMatchObject({
      name: "Jeff Merkley",
      role: "Sen.",
    });
  });

  it("GIVEN descriptions, pronouns and organisations THEN each is read as such", () => {
    expect(phrase("a senior administration official")).toMatchObject({
      kind: "description",
      name: "a senior administration official",
    });
    expect(phrase("she")).toMatchObject({ kind: "pronoun", gender: "f" });
    expect(phrase("the White House")).toMatchObject({ kind: "org" });
  });

  it("GIVEN words before a name that name no office THEN there is no role", () => {
    expect(phrase("Her liberal friends have mocked Trump")).toMatchObject({
      kind: "description",
      name: "Her liberal friends",
    });
    expect(readNounPhrase("mocked Trump", tokenize("mocked Trump"), 1)).toMatchObject({
      name: "Trump",
      role: null,
    });
  });
});

describe("readSourceBefore", () => {
  it("GIVEN an apposition between the name and the verb THEN the name speaks and the apposition is the role", () => {
    expect(
      subjectOf("Simon Saradzhyan, an independent security analyst in Moscow, said Russia could"),
    ).toEqual({
      name: "Simon Saradzhyan",
      role: "independent security analyst in Moscow",
    });
  });

  it("GIVEN a party tag or a prepositional phrase before the verb THEN the subject is still found", () => {
    expect(subjectOf("Rep. Earl Blumenauer (D-Ore.) said")?.name).toBe("Earl Blumenauer");
    expect(subjectOf("Another source speaking to Fox News said")?.name).toBe("Another source");
  });
});
