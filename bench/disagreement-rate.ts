/**
 * `npm run bench:disagreement-rate [-- <articles.jsonl>] [--show N] [--category C]`: how often the
 * engine finds a key disagreement, per category, over a corpus (default: the 2,223 BBC 2004
 * articles). Fifteen gold disagreements are too few to steer by; this rate is the second check:
 * match reports and product launches should mostly stay null, political and business disputes
 * should be found. `--show N` prints N found and N not-found cards of the chosen category for
 * reading by eye.
 */
import { existsSync, readFileSync } from "node:fs";
import { buildCard } from "../src/core/build-card.js";
import type { Disagreement } from "../src/core/card/card-schema.js";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const path =
  args[0] && !args[0].startsWith("--") ? args[0] : "../shared/data/bbc-2004/articles.jsonl";
const fallback = "/work/shared/data/bbc-2004/articles.jsonl";
const corpus = existsSync(path) ? path : fallback;
if (!existsSync(corpus)) {
  console.error(
    `bench:disagreement-rate: the corpus ${path} is missing; pass an articles.jsonl path.`,
  );
  process.exit(1);
}

interface Article {
  id: string;
  category?: string;
  title?: string;
  text: string;
}
const articles = readFileSync(corpus, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Article);

const show = Number(option("show") ?? 0);
const only = option("category");
const totals = new Map<string, { n: number; found: number }>();
const found: string[] = [];
const missed: string[] = [];
for (const article of articles) {
  const category = article.category ?? "all";
  const card = buildCard({ id: article.id, text: article.text });
  const row = totals.get(category) ?? { n: 0, found: 0 };
  row.n += 1;
  row.found += card.disagreement ? 1 : 0;
  totals.set(category, row);
  if (!show || (only && category !== only)) continue;
  if (card.disagreement) found.push(describe(article, card.disagreement));
  else missed.push(`${article.id}  ${card.headline}`);
}

let n = 0;
let hits = 0;
for (const [category, row] of [...totals].sort()) {
  n += row.n;
  hits += row.found;
  console.log(`${category.padEnd(14)} ${percent(row.found, row.n)}  (${row.found}/${row.n})`);
}
console.log(`${"all".padEnd(14)} ${percent(hits, n)}  (${hits}/${n})`);
if (show) {
  console.log(`\n# found (${found.length})`);
  for (const line of sample(found, show)) console.log(line);
  console.log(`\n# not found (${missed.length})`);
  for (const line of sample(missed, show)) console.log(line);
}

function percent(a: number, b: number): string {
  return `${((100 * a) / Math.max(1, b)).toFixed(1).padStart(5)}%`;
}

function describe(article: Article, d: Disagreement): string {
  const sides = d.sides.map((s) => `${s.party} — ${s.position}`).join("\n      ");
  const also = (d.also ?? []).map((a) => a.sides.map((s) => s.party).join(" vs ")).join("; ");
  return `${article.id}  ${article.text.split("\n")[0]}\n   over ${d.topic}\n      ${sides}${also ? `\n   also: ${also}` : ""}`;
}

// Evenly spread, so a long list is read across the corpus and not only its first articles.
function sample<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)] as T);
}
