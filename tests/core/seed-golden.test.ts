import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCard } from "../../src/core/build-card.js";
import { briefingCardSchema, type Quote } from "../../src/core/card/card-schema.js";

// The seed article (Reuters, 2007-10-12) and the card the engine issue asks for.
const text = readFileSync(
  new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url),
  "utf8",
);
const card = buildCard({ text, date: "2007-10-12" });
const direct = card.quotes.filter((q) => q.kind === "direct");
const by = (quotes: Quote[], name: string) => quotes.filter((q) => q.speaker.name === name);

describe("GIVEN the seed article dated 2007-10-12", () => {
  it("THEN the card passes the schema and every quote and next step is a slice of the article", () => {
    expect(() => briefingCardSchema.parse(card)).not.toThrow();
    for (const item of [...card.quotes, ...card.nextSteps])
      expect(text.slice(item.start, item.end)).toBe(item.text);
    for (const side of [...(card.disagreement?.sides ?? [])]) {
      for (const e of side.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("THEN the headline, the lead summary and no dateline or furniture", () => {
    expect(card.headline).toBe("Russia, U.S. at odds over missile shield");
    expect(card.summary[0]).toMatch(
      /^The United States and Russia failed to settle their differences/,
    );
    expect(card.summary.join(" ")).not.toMatch(/MOSCOW \(Reuters\)|REUTERS\/Pool|Related Coverage/);
  });

  it("THEN the seven direct quotes have their speakers", () => {
    expect(direct.length).toBeGreaterThanOrEqual(7);
    expect(by(direct, "Sergei Lavrov")).toHaveLength(2);
    expect(by(direct, "Condoleezza Rice")).toHaveLength(2);
    expect(by(direct, "Geoff Morrell")).toHaveLength(1);
    const unnamed = direct.filter(
      (q) => q.speaker.anonymous && /U\.S\. official/.test(`${q.speaker.name} ${q.speaker.role}`),
    );
    expect(unnamed.map((q) => q.text)).toEqual(
      [
        "I don’t think we expected the Russians to agree to these proposals today,",
        "I think we did make progress.",
      ].map((t) => expect.stringContaining(t.replace(/,$/, ""))),
    );
  });

  it("THEN the people have their roles and the reporter is not among them", () => {
    for (const name of [
      "Sergei Lavrov",
      "Condoleezza Rice",
      "Robert Gates",
      "Vladimir Putin",
      "Geoff Morrell",
      "Simon Saradzhyan",
    ]) {
      const person = card.people.find((p) => p.name === name);
      expect(person?.role, name).toBeTruthy();
    }
    expect(card.people.find((p) => p.name === "Sergei Lavrov")?.role).toMatch(
      /Russian Foreign Minister/,
    );
    expect(card.people.find((p) => p.name === "Simon Saradzhyan")?.role).toMatch(
      /security analyst/,
    );
    expect(JSON.stringify(card.people)).not.toContain("Faulconbridge");
    expect(card.quotes.some((q) => q.speaker.name?.includes("Faulconbridge"))).toBe(false);
  });

  it("THEN Putin's reported remarks are his: the INF treaty and no evidence of a bomb programme", () => {
    const putin = by(card.quotes, "Vladimir Putin").map((q) => q.text);
    expect(putin.some((t) => /Intermediate-Range Nuclear Forces \(INF\) Treaty/.test(t))).toBe(
      true,
    );
    expect(putin.some((t) => /no evidence of a bomb-making program/.test(t))).toBe(true);
  });

  it("THEN the next steps: meeting in six months, Putin to Tehran next week, talks with Poland and the Czech Republic", () => {
    const step = (pattern: RegExp) => card.nextSteps.find((s) => pattern.test(s.text));
    expect(step(/meet again in six months/)).toMatchObject({ when: "2008-04", conditional: false });
    expect(step(/Putin will travel next week to Tehran/)).toMatchObject({
      when: "2007-10-19",
      actor: "Vladimir Putin",
    });
    expect(step(/talks with Poland and the Czech Republic .* would continue/)).toMatchObject({
      actor: "Condoleezza Rice",
    });
    expect(step(/might pull out of the Intermediate-Range/)).toMatchObject({ conditional: true });
    expect(card.nextSteps.some((s) => /five hours/.test(s.text))).toBe(false);
  });

  it("THEN the key disagreement is the United States vs Russia over the missile shield in Europe, each side with evidence", () => {
    const d = card.disagreement;
    expect(d?.sides.map((s) => s.party).sort()).toEqual(["Russia", "United States"]);
    expect(d?.topic).toMatch(/missile (?:defense )?shield/);
    expect(d?.topic).toMatch(/Europe/);
    const evidence = (party: string) =>
      d?.sides
        .find((s) => s.party === party)
        ?.evidence.map((e) => text.slice(e.start, e.end))
        .join("\n") ?? "";
    expect(evidence("Russia")).toMatch(/frozen|halt work on the shield|not to move ahead/);
    expect(evidence("United States")).toMatch(
      /rejected a request from Moscow|new proposals|liaison officers/,
    );
    expect(d?.also?.some((a) => /Iran/.test(a.topic))).toBe(true);
  });
});
