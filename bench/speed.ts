/**
 * `npm run bench:speed [-- <articles.jsonl>]`: whole briefing cards per second over a JSON Lines
 * corpus (default: the BBC 2004 set), per-article p50/p99 and peak memory, against a peer —
 * compromise finding just people and quotations in the same articles — as a time ratio; and the
 * cold start of `briefbot brief <seed>` (compiled dist/, built by `prebench:speed`) against
 * `node -e 0`, median of 5 spawns each.
 */
import { existsSync, readFileSync } from "node:fs";
import { Writable } from "node:stream";
import nlp from "compromise";
import { runJsonlBatch } from "../src/cli/run-jsonl-batch.js";
import { buildCard } from "../src/core/build-card.js";
import { measureColdStart } from "./lib/cold-start.js";

const path = process.argv[2] ?? "/work/shared/data/bbc-2004/articles.jsonl";
if (!existsSync(path)) {
  console.error(
    `bench:speed: the corpus ${path} is missing; pass the path of an articles.jsonl file.`,
  );
  process.exit(1);
}

interface Article {
  id: string;
  text: string;
  title?: string;
  date?: string;
}
const lines = readFileSync(path, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");
const articles: Article[] = lines.map((line) => JSON.parse(line) as Article);

interface Run {
  times: number[];
  total: number;
  peakRssMb: number;
}

function measure(work: (article: Article) => unknown): Run {
  for (const article of articles.slice(0, 50)) work(article); // warm the JIT before timing
  const times: number[] = [];
  const started = performance.now();
  for (const article of articles) {
    const t0 = performance.now();
    work(article);
    times.push(performance.now() - t0);
  }
  return {
    times,
    total: performance.now() - started,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

function report(name: string, run: Run): void {
  const sorted = [...run.times].sort((a, b) => a - b);
  const perSecond = (articles.length / run.total) * 1000;
  console.log(
    `${name.padEnd(34)} ${perSecond.toFixed(0).padStart(6)} articles/s  mean ${(run.total / articles.length).toFixed(2)} ms  ` +
      `p50 ${percentile(sorted, 0.5).toFixed(2)} ms  p99 ${percentile(sorted, 0.99).toFixed(2)} ms  peak RSS ${run.peakRssMb.toFixed(0)} MB`,
  );
}

console.log(`bench:speed over ${articles.length} articles from ${path}`);
const ours = measure((a) =>
  JSON.stringify(
    buildCard({
      id: a.id,
      text: a.text,
      ...(a.title ? { title: a.title } : {}),
      ...(a.date ? { date: a.date } : {}),
    }),
  ),
);
report("briefbot buildCard (whole card)", ours);
const peer = measure((a) => {
  const doc = nlp(a.text);
  return [doc.people().out("array"), doc.quotations().out("array")];
});
report("compromise people() + quotations()", peer);
// The CLI fast path end to end (read, parse, build, serialise), into a sink that drops the bytes.
const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
const batchStart = performance.now();
await runJsonlBatch(path, sink);
const batchMs = performance.now() - batchStart;
console.log(
  `${"brief --jsonl batch (in process)".padEnd(34)} ${((articles.length / batchMs) * 1000).toFixed(0).padStart(6)} articles/s  total ${(batchMs / 1000).toFixed(2)} s`,
);
const ratio = ours.total / peer.total;
console.log(
  `ratio briefbot / compromise time: ${ratio.toFixed(2)} (bar: ≤ 0.50) — ${ratio <= 0.5 ? "meets the bar" : "MISSES the bar"}`,
);
const cold = measureColdStart(5);
const times = cold.briefMs / cold.nodeMs;
console.log(
  `cold start: briefbot brief <seed> ${cold.briefMs.toFixed(0)} ms, node -e 0 ${cold.nodeMs.toFixed(0)} ms (median of 5): ${times.toFixed(1)}x (bar: ≤ 5x) — ${times <= 5 ? "meets the bar" : "MISSES the bar"}`,
);
