// Rewrites tests/core/fixtures/seed-card.json from the engine's current card for the seed
// article. Run it only after reading the diff of the card: the golden test exists so that every
// change of output is seen in review (`git diff tests/core/fixtures/seed-card.json`).
// Usage: npm run golden:update
import { readFileSync, writeFileSync } from "node:fs";
import { buildCard } from "../src/core/build-card.js";

const text = readFileSync(new URL("../briefs/000_b5a16409ffaccd6c.txt", import.meta.url), "utf8");
const card = buildCard({ text, date: "2007-10-12" });
const out = new URL("../tests/core/fixtures/seed-card.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(card, null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
