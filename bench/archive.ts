/**
 * `npm run bench:archive`: ingest throughput on the BBC corpus, then whoSaid / quotesBy latency
 * over an archive of at least 100,000 articles (the corpus replicated with distinct ids), and the
 * database's size against the raw text it holds. Everything lives in a temporary file.
 *
 * Options: --articles N (default 100000), --queries N (default 500), --corpus PATH.
 * With DATABASE_URL=postgres://… it runs on PostgreSQL instead (bench/archive-postgres.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSqliteArchive } from "../src/archive/sqlite-archive.js";
import { buildCard } from "../src/core/build-card.js";
import type { BriefingCard } from "../src/core/card/card-schema.js";
import { isPostgresUrl } from "../src/archive/postgres/open-postgres.js";

if (isPostgresUrl(process.env.DATABASE_URL)) {
  await import("./archive-postgres.js");
  process.exit(0);
}

interface CorpusArticle {
  id: string;
  title: string;
  text: string;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const corpusPath = option("corpus", "/work/shared/data/bbc-2004/articles.jsonl");
const target = Number(option("articles", "100000"));
const queryCount = Number(option("queries", "500"));
// --keep PATH: build the big archive at PATH and keep it; if PATH exists, reuse it and skip building.
const keep = option("keep", "");

if (!existsSync(corpusPath)) {
  console.error(`bench:archive: corpus not found at ${corpusPath} (pass --corpus PATH).`);
  process.exit(2);
}
const corpus = readFileSync(corpusPath, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as CorpusArticle);
const dir = mkdtempSync(join(tmpdir(), "briefbot-bench-"));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Timing {
  p50: number;
  p99: number;
  max: number;
}

async function timeAll<T>(items: T[], run: (item: T) => Promise<unknown>): Promise<Timing> {
  const times: number[] = [];
  for (const item of items) {
    const start = process.hrtime.bigint();
    await run(item);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1) ?? NaN };
}

const path = keep || join(dir, "big.db");
const reuse = keep !== "" && existsSync(keep);
let rawBytes = reuse ? Number(process.env.BENCH_RAW_BYTES ?? NaN) : 0;
let big = createSqliteArchive({ path });
if (!reuse) ({ big, rawBytes } = await build());

async function build() {
  // 1. Ingest throughput on the corpus: the engine builds each card, the archive stores it (one
  // transaction per article, as live ingestion does). Timed separately to show where time goes.
  const ingestArchive = createSqliteArchive({ path: join(dir, "ingest.db") });
  let engineMs = 0;
  let storeMs = 0;
  const cards: BriefingCard[] = [];
  for (const a of corpus) {
    const input = { id: a.id, title: a.title, text: a.text };
    const t0 = performance.now();
    const card = buildCard(input);
    const t1 = performance.now();
    await ingestArchive.ingest(input, {
      sourceId: "bench",
      url: `https://bbc.example/${a.id}`,
      card,
    });
    storeMs += performance.now() - t1;
    engineMs += t1 - t0;
    cards.push(card);
  }
  const engineQuotes = ingestArchive.db
    .prepare("SELECT count(*) FROM quotes")
    .pluck()
    .get() as number;
  await ingestArchive.close();
  const perSecond = (ms: number) => Math.round(corpus.length / (ms / 1000));
  console.log(
    `ingest: ${corpus.length} articles in ${((engineMs + storeMs) / 1000).toFixed(2)} s = ${perSecond(engineMs + storeMs)} articles/s end to end (engine ${perSecond(engineMs)}/s, archive store ${perSecond(storeMs)}/s; ${engineQuotes} quotes)`,
  );

  // 2. The big archive: the corpus's cards stored again under distinct ids, in batches.
  const t1 = performance.now();
  // The SQLite archive runs each call at once (its promise only carries the result), so all of a
  // batch's writes happen inside this one transaction; the outcomes are read after it commits.
  const batch = big.db.transaction((copy: number) =>
    corpus.map((a, i) => {
      const text = `${a.text}\n\n(copy ${copy})`;
      const card = cards[i] as BriefingCard;
      const outcome = big.ingest(
        { id: `${a.id}#${copy}`, title: a.title, text },
        {
          sourceId: "bench",
          url: `https://bbc.example/${a.id}/${copy}`,
          card: { ...card, id: `${a.id}#${copy}` },
        },
      );
      return { outcome, bytes: Buffer.byteLength(text) };
    }),
  );
  // The corpus repeats a few articles word for word; the archive stores those once, so count rows.
  const countArticles = big.db.prepare("SELECT count(*) FROM articles").pluck();
  for (let copy = 0; (countArticles.get() as number) < target; copy += 1)
    for (const { outcome, bytes } of batch(copy))
      if ((await outcome).status === "added") rawBytes += bytes;
  const buildMs = performance.now() - t1;
  const articles = countArticles.get() as number;
  const quotes = big.db.prepare("SELECT count(*) FROM quotes").pluck().get() as number;
  console.log(
    `build: ${articles} articles, ${quotes} quotes in ${(buildMs / 1000).toFixed(1)} s (${Math.round(articles / (buildMs / 1000))} articles/s batched)`,
  );

  return { big, rawBytes };
}

// 3. Query latency on phrases and names drawn from what is stored.
const sample = big.db
  .prepare(
    "SELECT text, speaker_name FROM quotes WHERE speaker_name IS NOT NULL ORDER BY random() LIMIT ?",
  )
  .all(queryCount) as { text: string; speaker_name: string }[];
const phrases = sample.map((q, i) => {
  const words = q.text.split(/\s+/);
  const part = words
    .slice(Math.min(2, Math.max(0, words.length - 4)), Math.min(words.length, 8))
    .join(" ");
  return i % 5 === 4
    ? part.replace(/([a-z])([a-z])([a-z]{2,})/, "$2$1$3")
    : i % 7 === 6
      ? `nobody ever said ${i} zeppelins`
      : part;
});
// Cold: each phrase's first run, pages not yet cached. Warm: the same phrases again, as a
// long-running bot sees them, in three passes; the pass with the median p99 is reported, since
// on a shared machine one pass can catch another process's burst (all three are printed).
async function warm(run: () => Promise<Timing>): Promise<Timing & { passes: string }> {
  const passes = [await run(), await run(), await run()].sort((a, b) => a.p99 - b.p99);
  return {
    ...(passes[1] ?? passes[0] ?? { p50: NaN, p99: NaN, max: NaN }),
    passes: passes.map((p) => p.p99.toFixed(1)).join("/"),
  };
}
const cold = await timeAll(phrases, (p) => big.whoSaid(p));
const whoSaid = await warm(() => timeAll(phrases, (p) => big.whoSaid(p)));
const names = sample.map((q) => q.speaker_name);
const quotesCold = await timeAll(names, (n) => big.quotesBy(n));
const quotesBy = await warm(() => timeAll(names, (n) => big.quotesBy(n)));
let found = 0;
for (const p of phrases) if ((await big.whoSaid(p)).ok) found += 1;
if (args.includes("--slowest")) {
  const slow: Array<readonly [number, string]> = [];
  for (const p of phrases) {
    const t = performance.now();
    await big.whoSaid(p);
    slow.push([performance.now() - t, p] as const);
  }
  console.log(
    slow
      .sort((a, b) => b[0] - a[0])
      .slice(0, 8)
      .map(([t, p]) => `  ${t.toFixed(1)} ms  ${p}`)
      .join("\n"),
  );
}
console.log(
  `whoSaid: p50 ${whoSaid.p50.toFixed(2)} ms, p99 ${whoSaid.p99.toFixed(2)} ms, max ${whoSaid.max.toFixed(2)} ms over ${phrases.length} phrases (${found} matched; p99 of passes ${whoSaid.passes}; cold first run p50 ${cold.p50.toFixed(2)}, p99 ${cold.p99.toFixed(2)} ms)`,
);
const headlines = big.db
  .prepare("SELECT headline FROM articles ORDER BY random() LIMIT ?")
  .pluck()
  .all(Math.min(200, queryCount)) as string[];
const briefWords = headlines.map((h) => h.split(/\s+/).slice(0, 3).join(" "));
const findArticles = await timeAll(briefWords, (w) => big.findArticles(w));
console.log(
  `findArticles (/brief <words>): p50 ${findArticles.p50.toFixed(2)} ms, p99 ${findArticles.p99.toFixed(2)} ms over ${briefWords.length} headline openings`,
);
console.log(
  `quotesBy: p50 ${quotesBy.p50.toFixed(2)} ms, p99 ${quotesBy.p99.toFixed(2)} ms, max ${quotesBy.max.toFixed(2)} ms over ${names.length} names (p99 of passes ${quotesBy.passes}; cold p99 ${quotesCold.p99.toFixed(2)} ms)`,
);

// 4. Size: the file after a checkpoint, against the article text it holds.
big.db.pragma("wal_checkpoint(TRUNCATE)");
if (args.includes("--size-detail")) {
  const rows = big.db
    .prepare(
      "SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 12",
    )
    .all() as { name: string; bytes: number }[];
  for (const row of rows)
    console.log(`  ${row.name.padEnd(28)} ${(row.bytes / 1e6).toFixed(1)} MB`);
}
await big.close();
const size = statSync(path).size;
console.log(
  `size: ${(size / 1e6).toFixed(1)} MB for ${(rawBytes / 1e6).toFixed(1)} MB of raw text = ${(size / rawBytes).toFixed(2)}x (bar 3x)`,
);
rmSync(dir, { recursive: true, force: true });
if (keep) console.log(`kept the archive at ${keep}`);
