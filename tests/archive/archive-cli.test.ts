import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

/** Runs the real `briefbot` command; resolves with its exit code and output. */
async function briefbot(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(root, "bin/briefbot.js"), ...args],
      { cwd: root, env: { ...process.env, BRIEFBOT_DB: "" } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function seededFolder() {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-cli-"));
  mkdirSync(join(dir, "briefs"));
  copyFileSync(join(root, "briefs/000_b5a16409ffaccd6c.txt"), join(dir, "briefs/seed.txt"));
  writeFileSync(join(dir, "briefs/photo.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  return { briefs: join(dir, "briefs"), db: join(dir, "archive.db") };
}

describe("archive commands", () => {
  it("GIVEN a briefs folder THEN ingest, who-said and quotes answer from the archive file", async () => {
    const { briefs, db } = seededFolder();
    const ingest = await briefbot("ingest", briefs, "--db", db);
    expect(ingest).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /added 1, updated 0, unchanged 0\n {2}skipped: photo.txt is a binary file, not text./,
      ),
    });
    const again = await briefbot("ingest", briefs, "--db", db);
    expect(again.stdout).toMatch(/added 0, updated 0, unchanged 1/);
    const who = await briefbot("who-said", "should be frozen", "--db", db);
    expect(who).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /^Sergei Lavrov \(.*Foreign Minister\):\n {2}“.*should be frozen”/,
      ),
    });
    const quotes = await briefbot("quotes", "President Putin", "--db", db);
    expect(quotes).toMatchObject({ code: 0, stdout: expect.stringMatching(/INF/) });
    const json = await briefbot("who-said", "should be frozen", "--db", db, "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: true,
      value: [{ speaker: { name: "Sergei Lavrov" } }],
    });
  }, 60_000);

  it("GIVEN a phrase nobody said or an unknown person THEN a clear sentence and exit 0", async () => {
    const { briefs, db } = seededFolder();
    await briefbot("ingest", briefs, "--db", db);
    expect(
      await briefbot("who-said", "bananas fly to the moon on tuesdays", "--db", db),
    ).toMatchObject({
      code: 0,
      stdout: 'No one in the archive said "bananas fly to the moon on tuesdays".\n',
    });
    expect(await briefbot("quotes", "Nobody Anywhere", "--db", db)).toMatchObject({
      code: 0,
      stdout: 'No one called "Nobody Anywhere" is in the archive.\n',
    });
  }, 60_000);

  it("GIVEN bad usage or bad targets THEN one sentence on stderr, never a stack trace", async () => {
    const { db } = seededFolder();
    const cases = [
      [["who-said", "--db", db], 2, /give a phrase to look for/],
      [["who-said", "x", "--colour", "--db", db], 2, /Unknown option --colour/],
      [["quotes", "--db"], 2, /--db needs a value/],
      [["ingest", "--db", db], 2, /say what to ingest/],
      [
        ["ingest", "no/such/file.txt", "--db", db],
        1,
        /"no\/such\/file.txt" is not a file, a folder or an http\(s\) address/,
      ],
      [["ingest", "http://127.0.0.1/", "--db", db], 1, /private or reserved address/],
      [["ingest", "http://[::ffff:7f00:1]/admin", "--db", db], 1, /private or reserved address/],
    ] as const;
    const results = await Promise.all(cases.map(([args]) => briefbot(...args)));
    results.forEach((result, i) => {
      const [, code, message] = cases[i] ?? [];
      expect(result.code).toBe(code);
      expect(result.stderr).toMatch(message ?? /never/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }, 60_000);

  it("GIVEN a --db that is not a database THEN it says so in one line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-cli-"));
    writeFileSync(join(dir, "notes.db"), "shopping list: eggs, milk, bread. ".repeat(300));
    const result = await briefbot("who-said", "anything", "--db", join(dir, "notes.db"));
    expect(result).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /^briefbot: The archive file is not a briefbot database\. \(.*notes\.db\)\n$/,
      ),
    });
  });

  it("GIVEN a --db that does not exist THEN who-said and quotes say so, exit 1 and create nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-cli-"));
    const db = join(dir, "no/such/dir/x.db");
    for (const args of [
      ["who-said", "x"],
      ["quotes", "Lavrov"],
    ]) {
      const result = await briefbot(...args, "--db", db);
      expect(result).toMatchObject({
        code: 1,
        stdout: "",
        stderr: `briefbot: There is no archive at ${db}; run \`briefbot ingest\` or \`briefbot start\` first.\n`,
      });
    }
    expect(existsSync(join(dir, "no"))).toBe(false);
    expect(await briefbot("who-said", "x", "--db", ":memory:")).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^No one in the archive said "x"/),
    });
  }, 60_000);
});
