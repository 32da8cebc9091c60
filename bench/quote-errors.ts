// Direct-quote failures against PolNeAR, listed for reading before a rule change (the shared scorers
// give the figures; this lists the misses). Usage: npm run bench:quote-errors -- <corpus.jsonl> [--verbose]
import { readFileSync } from "node:fs";
import { buildCard } from "../src/core/build-card.js";
import type { Quote } from "../src/core/card/card-schema.js";
import { sameSpeaker } from "./lib/name-match.js";
import type { GoldArticle, GoldQuote } from "./lib/polnear.js";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
const verbose = args.includes("--verbose");
if (!file) {
  console.error("usage: npm run bench:quote-errors -- <corpus.jsonl> [--verbose]");
  process.exit(2);
}

// A detected quote "lies inside" annotated quoted material when at least this share of its
// characters (whitespace and punctuation aside) is covered by annotated spans of any type.
const INSIDE = 0.9;

const tally = {
  gold: 0,
  found: 0,
  ours: 0,
  inside: 0,
  gs: 0,
  gsOk: 0,
  si: 0,
  siOk: 0,
  rep: 0,
  repFound: 0,
  repOk: 0,
  ind: 0,
  indIn: 0,
};
const failures: Record<string, string[]> = {
  missed: [],
  outside: [],
  goldSpeaker: [],
  silverSpeaker: [],
};
const lines = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim().length > 0);
const articles = lines.map((line) => JSON.parse(line) as GoldArticle);
const input = (a: GoldArticle) => ({
  id: a.id,
  text: a.text,
  ...(a.title ? { title: a.title } : {}),
  ...(a.date ? { date: a.date } : {}),
});
for (const a of articles) {
  const card = buildCard(input(a));
  score(
    a,
    card.quotes.filter((q) => q.kind !== "indirect"),
  );
  scoreReported(a, card.quotes);
}
// Timed on a second, warm pass so the figure reflects steady state, not JIT start-up.
const t0 = performance.now();
for (const a of articles) buildCard(input(a));
const ms = performance.now() - t0;

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
  // Names only: the annotated resolved name, or the annotated source phrase itself
  // ("retired Air Force general Lloyd Newton"). Pointing at the right phrase is not enough.
  return sameSpeaker(q.speaker.name, g.speaker) || sameSpeaker(q.speaker.name, g.speaker_raw);
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

/** For information: annotated reported speech (indirect, mixed) that any of our quotes overlaps, and its speaker. */
function scoreReported(a: GoldArticle, all: Quote[]): void {
  for (const q of all.filter((x) => x.kind === "indirect")) {
    tally.ind++;
    if (a.quotes.some((g) => overlaps(q, g))) tally.indIn++;
  }
  for (const g of a.quotes.filter((x) => x.type !== "direct")) {
    tally.rep++;
    const hits = all.filter((q) => overlaps(q, g));
    if (hits.length === 0) continue;
    tally.repFound++;
    if (
      (g.speaker_confidence === "gold-span" || g.speaker_confidence === "silver") &&
      hits.some((q) => speakerOk(q, g))
    )
      tally.repOk++;
  }
}

const ratio = (n: number, d: number): string =>
  `${d === 0 ? "n/a" : (n / d).toFixed(3)} (${n}/${d})`;
console.log(`corpus: ${file} — ${lines.length} articles`);
console.log(
  `detection recall (annotated direct quotes overlapped): ${ratio(tally.found, tally.gold)}`,
);
console.log(
  `precision (our direct/partial quotes inside annotated quoted material): ${ratio(tally.inside, tally.ours)}`,
);
console.log(`speaker accuracy, gold-span: ${ratio(tally.gsOk, tally.gs)}`);
console.log(`speaker accuracy, silver:    ${ratio(tally.siOk, tally.si)}`);
console.log(
  `(info) our indirect quotes overlapping an annotated attribution: ${ratio(tally.indIn, tally.ind)}`,
);
console.log(
  `(info) reported speech found: ${ratio(tally.repFound, tally.rep)}; with a matching speaker: ${ratio(tally.repOk, tally.rep)}`,
);
console.log(
  `engine time: ${(ms / lines.length).toFixed(2)} ms per article (whole card, warm pass)`,
);
if (verbose) {
  for (const [kind, list] of Object.entries(failures)) {
    console.log(`\n== ${kind}: ${list.length} (first 25)`);
    for (const f of list.slice(0, Number(process.env.FAILS ?? 25))) console.log(`- ${f}`);
  }
}
