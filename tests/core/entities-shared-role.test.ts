import { describe, expect, it } from "vitest";
import { buildCard } from "../../src/core/build-card.js";

function people(body: string) {
  return buildCard({ text: `Festival line-up announced\n\n${body}` }).people.map((p) => ({
    name: p.name,
    role: p.role,
  }));
}

describe("card people: a plural role shared by a list of names", () => {
  it("GIVEN a plural role before two coordinated names THEN each gets it in the singular, and a name after the verb does not", () => {
    expect(
      people(
        "Irish authors Maeve Dunphy and Colm Tarrant met Lena Okafor at the opening on Friday.",
      ),
    ).toEqual([
      { name: "Maeve Dunphy", role: "Irish author" },
      { name: "Colm Tarrant", role: "Irish author" },
      { name: "Lena Okafor", role: null },
    ]);
  });

  it("GIVEN a plural role before a comma list of names THEN every name in the list gets it", () => {
    expect(
      people(
        "Democratic senators Ruth Calder, Owen Pryce and Nadia Hollis voted against the bill.",
      ),
    ).toEqual([
      { name: "Ruth Calder", role: "Democratic senator" },
      { name: "Owen Pryce", role: "Democratic senator" },
      { name: "Nadia Hollis", role: "Democratic senator" },
    ]);
  });

  it("GIVEN a plural role before a single name THEN it is not made singular (a group, not an office)", () => {
    expect(people("Hollywood stars Kevin Marlow joined the cast on Friday.")).toEqual([
      { name: "Kevin Marlow", role: null },
    ]);
  });
});

describe("card people: a plural role named before 'such as' and a list", () => {
  it("GIVEN 'past winners of the cup, such as A and B' THEN both get the role in the singular, and a later name does not", () => {
    expect(
      people(
        "Other past winners of the Gold Cup, such as Tomas Rell and Anna Vey, did not enter. Judge Lena Okafor said so.",
      ),
    ).toEqual([
      { name: "Tomas Rell", role: "past winner of the Gold Cup" },
      { name: "Anna Vey", role: "past winner of the Gold Cup" },
      { name: "Lena Okafor", role: "Judge" },
    ]);
  });
});

describe("card people: a plural role after 'all' closing a list of names", () => {
  it("GIVEN 'A, B and C, all past winners of the cup,' THEN each listed name gets it, and a name outside the list does not", () => {
    expect(
      people(
        "Lena Okafor praised Tomas Rell, Anna Vey and Colm Tarrant, all past winners of the Gold Cup, on Friday.",
      ),
    ).toEqual([
      { name: "Lena Okafor", role: null },
      { name: "Tomas Rell", role: "past winner of the Gold Cup" },
      { name: "Anna Vey", role: "past winner of the Gold Cup" },
      { name: "Colm Tarrant", role: "past winner of the Gold Cup" },
    ]);
  });
});

describe("card people: a plural role predicated of a list of names", () => {
  it("GIVEN 'A and B are the only nominees to …' THEN both get the role, cut at its head, and a name outside the list does not", () => {
    expect(
      people("Lena Okafor said Tomas Rell and Anna Vey are the only nominees to have won twice."),
    ).toEqual([
      { name: "Lena Okafor", role: null },
      { name: "Tomas Rell", role: "nominee" },
      { name: "Anna Vey", role: "nominee" },
    ]);
  });
});

describe("card people: no role from a predicate that is not a plain role", () => {
  it("GIVEN 'A and B are courting senators' THEN neither gets a role", () => {
    expect(people("Tomas Rell and Anna Vey are courting wavering senators this week.")).toEqual([
      { name: "Tomas Rell", role: null },
      { name: "Anna Vey", role: null },
    ]);
  });
});
