import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runBriefbot } from "./run-briefbot.js";

const bin = resolve(import.meta.dirname, "../../bin/briefbot.js");
const seed = readFileSync(
  resolve(import.meta.dirname, "../../briefs/000_b5a16409ffaccd6c.txt"),
  "utf8",
);
// eslint-disable-next-line no-control-regex -- the escapes under test.
const controls = /[\u001b\u0007\u009b\u202e]/;

const hostile = [
  "Minister \u001b]0;pwned\u0007warns \u001b[2Jon \u009b31mbudget",
  "",
  '"We will not accept \u202eultimatums on the budget," Foreign Minister Sergei Lavrov told reporters on Monday.',
  "",
  "Officials from both sides will meet again in Geneva next week to settle their differences.",
].join("\n");

function folder(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-cli-faults-"));
  const briefs = join(dir, "briefs");
  mkdirSync(briefs);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(briefs, name), text);
  return { briefs, db: join(dir, "briefbot.db") };
}

describe("CLI output of hostile article text", () => {
  it("GIVEN an article full of terminal escapes THEN ingest, who-said and quotes print none of them", async () => {
    const { briefs, db } = folder({ "hostile.txt": hostile });
    const ingest = await runBriefbot(["ingest", join(briefs, "hostile.txt"), "--db", db]);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain("Minister ]0;pwnedwarns [2Jon 31mbudget");
    const whoSaid = await runBriefbot(["who-said", "not accept ultimatums", "--db", db]);
    expect(whoSaid.stdout).toContain("Sergei Lavrov");
    const quotes = await runBriefbot(["quotes", "Lavrov", "--db", db]);
    expect(quotes.stdout).toContain("ultimatums");
    const json = await runBriefbot(["who-said", "not accept ultimatums", "--db", db, "--json"]);
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain("\u202e");
    for (const run of [ingest, whoSaid, quotes, json]) {
      expect(run.stdout).not.toMatch(controls);
      expect(run.stderr).not.toMatch(controls);
    }
  });
});

describe("ingest when the archive fails", () => {
  it("GIVEN the archive file cannot grow (a file-size limit) THEN one summary line per reason and exit code 1", () => {
    const files = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [
        `a${String(i).padStart(3, "0")}.txt`,
        `${seed}\n\nEdition number ${i} of the story, with its own closing line.\n`,
      ]),
    );
    const { briefs, db } = folder(files);
    // The kernel refuses writes past 300 KB (ulimit -f counts 512-byte blocks); SIGXFSZ ignored,
    // so SQLite sees the failed write as a disk fault would look.
    const run = spawnSync(
      "sh",
      [
        "-c",
        'trap "" XFSZ; ulimit -f 600; exec "$0" "$@"',
        process.execPath,
        bin,
        "ingest",
        briefs,
        "--db",
        db,
      ],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(run.status).toBe(1);
    const skipped = run.stdout.split("\n").filter((line) => line.includes("skipped"));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(
      /^ {2}skipped \d+ items: The archive database could not be read or written\.$/,
    );
    expect(run.stderr).toMatch(
      /briefbot: \d+ items were not stored because the archive failed \(database-unavailable\)\./,
    );
    expect(run.stderr.split("\n").filter((l) => l.includes("could not store"))).toHaveLength(1);
  });
});
