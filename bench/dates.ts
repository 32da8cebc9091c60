/**
 * `npm run bench:dates [-- --timeml DIR] [--errors]`: next-step dates against a TimeML corpus
 * (default /work/timeml/data/TBAQ-cleaned, read recursively for *.tml; the corpus stays outside
 * the repository). Each document's <TEXT> becomes the article, its creation date (DCT) the
 * article date, and the card comes from the product's own `buildCard`. Gold are the definite
 * future dates: TIMEX3 type DATE valued YYYY, YYYY-MM or YYYY-MM-DD later than the DCT at their
 * own granularity. The document id is passed as the title, since TimeML text has no headline
 * line. Printed:
 *   - n definite future dates;
 *   - inside a step: the timex span lies within some step's [start, end);
 *   - right when: of those, the step's `when` equals the gold value exactly. Strict: a coarser
 *     `when` ("1998-08" for gold "1998-08-18") and a finer one ("1998-08-18" for gold "1998-08")
 *     both count as wrong; the lenient "agrees" figure (one a prefix of the other) is printed
 *     beside it for reading, never as the bar;
 *   - dated before article: steps (in all documents) whose `when` is earlier than the article
 *     date at the `when`'s granularity.
 * `--errors` lists every miss: document, timex words and gold value, the sentence, the step and
 * its `when` if there is one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { readArticle } from "../src/core/article/read-article.js";
import { buildCard } from "../src/core/build-card.js";
import { datedBefore, isDefiniteFuture, parseTimeml } from "./lib/timeml.js";

const args = process.argv.slice(2);
const at = args.indexOf("--timeml");
const root = at >= 0 ? (args[at + 1] ?? "") : "/work/timeml/data/TBAQ-cleaned";
const showErrors = args.includes("--errors");
if (!root || !existsSync(root) || !statSync(root).isDirectory()) {
  console.error(
    `bench:dates: no TimeML directory at ${root || "(none)"}; pass --timeml DIR (a folder of *.tml).`,
  );
  process.exit(2);
}

function tmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return tmlFiles(path);
      return entry.name.endsWith(".tml") ? [path] : [];
    })
    .sort();
}

const files = tmlFiles(root);
if (files.length === 0) {
  console.error(`bench:dates: ${root} holds no *.tml files.`);
  process.exit(2);
}

let n = 0;
let inside = 0;
let right = 0;
let agrees = 0;
let steps = 0;
let datedSteps = 0;
let before = 0;
const docsWithFuture = new Set<string>();
const misses: string[] = [];
const early: string[] = [];
for (const file of files) {
  const doc = parseTimeml(readFileSync(file, "utf8"), basename(file, ".tml"));
  if (!doc.date) continue;
  // TimeML text has no headline line: a title keeps the engine from reading its first line
  // (often the whole story) as one.
  const input = { id: doc.id, title: doc.id, text: doc.text, date: doc.date };
  const card = buildCard(input);
  steps += card.nextSteps.length;
  for (const step of card.nextSteps) {
    if (!step.when) continue;
    datedSteps += 1;
    if (datedBefore(step.when, doc.date)) {
      before += 1;
      early.push(`${doc.id} (${doc.date})  when ${step.when} «${step.whenText}»  ${step.text}`);
    }
  }
  const future = doc.timexes.filter((t) => isDefiniteFuture(t, doc.date));
  if (future.length === 0) continue;
  docsWithFuture.add(doc.id);
  const sentences = readArticle(input).sentences;
  for (const timex of future) {
    n += 1;
    const step = card.nextSteps.find((s) => s.start <= timex.start && timex.end <= s.end);
    if (step) inside += 1;
    const exact = step?.when === timex.value;
    if (exact) right += 1;
    if (step?.when && (step.when.startsWith(timex.value) || timex.value.startsWith(step.when)))
      agrees += 1;
    if (exact) continue;
    const sentence = sentences.find((s) => s.start <= timex.start && timex.start < s.end);
    const context = sentence ? doc.text.slice(sentence.start, sentence.end) : "";
    misses.push(
      [
        `${doc.id} (${doc.date})  «${timex.words}» = ${timex.value}  ${step ? `wrong when: ${step.when ?? "null"} «${step.whenText ?? ""}»` : "not in a step"}`,
        `   sentence: ${context.replace(/\s+/g, " ")}`,
        ...(step ? [`   step: ${step.text.replace(/\s+/g, " ")}`] : []),
      ].join("\n"),
    );
  }
}

const share = (a: number, b: number): string => `${(a / Math.max(1, b)).toFixed(4)} (${a}/${b})`;
console.log(`# ${files.length} TimeML documents from ${root}`);
console.log(`definite future dates       n ${n} in ${docsWithFuture.size} documents`);
console.log(`inside a next step          ${share(inside, n)}`);
console.log(`right when (exact, strict)  ${share(right, inside)}`);
console.log(`  agrees (prefix, lenient)  ${share(agrees, inside)}`);
console.log(`steps                       ${steps} (${datedSteps} dated)`);
console.log(`dated before article        ${before}`);
if (showErrors) {
  console.error(`\n# misses (${misses.length})`);
  for (const line of misses) console.error(line);
  console.error(`\n# steps dated before their article (${early.length})`);
  for (const line of early) console.error(line);
}
