/**
 * `node bin/run-ts.js bench/explain-disagreement.ts <articles.jsonl> <id> [--text]`: why the
 * engine finds (or misses) one article's key disagreement — its people, parties, speakers'
 * parties, every opposition link and the result, next to the gold one when the file has it.
 * The list to read before changing a rule of src/core/disagreement/.
 */
import { readFileSync } from "node:fs";
import { readArticle } from "../src/core/article/read-article.js";
import { findContrastingSpeech } from "../src/core/disagreement/find-contrasting-speech.js";
import { findCriticalSpeech } from "../src/core/disagreement/find-critical-speech.js";
import { findDisagreement } from "../src/core/disagreement/find-disagreement.js";
import { findOppositions } from "../src/core/disagreement/find-oppositions.js";
import { findRebuttals } from "../src/core/disagreement/find-rebuttals.js";
import { findSpeechPairs } from "../src/core/disagreement/find-speech-pairs.js";
import { createPartyIndex } from "../src/core/disagreement/party-index.js";
import { attributeQuotes } from "../src/core/quotes/attribute-quotes.js";

interface Row {
  id: string;
  text: string;
  title?: string;
  date?: string;
  disagreement?: { topic: string; sides: { party: string; aliases?: string[] }[] } | null;
}

const [file, id, ...flags] = process.argv.slice(2);
if (!file || !id) {
  console.error("usage: explain-disagreement <articles.jsonl> <id> [--text]");
  process.exit(2);
}
const rows = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Row);
const row = rows.find((r) => r.id === id);
if (!row) {
  console.error(`no article ${id} in ${file}`);
  process.exit(1);
}
const doc = readArticle({
  id: row.id,
  text: row.text,
  ...(row.title ? { title: row.title } : {}),
  ...(row.date ? { date: row.date } : {}),
});
const { quotes, people } = attributeQuotes(doc);
const index = createPartyIndex(doc, people);
if (flags.includes("--text")) console.log(doc.text);
console.log("PEOPLE", people.map((p) => `${p.name}[${p.role ?? ""}]`).join("; "));
const counts = new Map<string, number>();
for (const m of index.mentionsIn(0, doc.text.length)) {
  const key = `${m.party}(${m.kind})`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
console.log("PARTIES", [...counts].map(([party, n]) => `${party}x${n}`).join(", "));
console.log("QUOTES");
for (const q of quotes)
  console.log(
    `  [${q.kind}] ${q.speaker.name ?? "?"} -> ${index.partyOfSpeaker(q)} : ${doc.text.slice(q.start, q.end).slice(0, 90)}`,
  );
console.log("LINKS");
const links = [
  ...findOppositions(doc, index, quotes),
  ...findRebuttals(doc, index, quotes),
  ...findCriticalSpeech(doc, index, quotes),
  ...findContrastingSpeech(doc, index, quotes),
  ...findSpeechPairs(doc, index, quotes),
];
for (const l of links)
  console.log(
    `  ${l.kind}${l.support ? " (support)" : ""} ${l.actor || "?"} -> ${l.target || "?"} w=${l.weight.toFixed(2)} cue="${doc.text.slice(l.cue.start, l.cue.end).slice(0, 40)}" topic=${l.topic}`,
  );
const found = findDisagreement(doc, quotes, people);
console.log(
  "RESULT",
  found
    ? JSON.stringify({ topic: found.topic, sides: found.sides.map((s) => [s.party, s.position]) })
    : null,
);
if (row.disagreement !== undefined)
  console.log(
    "GOLD",
    row.disagreement
      ? JSON.stringify({
          topic: row.disagreement.topic,
          sides: row.disagreement.sides.map((s) => [s.party, s.aliases ?? []]),
        })
      : null,
  );
