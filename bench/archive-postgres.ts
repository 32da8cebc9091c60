/**
 * `DATABASE_URL=postgres://… npm run bench:archive`: the archive benchmark on PostgreSQL, in a
 * scratch database created on that server (and dropped after, unless --keep). Ingest
 * throughput on the BBC corpus through `archive.ingest`, then whoSaid / quotesBy / findArticles
 * latency over an archive of --articles N (default 100000): the corpus's rows copied in SQL
 * under distinct ids, URLs and hashes, as the SQLite bench copies them through `ingest`.
 *
 * Options: --articles N, --queries N (default 500), --corpus PATH, --keep NAME (build into
 * database NAME and keep it; reuse it if it exists), --seed X (a number in [-1, 1]: the same
 * sample of phrases, names and headlines on every run, to compare changes; random without it),
 * --slowest (the eight slowest phrases of a last whoSaid pass).
 */
import { existsSync, readFileSync } from "node:fs";
import pg from "pg";
import { openPostgresPool } from "../src/archive/postgres/open-postgres.js";
import { openPostgresArchive } from "../src/archive/postgres/postgres-archive.js";
import { buildCard } from "../src/core/build-card.js";

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
const keep = option("keep", "");
const seed = option("seed", "");
const serverUrl = process.env.DATABASE_URL ?? "";

if (!existsSync(corpusPath)) {
  console.error(`bench:archive: corpus not found at ${corpusPath} (pass --corpus PATH).`);
  process.exit(2);
}
const corpus = readFileSync(corpusPath, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as CorpusArticle);

const urlFor = (database: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
const dbName = keep || `bb_bench_${process.pid}`;
const exists =
  (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName])).rowCount === 1;
const reuse = keep !== "" && exists;
if (!reuse) await admin.query(`CREATE DATABASE ${dbName}`);
// The pool briefbot opens for DATABASE_URL (its session settings included).
const pool = openPostgresPool(urlFor(dbName), { max: 4 });
const big = await openPostgresArchive(pool);
const count = async (sql: string) => Number((await pool.query(sql)).rows[0]?.n ?? 0);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timeAll<T>(items: T[], run: (item: T) => Promise<unknown>) {
  const times: number[] = [];
  for (const item of items) {
    const start = process.hrtime.bigint();
    await run(item);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1) ?? NaN };
}

async function build(): Promise<void> {
  // 1. Ingest throughput: the engine builds each card, the archive stores it (one transaction
  // per article, as live ingestion does).
  let engineMs = 0;
  let storeMs = 0;
  for (const a of corpus) {
    const input = { id: a.id, title: a.title, text: a.text };
    const t0 = performance.now();
    const card = buildCard(input);
    const t1 = performance.now();
    await big.ingest(input, { sourceId: "bench", url: `https://bbc.example/${a.id}`, card });
    storeMs += performance.now() - t1;
    engineMs += t1 - t0;
  }
  const perSecond = (ms: number) => Math.round(corpus.length / (ms / 1000));
  console.log(
    `ingest: ${corpus.length} articles in ${((engineMs + storeMs) / 1000).toFixed(2)} s = ${perSecond(engineMs + storeMs)} articles/s end to end (engine ${perSecond(engineMs)}/s, archive store ${perSecond(storeMs)}/s; ${await count("SELECT count(*) AS n FROM quotes")} quotes)`,
  );

  // 2. The big archive: the stored rows copied under distinct ids, URLs and hashes, in SQL, one
  // statement per table per copy (ids offset by the base's highest id).
  const t1 = performance.now();
  const stride = await count("SELECT max(id) AS n FROM articles");
  const quoteStride = await count("SELECT max(id) AS n FROM quotes");
  const base = await count("SELECT count(*) AS n FROM articles");
  const copies = Math.max(0, Math.ceil(target / base) - 1);
  for (let copy = 1; copy <= copies; copy += 1) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO articles (id, source_id, url, url_key, path_key, headline, date, text, content_hash, card, added_at, updated_at, search)
         SELECT id + $1::int * $2::int, source_id, url || '/' || $1::int, url_key || '/' || $1::int, NULL, headline, date,
           text || E'\\n\\n(copy ' || $1::int || ')', md5(content_hash || $1::int), card,
           added_at + $1::int * interval '1 second', updated_at, search
         FROM articles WHERE id <= $2`,
        [copy, stride],
      );
      await client.query(
        `INSERT INTO quotes (id, article_id, position, text, start_offset, end_offset, kind, person_id, speaker_name, speaker_role, anonymous, sort_key, cue, evidence, search)
         SELECT id + $1::int * $3::int, article_id + $1::int * $2::int, position, text, start_offset, end_offset, kind, person_id, speaker_name, speaker_role, anonymous, sort_key, cue, evidence, search
         FROM quotes WHERE article_id <= $2`,
        [copy, stride, quoteStride],
      );
      await client.query(
        `INSERT INTO article_people (article_id, person_id) SELECT article_id + $1::int * $2::int, person_id FROM article_people WHERE article_id <= $2`,
        [copy, stride],
      );
      await client.query("COMMIT");
    } finally {
      client.release();
    }
  }
  await pool.query(
    "SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))",
  );
  await pool.query(
    "SELECT setval(pg_get_serial_sequence('quotes', 'id'), (SELECT max(id) FROM quotes))",
  );
  await pool.query("VACUUM ANALYZE");
  const buildMs = performance.now() - t1;
  const articles = await count("SELECT count(*) AS n FROM articles");
  const quotes = await count("SELECT count(*) AS n FROM quotes");
  console.log(
    `build: ${articles} articles, ${quotes} quotes in ${(buildMs / 1000).toFixed(1)} s (copied in SQL, ${copies} copies, then VACUUM ANALYZE)`,
  );
}

if (!reuse) await build();

// 3. Query latency on phrases and names drawn from what is stored, as the SQLite bench draws them.
// With --seed, both samples are drawn on one connection after setseed, so they repeat.
const sampler = await pool.connect();
if (seed !== "") {
  // A synchronized scan may start mid-table, which would reorder the draw.
  await sampler.query("SET synchronize_seqscans = off");
  await sampler.query("SELECT setseed($1)", [Number(seed)]);
}
const sample = (
  await sampler.query<{ text: string; speaker_name: string }>(
    "SELECT text, speaker_name FROM quotes WHERE speaker_name IS NOT NULL ORDER BY random() LIMIT $1",
    [queryCount],
  )
).rows;
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
async function warm(run: () => ReturnType<typeof timeAll>) {
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
  const slow: [number, string][] = [];
  for (const p of phrases) {
    const t = performance.now();
    await big.whoSaid(p);
    slow.push([performance.now() - t, p]);
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
const headlines = (
  await sampler.query<{ headline: string }>(
    "SELECT headline FROM articles ORDER BY random() LIMIT $1",
    [Math.min(200, queryCount)],
  )
).rows.map((r) => r.headline);
sampler.release();
const briefWords = headlines.map((h) => h.split(/\s+/).slice(0, 3).join(" "));
const findArticles = await timeAll(briefWords, (w) => big.findArticles(w));
console.log(
  `findArticles (/brief <words>): p50 ${findArticles.p50.toFixed(2)} ms, p99 ${findArticles.p99.toFixed(2)} ms over ${briefWords.length} headline openings`,
);
console.log(
  `quotesBy: p50 ${quotesBy.p50.toFixed(2)} ms, p99 ${quotesBy.p99.toFixed(2)} ms, max ${quotesBy.max.toFixed(2)} ms over ${names.length} names (p99 of passes ${quotesBy.passes}; cold p99 ${quotesCold.p99.toFixed(2)} ms)`,
);
const size = await count("SELECT pg_database_size(current_database()) AS n");
console.log(`size: ${(size / 1e6).toFixed(1)} MB (database ${dbName}, PostgreSQL)`);

await big.close();
await pool.end();
if (keep) console.log(`kept the archive in database ${dbName}`);
else await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
await admin.end();
