// Prints the people of a sample of articles, for reading by eye: the card-gold set is small, so
// junk (organisations, places, headline words) on unannotated text is checked this way.
//
// Usage: node bin/run-ts.js bench/people-sample.ts FILE.jsonl [count] [seed]
import { readFileSync } from "node:fs";
import { buildCard } from "../src/core/build-card.js";

const [path, countArg, seedArg] = process.argv.slice(2);
if (!path) {
  console.error("usage: people-sample.ts FILE.jsonl [count] [seed]");
  process.exit(2);
}
const lines = readFileSync(path, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");
const count = Number(countArg ?? 20);
// A small linear congruential generator: the same seed gives the same sample.
let state = Number(seedArg ?? 1) >>> 0;
const next = (): number => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
for (let n = 0; n < count && lines.length > 0; n++) {
  const line = lines.splice(Math.floor(next() * lines.length), 1)[0] as string;
  const article = JSON.parse(line) as { id?: string; title?: string; text: string };
  const card = buildCard({
    text: article.text,
    ...(article.title ? { title: article.title } : {}),
  });
  console.log(`== ${article.id ?? card.id}: ${card.headline}`);
  for (const p of card.people) console.log(`   ${p.name}${p.role ? ` (${p.role})` : ""}`);
}
