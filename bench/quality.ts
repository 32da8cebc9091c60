// Card quality with the shared scorers, so our figures and the checks' figures are the same
// numbers. Cards come from the product's own path (`briefbot brief --jsonl`), then
// ../shared/eval/score_{card,quotes,reported}.py read them.
//
// Usage: npm run bench:quality [-- --train] [--extra] [--bbc-quotes] [--errors] [--shared DIR]
//   --train   also score PolNeAR train (840 articles): a rule that helps dev and hurts train overfits
//   --extra   also score bench/gold/card-extra.jsonl (20 BBC 2004 articles annotated after the
//             card-gold GUIDE, next steps and key disagreement only, so its people figures mean
//             nothing); it holds ids and gold, the texts are read from ../shared at run time
//   --bbc-quotes  also score bench/gold/quotes-bbc.jsonl with score_quotes.py (direct-quote
//             speakers in 25 BBC 2004 articles, hand-annotated; ids and gold only, texts from
//             ../shared); --extra includes it
//   --extra-only  score only the extra sets (skip card-gold dev and PolNeAR)
//   --errors  let score_card.py list every miss on stderr (the list to read before changing a rule)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const sharedAt = args.indexOf("--shared");
const shared = resolve(sharedAt >= 0 ? (args[sharedAt + 1] ?? "") : "../shared");
if (!existsSync(join(shared, "eval"))) {
  console.error(`No shared scorers at ${shared}/eval: pass --shared DIR.`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "briefbot-quality-"));

/** Cards for a gold file through the real CLI batch path; returns the prediction file. */
function predict(gold: string, name: string): string {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["bin/briefbot.js", "brief", "--jsonl", gold], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const out = join(work, `${name}.pred.jsonl`);
  writeFileSync(out, run.stdout);
  console.log(`# ${name}: cards in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return out;
}

function score(scorer: string, gold: string, pred: string, extra: string[] = []): void {
  const run = spawnSync("python3", [join(shared, "eval", scorer), gold, pred, ...extra], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (run.status !== 0) process.exit(1);
  process.stdout.write(run.stdout.endsWith("\n") ? run.stdout : `${run.stdout}\n`);
}

const errors = flag("--errors") ? ["--errors"] : [];
const extraOnly = flag("--extra-only");

if (!extraOnly) {
  const cardGold = join(shared, "data/card-gold/dev.jsonl");
  const cardPred = predict(cardGold, "card-gold-dev");
  console.log(`\n== card-gold dev (score_card.py)`);
  score("score_card.py", cardGold, cardPred, errors);
}

/** The lines of a JSONL file. */
function lines(path: string): Record<string, unknown>[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const sources = new Map<string, Map<string, Record<string, unknown>>>();
/**
 * A repository gold file names each article by id and source file; the scorers and the CLI get
 * the text from ../shared, joined here, so no article text is kept in the repository.
 */
function withTexts(gold: string): Record<string, unknown>[] {
  return lines(gold).map((entry) => {
    const source = String(entry["source"]);
    let byId = sources.get(source);
    if (!byId) {
      byId = new Map(lines(join(shared, "data", source)).map((a) => [String(a["id"]), a]));
      sources.set(source, byId);
    }
    const article = byId.get(String(entry["id"]));
    if (!article) throw new Error(`${String(entry["id"])} is not in ${source}`);
    return { ...entry, title: article["title"], text: article["text"] };
  });
}

function writeLines(name: string, rows: Record<string, unknown>[]): string {
  const path = join(work, name);
  writeFileSync(path, rows.map((row) => JSON.stringify(row)).join("\n") + "\n");
  return path;
}

if (flag("--extra") || extraOnly) {
  const gold = resolve("bench/gold/card-extra.jsonl");
  const articles = withTexts(gold).map(({ id, title, text, date }) => ({ id, title, text, date }));
  const input = writeLines("card-extra.input.jsonl", articles);
  const pred = predict(input, "card-extra");
  console.log(`\n== card-extra (score_card.py; people not annotated)`);
  score("score_card.py", gold, pred, ["--text", input, ...errors]);
}

if (flag("--bbc-quotes") || flag("--extra") || extraOnly) {
  // One file serves both: the CLI reads id/title/text, score_quotes.py reads text and quotes.
  const gold = writeLines(
    "quotes-bbc.gold.jsonl",
    withTexts(resolve("bench/gold/quotes-bbc.jsonl")),
  );
  const pred = predict(gold, "quotes-bbc");
  console.log(`\n== bbc quotes (score_quotes.py; bench/gold/quotes-bbc.jsonl)`);
  score("score_quotes.py", gold, pred);
}

for (const split of extraOnly ? [] : flag("--train") ? ["dev", "train"] : ["dev"]) {
  const gold = join(shared, `data/polnear/${split}.jsonl`);
  const pred = predict(gold, `polnear-${split}`);
  console.log(`\n== polnear ${split} direct quotes (score_quotes.py)`);
  score("score_quotes.py", gold, pred);
  console.log(`\n== polnear ${split} reported speech (score_reported.py)`);
  score("score_reported.py", gold, pred);
}
console.log(`\npredictions kept in ${work}`);
