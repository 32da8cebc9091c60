import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { briefingCardSchema } from "../../src/core/card/card-schema.js";
import { runBriefbot } from "./run-briefbot.js";

const dir = mkdtempSync(join(tmpdir(), "briefbot-brief-"));
const seedPath = new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url);
const seed = readFileSync(seedPath, "utf8");
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("briefbot brief", { timeout: 60_000 }, () => {
  it("GIVEN an article and --format json THEN it prints a card that passes the schema", async () => {
    const run = await runBriefbot([
      "brief",
      file("a.txt", seed),
      "--date",
      "2007-10-12",
      "--format",
      "json",
    ]);
    expect(run.code).toBe(0);
    const card = briefingCardSchema.parse(JSON.parse(run.stdout));
    expect(card).toMatchObject({
      headline: "Russia, U.S. at odds over missile shield",
      date: "2007-10-12",
    });
    for (const item of [...card.quotes, ...card.nextSteps])
      expect(seed.slice(item.start, item.end)).toBe(item.text);
  });

  it("GIVEN no format THEN it prints readable text with the card's sections", async () => {
    const run = await runBriefbot(["brief", file("b.txt", seed)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^RUSSIA, U\.S\. AT ODDS OVER MISSILE SHIELD\n/);
    for (const heading of ["SUMMARY", "KEY DISAGREEMENT", "QUOTES", "NEXT STEPS", "PEOPLE"])
      expect(run.stdout).toContain(heading);
    expect(run.stderr).toBe("");
  });

  it("GIVEN - and --format markdown THEN it reads standard input and prints Markdown", async () => {
    const run = await runBriefbot(
      ["brief", "-", "--format", "markdown"],
      "Talks stall\n\nThe minister will travel to Paris next week.\n",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^## Talks stall\n/);
    expect(run.stdout).toContain("### Next steps (1)");
  });

  it("GIVEN article text with terminal escape sequences THEN text and Markdown output show them inert", async () => {
    const article =
      "Talks \u001b[2Jstall\u001b]0;PWNED\u0007\n\n" +
      "The minister \u001b]8;;https://evil.example\u001b\\said\u001b]8;;\u001b\\ he will travel to Paris next week.\u009b31m\n";
    for (const format of ["text", "markdown"]) {
      const run = await runBriefbot(["brief", "-", "--format", format], article);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Paris next week/i);
      for (const control of ["\u001b", "\u0007", "\u009b"])
        expect(run.stdout).not.toContain(control);
    }
  });

  const bad: [string, () => string[], RegExp][] = [
    [
      "a missing file",
      () => ["brief", join(dir, "missing.txt")],
      /There is no file at .*missing\.txt\./,
    ],
    ["a directory", () => ["brief", dir], /is a folder, not an article file\./],
    ["an empty file", () => ["brief", file("empty.txt", "  \n")], /is empty\./],
    [
      "a binary file",
      () => ["brief", file("bin.dat", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))],
      /is a binary file/,
    ],
    [
      "a non-UTF-8 file",
      () => ["brief", file("latin1.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]))],
      /is not UTF-8 text/,
    ],
    [
      "a 20 MB file",
      () => ["brief", big()],
      /is 20\.0 MB; articles larger than 5\.0 MB are refused\./,
    ],
    ["an unknown format", () => ["brief", "x.txt", "--format", "pdf"], /Unknown format "pdf"/],
    [
      "a bad date",
      () => ["brief", "x.txt", "--date", "12/10/2007"],
      /is not a date; use YYYY-MM-DD/,
    ],
  ];
  for (const [what, args, message] of bad) {
    it(`GIVEN ${what} THEN one clear sentence on stderr, a non-zero exit and no stack trace`, async () => {
      const run = await runBriefbot(args());
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe("");
    });
  }
});

function big(): string {
  const path = file("big.txt", "");
  truncateSync(path, 20 * 1024 * 1024);
  return path;
}
