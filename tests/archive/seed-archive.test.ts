import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempArchive } from "./fixtures/temp-archive.js";

// The seed article ships in the repository's briefs folder; the real engine builds its card.
const seedPath = fileURLToPath(new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url));
const seed = readFileSync(seedPath, "utf8");

async function seededArchive() {
  const made = tempArchive();
  await made.archive.ingest(
    { text: seed },
    { sourceId: "briefs:test", path: "000_b5a16409ffaccd6c.txt" },
  );
  return made;
}

describe("the archive over the seed article, with the real engine", () => {
  it("GIVEN 'should be frozen' THEN Sergei Lavrov said it, in the article's exact words", async () => {
    const { archive } = await seededArchive();
    const result = await archive.whoSaid("should be frozen");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [best] = result.value;
    expect(best?.speaker.name).toBe("Sergei Lavrov");
    expect(seed.slice(best?.start, best?.end)).toBe(best?.text);
    expect(best?.text).toMatch(/should be frozen/);
  });

  it("GIVEN 'we will sanction them' with a typo and curly quotes THEN it still finds Rice", async () => {
    const { archive } = await seededArchive();
    for (const phrase of ["we will sanction them", "“We will sanciton them”"]) {
      const result = await archive.whoSaid(phrase);
      expect(result.ok && result.value[0]?.speaker.name).toMatch(/Rice/);
    }
  });

  it("GIVEN Putin by surname, full name or title THEN the INF treaty remark is among his quotes", async () => {
    const { archive } = await seededArchive();
    for (const name of ["Putin", "Vladimir Putin", "President Putin"]) {
      const result = await archive.quotesBy(name);
      expect(
        result.ok && result.value.quotes.some((q) => /INF|Intermediate-Range/.test(q.text)),
      ).toBe(true);
    }
  });

  it("GIVEN whoIs Saradzhyan THEN his role comes from the article", async () => {
    const { archive } = await seededArchive();
    const result = await archive.whoIs("Saradzhyan");
    expect(result.ok && result.value.person.roles.join(" ")).toMatch(/analyst/);
  });

  it("GIVEN the seed again, with its line endings changed THEN it is the same article", async () => {
    const { archive } = await seededArchive();
    const again = await archive.ingest(
      { text: seed.replace(/\n/g, "\r\n") },
      { sourceId: "briefs:test", path: "000_b5a16409ffaccd6c.txt" },
    );
    expect(again.status).toBe("unchanged");
  });
});
