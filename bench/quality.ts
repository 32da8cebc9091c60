// Quote quality against an annotated corpus (PolNeAR JSON Lines): detection recall, precision and
// speaker accuracy. Usage: npm run bench:quality -- <corpus.jsonl> [--verbose]
import { readFileSync } from "node:fs";
import { buildCard } from "../src/core/build-card.js";
import type { Quote } from "../src/core/card/card-schema.js";
import { sameSpeaker } from "./lib/name-match.js";
import type { GoldArticle, GoldQuote } from "./lib/polnear.js";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
const verbose = args.includes("--verbose");
if (!file) {
  console.error("usage: npm run bench:quality -- <corpus.jsonl> [--verbose]");
  process.exit(2);
}

// A detected quote "lies inside" annotated quoted material when at least this share of its
// characters (whitespace and punctuation aside) is covered by annotated spans of any type.
const INSIDE = 0.9;

const tally = { gold: 0, found: 0, ours: 0, inside: 0, gs: 0, gsOk: 0, si: 0, siOk: 0 };
const failures: Record<string, string[]> = { missed: [], outside: [], goldSpeaker: [], silverSpeaker: [] };
let ms = 0;

const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim().length > 0);
for (const line of lines) {
  const a = JSON.parse(line) as GoldArticle;
  const t0 = performance.now();
  const card = buildCard({ id: a.id, text: a.text, ...(a.title ? { title: a.title } : {}), ...(a.date ? { date: a.date } : {}) });
  ms += performance.now() - t0;
  const mine = card.quotes.filter((q) => q.kind !== "indirect");
  score(a, mine);
}

function overlaps(q: Quote, g: GoldQuote): boolean {
  return g.spans.some(([b, e]) => q.start < e && q.end > b);
}

function coverage(a: GoldArticle, q: Quote): number {
  let total = 0;
  let covered = 0;
  for (let i = q.start; i < q.end; i++) {
    if (/[\s\p{P}]/u.test(a.text[i] ?? "")) continue;
    total++;
    if (a.quotes.some((g) => g.spans.some(([b, e]) => i >= b && i < e))) covered++;
  }
  return total === 0 ? 1 : covered / total;
}

function speakerOk(q: Quote, g: GoldQuote): boolean {
  if (sameSpeaker(q.speaker.name, g.speaker)) return true;
  // For a gold span, pointing at the very phrase the annotators marked is the same source.
  return g.speaker_confidence === "gold-span" && (q.speaker.evidence ?? []).some((s) => s.start < g.speaker_end && s.end > g.speaker_start);
}

function context(a: GoldArticle, start: number, end: number): string {
  return a.text.slice(Math.max(0, start - 60), end + 60).replace(/\s+/g, " ");
}

function score(a: GoldArticle, mine: Quote[]): void {
  for (const g of a.quotes.filter((x) => x.type === "direct")) {
    tally.gold++;
    const hits = mine.filter((q) => overlaps(q, g));
    if (hits.length === 0) {
      failures.missed?.push(`${a.id}: ${context(a, g.start, g.end).slice(0, 240)}`);
      continue;
    }
    tally.found++;
    const conf = g.speaker_confidence;
    if (conf !== "gold-span" && conf !== "silver") continue;
    const ok = hits.some((q) => speakerOk(q, g));
    if (conf === "gold-span") {
      tally.gs++;
      if (ok) tally.gsOk++;
    } else {
      tally.si++;
      if (ok) tally.siOk++;
    }
    if (!ok) {
      const line = `${a.id}: gold=${g.speaker} (${g.speaker_raw.slice(0, 40)}) ours=${hits[0]?.speaker.name} :: ${context(a, g.start, Math.min(g.end, g.start + 120)).slice(0, 260)}`;
      (conf === "gold-span" ? failures.goldSpeaker : failures.silverSpeaker)?.push(line);
    }
  }
  for (const q of mine) {
    tally.ours++;
    if (coverage(a, q) >= INSIDE) tally.inside++;
    else failures.outside?.push(`${a.id}: [${q.kind}] ${context(a, q.start, q.end).slice(0, 240)}`);
  }
}

const ratio = (n: number, d: number): string => `${d === 0 ? "n/a" : (n / d).toFixed(3)} (${n}/${d})`;
console.log(`corpus: ${file} — ${lines.length} articles`);
console.log(`detection recall (annotated direct quotes overlapped): ${ratio(tally.found, tally.gold)}`);
console.log(`precision (our direct/partial quotes inside annotated quoted material): ${ratio(tally.inside, tally.ours)}`);
console.log(`speaker accuracy, gold-span: ${ratio(tally.gsOk, tally.gs)}`);
console.log(`speaker accuracy, silver:    ${ratio(tally.siOk, tally.si)}`);
console.log(`engine time: ${(ms / lines.length).toFixed(2)} ms per article (whole card)`);
if (verbose) {
  for (const [kind, list] of Object.entries(failures)) {
    console.log(`\n== ${kind}: ${list.length} (first 25)`);
    for (const f of list.slice(0, Number(process.env.FAILS ?? 25))) console.log(`- ${f}`);
  }
}
