import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { resolvePerson, personMentionedIn } from "../../src/core/entities/resolve-person.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

const seed = readFileSync(new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url), "utf8");
const { people } = attributeQuotes(readArticle({ text: seed }));

describe("resolvePerson", () => {
  it("GIVEN a surname, an honorific or a full name THEN the seed's person is found", () => {
    expect(resolvePerson(people, "Saradzhyan")?.role).toBe("independent security analyst in Moscow");
    expect(resolvePerson(people, "Mr. Lavrov")?.name).toBe("Sergei Lavrov");
    expect(resolvePerson(people, "condoleezza rice")?.name).toBe("Condoleezza Rice");
  });

  it("GIVEN a title-only description THEN the one person holding it is found", () => {
    expect(resolvePerson(people, "the foreign minister")?.name).toBe("Sergei Lavrov");
    expect(resolvePerson(people, "the press secretary")?.name).toBe("Geoff Morrell");
  });

  it("GIVEN a name the article never mentions or an ambiguous title THEN nothing is guessed", () => {
    expect(resolvePerson(people, "Guy Faulconbridge")).toBeNull();
    expect(resolvePerson(people, "Smith")).toBeNull();
    expect(resolvePerson(people, "the defense minister")?.name).toBe("Anatoly Serdyukov");
    expect(resolvePerson(people, "the secretary")).toBeNull();
  });

  it("GIVEN a sentence's span THEN the first person mentioned in it is its actor", () => {
    const start = seed.indexOf("Putin will travel next week");
    expect(personMentionedIn(people, { start, end: start + 60 })?.name).toBe("Vladimir Putin");
  });
});
