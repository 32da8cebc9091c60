import { describe, expect, it } from "vitest";
import { cleanRole, rankRoles } from "../../src/archive/role-text.js";

describe("cleanRole: a role's cut edges trimmed", () => {
  it.each([
    ["Harbour Board chairman Sir", "Harbour Board chairman"],
    ["Crofters' Union peer Baroness", "Crofters' Union peer"],
    ["Lord Privy Seal Lord", "Lord Privy Seal"],
    ["Welsh Minister of", "Welsh Minister"],
    ["curator of the", "curator"],
    ["bitter rival Treasurer", "Treasurer"],
    ["former colleagues Harbour Master", "Harbour Master"],
    ["fellow Green councillor", "Green councillor"],
  ])("GIVEN %s THEN %s", (role, shown) => {
    expect(cleanRole(role)).toBe(shown);
  });

  it.each(["Sir", "Dame", "chief", "head of", "deputy Lord", "", "  "])(
    "GIVEN %j, nothing but an edge THEN no role",
    (role) => {
      expect(cleanRole(role)).toBeNull();
    },
  );

  it.each(["former Harbour Master", "Lord Privy Seal", "head coach", "president", "rival"])(
    "GIVEN a whole role %s THEN it is kept as written",
    (role) => {
      expect(cleanRole(role)).toBe(role);
    },
  );
});

describe("rankRoles: the role most quotes were given under first", () => {
  it("GIVEN a newer role with fewer quotes THEN the most quoted role leads, the rest newest first", () => {
    const roles = rankRoles(
      ["ferry company director", "Harbour Master", "town councillor", "Harbour Board chairman"],
      [
        { role: "Harbour Master", quotes: 3 },
        { role: "Harbour Board chairman", quotes: 9 },
      ],
    );
    expect(roles).toEqual([
      "Harbour Board chairman",
      "Harbour Master",
      "ferry company director",
      "town councillor",
    ]);
  });

  it("GIVEN two spellings of one role THEN it shows once, in the spelling quoted most", () => {
    const roles = rankRoles(
      ["harbour master", "Harbour Master", "Harbour Master Sir"],
      [
        { role: "Harbour Master", quotes: 2 },
        { role: "Harbour Master Sir", quotes: 2 },
        { role: "harbour master", quotes: 1 },
      ],
    );
    expect(roles).toEqual(["Harbour Master"]);
  });

  it("GIVEN quotes under a role cut two ways THEN they count for the one role", () => {
    const roles = rankRoles(
      ["Treasurer", "ferry company director"],
      [
        { role: "ferry company director", quotes: 3 },
        { role: "Treasurer of", quotes: 2 },
        { role: "bitter rival Treasurer", quotes: 2 },
      ],
    );
    expect(roles).toEqual(["Treasurer", "ferry company director"]);
  });

  it("GIVEN a relation to someone else quoted most THEN it still comes after a role of their own", () => {
    const roles = rankRoles(
      ["sister", "lighthouse keeper"],
      [
        { role: "sister", quotes: 6 },
        { role: "lighthouse keeper", quotes: 1 },
      ],
    );
    expect(roles).toEqual(["lighthouse keeper", "sister"]);
    expect(rankRoles(["wife"], [])).toEqual(["wife"]);
  });

  it("GIVEN roles that are only edges THEN none is shown", () => {
    expect(rankRoles(["Sir", "head of"], [{ role: "Sir", quotes: 5 }])).toEqual([]);
  });
});
