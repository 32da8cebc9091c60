import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";

const seed = readFileSync(
  new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url),
  "utf8",
);
const sliceAll = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe("readArticle", () => {
  it("GIVEN the seed article THEN the headline is the first line and the dateline is not content", () => {
    const doc = readArticle({ text: seed });
    expect(doc.headline).toBe("Russia, U.S. at odds over missile shield");
    expect(seed.slice(doc.dateline?.start, doc.dateline?.end)).toBe("MOSCOW (Reuters) - ");
    expect(sliceAll(seed, doc.sentences)[0]).toMatch(/^The United States and Russia failed/);
  });

  it("GIVEN page furniture THEN no paragraph or sentence contains it", () => {
    const doc = readArticle({ text: seed });
    const body = [...sliceAll(seed, doc.paragraphs), ...sliceAll(seed, doc.sentences)].join("\n");
    for (const furniture of [
      "REUTERS/Pool",
      "Related Coverage",
      "Slideshow",
      "Additional reporting",
      "(C)",
    ]) {
      expect(body).not.toContain(furniture);
    }
    expect(sliceAll(seed, doc.furniture ?? [])).toContain(
      "Additional reporting by Guy Faulconbridge",
    );
  });

  it("GIVEN the seed THEN sentences keep U.S., quotes ending in .” and spaced ellipses whole", () => {
    const sentences = sliceAll(seed, readArticle({ text: seed }).sentences);
    expect(sentences).toHaveLength(30);
    expect(sentences).toContain("Lavrov called Washington’s tough stance unhelpful.");
    expect(sentences).toContain("“I think we did make progress.”");
    expect(sentences.some((s) => s.startsWith("“We will work") && s.endsWith("she said."))).toBe(
      true,
    );
  });

  it("GIVEN titles, initials and dates THEN the splitter does not break after them", () => {
    const text =
      "Headline\n\nMr. Smith met Gen. Jones on Oct. 12 in Washington. George W. Bush was not there. The U.S. team left. It rained.";
    const sentences = sliceAll(text, readArticle({ text }).sentences);
    expect(sentences).toEqual([
      "Mr. Smith met Gen. Jones on Oct. 12 in Washington.",
      "George W. Bush was not there.",
      "The U.S. team left.",
      "It rained.",
    ]);
  });

  it("GIVEN an acronym followed by a sentence starter THEN it ends the sentence", () => {
    const text = "H\n\nSanctions hit the U.S. The move angered officials.";
    expect(sliceAll(text, readArticle({ text }).sentences)).toEqual([
      "Sanctions hit the U.S.",
      "The move angered officials.",
    ]);
  });

  it("GIVEN Markdown with front matter THEN metadata is read and spans stay in the original text", () => {
    const text = [
      "---",
      'title: "Talks stall"',
      "date: 2024-03-05T10:00:00Z",
      "url: https://example.com/a",
      "source: Example News",
      "---",
      "# Talks stall",
      "",
      "![photo](https://example.com/p.jpg)",
      "",
      "## Background",
      "",
      "> The minister said talks would resume",
      "> next week. Nobody agreed.",
      "",
      "Reporting by Jane Doe; Editing by John Roe",
    ].join("\n");
    const doc = readArticle({ text });
    expect(doc).toMatchObject({
      headline: "Talks stall",
      date: "2024-03-05",
      url: "https://example.com/a",
      publisher: "Example News",
    });
    expect(sliceAll(text, doc.sentences)).toEqual([
      "The minister said talks would resume\n> next week.",
      "Nobody agreed.",
    ]);
    expect(sliceAll(text, doc.furniture ?? [])).toContain(
      "Reporting by Jane Doe; Editing by John Roe",
    );
  });

  it("GIVEN a title that is not the first line THEN the first line stays content", () => {
    const text = "Prices rose sharply. Traders were surprised.";
    const doc = readArticle({ text, title: "Markets" });
    expect(doc.headline).toBe("Markets");
    expect(sliceAll(text, doc.sentences)).toEqual([
      "Prices rose sharply.",
      "Traders were surprised.",
    ]);
  });

  it("GIVEN no id THEN the id is a stable hash of the text; an invalid date is dropped", () => {
    const a = readArticle({ text: "A\n\nB.", date: "2007-02-30" });
    expect(a.id).toBe(readArticle({ text: "A\n\nB." }).id);
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a.id).not.toBe(readArticle({ text: "A\n\nC." }).id);
    expect(a.date).toBeUndefined();
    expect(readArticle({ text: "A", id: "x1" }).id).toBe("x1");
  });

  it("GIVEN prose that starts like a credit line THEN it stays content", () => {
    const text =
      "H\n\nResearch by Nokia shows more people use phones.\n\nReporting by the BBC has shown a rise.\n\nReporting by Jane Doe and John Roe in London; Editing by Sam Poe";
    const doc = readArticle({ text });
    expect(sliceAll(text, doc.sentences)).toEqual([
      "Research by Nokia shows more people use phones.",
      "Reporting by the BBC has shown a rise.",
    ]);
    expect(sliceAll(text, doc.furniture ?? [])).toEqual([
      "Reporting by Jane Doe and John Roe in London; Editing by Sam Poe",
    ]);
  });

  it("GIVEN a US party label or a poll named after an agency THEN the line stays content", () => {
    const text =
      "H\n\nGov. Pat McCrory (R) said the video would be released.\n\nThe Reuters/Ipsos poll showed Clinton doing better than in other polls.\n\nSens. Smith and Jones agreed.";
    expect(sliceAll(text, readArticle({ text }).sentences)).toEqual([
      "Gov. Pat McCrory (R) said the video would be released.",
      "The Reuters/Ipsos poll showed Clinton doing better than in other polls.",
      "Sens. Smith and Jones agreed.",
    ]);
  });

  it("GIVEN wire datelines THEN they are not content; an acronym aside is not a dateline", () => {
    const dateline = (first: string) => {
      const text = `Head\n\n${first}`;
      const doc = readArticle({ text });
      return doc.dateline ? text.slice(doc.dateline.start, doc.dateline.end) : null;
    };
    expect(dateline("WASHINGTON (AP) — The Senate voted.")).toBe("WASHINGTON (AP) — ");
    expect(dateline("NEW YORK, Oct 3 (Reuters) - Stocks fell.")).toBe(
      "NEW YORK, Oct 3 (Reuters) - ",
    );
    expect(dateline("KYIV, Ukraine — Shelling resumed.")).toBe("KYIV, Ukraine — ");
    expect(dateline("NATO - the alliance - met.")).toBeNull();
  });
});
