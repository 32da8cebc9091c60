import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createBriefsIngester } from "../../src/app/ingest/ingest-briefs.js";
import { createBriefsFolder } from "../../src/sources/create-briefs-folder.js";
import { createParser } from "../../src/sources/run-off-thread.js";
import { tempArchive } from "../archive/fixtures/temp-archive.js";
import { collectLogger } from "./fixtures/collect-logger.js";

const story = (headline: string, body: string) =>
  `---\ntitle: ${headline}\ndate: 2007-10-12\n---\n${headline}\n\n${body}\n`;

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-briefs-"));
  const { archive } = tempArchive();
  const { logger, entries } = collectLogger();
  const ingester = createBriefsIngester({
    archive,
    folder: createBriefsFolder(dir),
    parser: createParser(),
    sourceId: `briefs:${dir}`,
    logger,
  });
  return { dir, archive, ingester, entries };
}

describe("briefs folder", () => {
  it("GIVEN .txt and .md files with front matter THEN each becomes an article with its date; others are ignored", async () => {
    const { dir, archive, ingester } = setup();
    writeFileSync(join(dir, "a.txt"), story("Talks stall", "Officials met on Friday."));
    mkdirSync(join(dir, "world"));
    writeFileSync(join(dir, "world", "b.md"), story("Markets rally", "Shares rose sharply."));
    writeFileSync(join(dir, "notes.json"), "{}");
    writeFileSync(join(dir, ".draft.txt"), story("Hidden", "Not yet."));
    const report = await ingester.scan();
    expect(report.added).toHaveLength(2);
    const stored = (await archive.latestCards({ limit: 5 })).map(
      (c) => `${c.card.headline} ${c.article.date}`,
    );
    expect(stored.sort()).toEqual(["Markets rally 2007-10-12", "Talks stall 2007-10-12"]);
  });

  it("GIVEN a new file and an edited file while running THEN the next scan picks up both, without duplicates", async () => {
    const { dir, archive, ingester } = setup();
    writeFileSync(join(dir, "a.txt"), story("Talks stall", "Officials met on Friday."));
    const first = await ingester.scan();
    expect(await ingester.scan()).toEqual({ added: [], updated: [], unchanged: [], failed: [] });
    writeFileSync(
      join(dir, "a.txt"),
      story("Talks stall", "Officials met on Friday and again on Saturday."),
    );
    utimesSync(join(dir, "a.txt"), new Date(), new Date(Date.now() + 5000));
    writeFileSync(join(dir, "b.txt"), story("Markets rally", "Shares rose sharply."));
    const second = await ingester.scan();
    expect(second.updated).toEqual(first.added);
    expect(second.added).toHaveLength(1);
    expect(archive.db.prepare("SELECT count(*) FROM articles").pluck().get()).toBe(2);
    expect((await archive.findArticles("Saturday")).map((c) => c.article.id)).toEqual(first.added);
  });

  it("GIVEN a file touched but not changed THEN it is read again and stays unchanged", async () => {
    const { dir, ingester } = setup();
    writeFileSync(join(dir, "a.txt"), story("Talks stall", "Officials met on Friday."));
    const first = await ingester.scan();
    utimesSync(join(dir, "a.txt"), new Date(), new Date(Date.now() + 5000));
    expect((await ingester.scan()).unchanged).toEqual(first.added);
  });

  it("GIVEN a binary, an empty and a non-UTF-8 file THEN each is skipped with a logged reason and the rest go in", async () => {
    const { dir, ingester, entries } = setup();
    writeFileSync(
      join(dir, "photo.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
    );
    writeFileSync(join(dir, "empty.md"), "---\ntitle: Nothing\n---\n\n   \n");
    writeFileSync(
      join(dir, "latin1.txt"),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
    );
    writeFileSync(join(dir, "good.txt"), story("Talks stall", "Officials met on Friday."));
    const report = await ingester.scan();
    expect(report.added).toHaveLength(1);
    expect(report.failed.map((f) => f.reason).sort()).toEqual([
      "empty.md is empty.",
      "latin1.txt is not UTF-8 text; save it as UTF-8 and try again.",
      "photo.txt is a binary file, not text.",
    ]);
    expect(
      entries()
        .filter((e) => e.level === "warn")
        .map((e) => e.path),
    ).toHaveLength(3);
  });

  it("GIVEN no briefs folder THEN a scan finds nothing and does not fail", async () => {
    const { archive } = tempArchive();
    const { logger } = collectLogger();
    const ingester = createBriefsIngester({
      archive,
      folder: createBriefsFolder("/nonexistent/briefs"),
      parser: createParser(),
      sourceId: "briefs:x",
      logger,
    });
    expect(await ingester.scan()).toEqual({ added: [], updated: [], unchanged: [], failed: [] });
  });
});

describe("watching the briefs folder", () => {
  it("GIVEN watch is running THEN a file dropped in later is ingested without another call", async () => {
    const { dir, archive, ingester } = setup();
    const stop = ingester.watch(25);
    writeFileSync(
      join(dir, "late.txt"),
      story("Late news", "It arrived while briefbot was running."),
    );
    await vi.waitFor(
      async () => expect(await archive.findArticles("arrived running")).toHaveLength(1),
      {
        timeout: 10_000,
        interval: 25,
      },
    );
    stop();
  });
});

describe("oversized briefs", () => {
  it("GIVEN a 600 KB text file THEN it is skipped as too long for an article", async () => {
    const { dir, ingester } = setup();
    writeFileSync(join(dir, "dump.txt"), `Headline\n\n${"word ".repeat(120_000)}`);
    expect((await ingester.scan()).failed).toEqual([
      { item: "dump.txt", reason: "dump.txt is 0.6 MB; articles larger than 0.5 MB are refused." },
    ]);
  });
});

// Text that neither deflate nor the index can fold away: every word different.
const distinctWords = (seed: number) =>
  Array.from({ length: 3_000 }, (_, i) => `word${(i * 7919 + seed * 104_729) % 1_000_003}`).join(
    " ",
  );

describe("briefs folder on a full disk", () => {
  it("GIVEN the database cannot grow THEN every file is reported with the disk-full fault and logged once", async () => {
    const { dir, archive, ingester, entries } = setup();
    const pages = archive.db.pragma("page_count", { simple: true }) as number;
    const free = archive.db.pragma("freelist_count", { simple: true }) as number;
    archive.db.pragma(`max_page_count = ${pages - free}`);
    for (let i = 0; i < 5; i += 1)
      writeFileSync(join(dir, `s${i}.txt`), story(`Story ${i}`, distinctWords(i)));
    const report = await ingester.scan();
    expect(report.added).toEqual([]);
    expect(report.failed).toHaveLength(5);
    expect(new Set(report.failed.map((f) => f.fault))).toEqual(new Set(["disk-full"]));
    expect(entries().filter((e) => e.message === "could not store a briefs file")).toHaveLength(1);
  });
});
