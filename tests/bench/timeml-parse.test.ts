import { describe, expect, it } from "vitest";
import { datedBefore, isDefiniteFuture, parseTimeml } from "../../bench/lib/timeml.js";

// An invented TimeML document in the TimeBank layout (not from any corpus).
const xml = [
  '<?xml version="1.0" ?>',
  "<TimeML>",
  "<DOCID>XYZ19990310.0001</DOCID>",
  '<DCT><TIMEX3 tid="t0" type="DATE" value="1999-03-10" functionInDocument="CREATION_TIME">19990310</TIMEX3></DCT>',
  "<TEXT>",
  'The Smith &amp; Jones board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1999-03-08">Monday</TIMEX3>.',
  '``We will vote,\'\' she said. The vote is <TIMEX3 tid="t2" type="DATE" value="1999-03-15">next Monday</TIMEX3>, and',
  'a sale could follow in <TIMEX3 tid="t3" type="DATE" value="1999-06">June</TIMEX3> or <TIMEX3 tid="t4" type="DATE" value="2000">next year</TIMEX3>,',
  '<TIMEX3 tid="t5" type="DURATION" value="P2W">two weeks</TIMEX3> &lt;at most&gt;.',
  "</TEXT>",
  "</TimeML>",
].join("\n");

describe("parseTimeml", () => {
  const doc = parseTimeml(xml, "fallback");

  it("reads the id and the creation date", () => {
    expect(doc.id).toBe("XYZ19990310.0001");
    expect(doc.date).toBe("1999-03-10");
  });

  it("strips tags, decodes entities and curls typewriter quotes", () => {
    expect(doc.text.startsWith("The Smith & Jones board met Monday.")).toBe(true);
    expect(doc.text).toContain("\u201cWe will vote,\u201d she said.");
    expect(doc.text).toContain("two weeks <at most>.");
    expect(doc.text).not.toMatch(/<\/?(?:EVENT|TIMEX3)/);
  });

  it("places every timex of the text at its words in the plain text", () => {
    expect(doc.timexes.map((t) => t.tid)).toEqual(["t1", "t2", "t3", "t4", "t5"]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.words);
    expect(doc.timexes.map((t) => t.words)).toEqual([
      "Monday",
      "next Monday",
      "June",
      "next year",
      "two weeks",
    ]);
  });

  it("falls back to the given id and no date when the document names neither", () => {
    const bare = parseTimeml(
      '<TimeML><TEXT>Nothing <TIMEX3 type="DATE" value="2001">happened</TIMEX3>.</TEXT></TimeML>',
      "file-1",
    );
    expect(bare.id).toBe("file-1");
    expect(bare.date).toBeUndefined();
    expect(bare.text).toBe("Nothing happened.");
    expect(bare.timexes[0]).toMatchObject({ start: 8, end: 16, value: "2001" });
  });
});

describe("definite future dates", () => {
  const doc = parseTimeml(xml);
  it("keeps DATE values after the article date at their own granularity", () => {
    const future = doc.timexes.filter((t) => isDefiniteFuture(t, doc.date)).map((t) => t.tid);
    expect(future).toEqual(["t2", "t3", "t4"]);
  });

  it("does not count the article's own month or year as to come", () => {
    const timex = { tid: "t", type: "DATE", words: "", start: 0, end: 0 };
    expect(isDefiniteFuture({ ...timex, value: "1999-03" }, "1999-03-10")).toBe(false);
    expect(isDefiniteFuture({ ...timex, value: "1999" }, "1999-03-10")).toBe(false);
    expect(isDefiniteFuture({ ...timex, value: "1999-W12" }, "1999-03-10")).toBe(false);
    expect(isDefiniteFuture({ ...timex, value: "PRESENT_REF" }, "1999-03-10")).toBe(false);
  });

  it("compares a step's when with the article date at the when's granularity", () => {
    expect(datedBefore("1999-03-09", "1999-03-10")).toBe(true);
    expect(datedBefore("1999-03", "1999-03-10")).toBe(false);
    expect(datedBefore("1998", "1999-03-10")).toBe(true);
    expect(datedBefore("1999", "1999-03-10")).toBe(false);
  });
});
