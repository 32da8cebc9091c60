/**
 * `npm run bench:hostile`: the documents of the attack run (issue 11) — how long reading them
 * takes, and the longest the event loop stalls meanwhile (what every other user's ack waits).
 */
import { extractArticle } from "../src/sources/extract-article.js";
import { htmlToText } from "../src/sources/html-to-text.js";
import { createParser } from "../src/sources/run-off-thread.js";
import { deepItemHtml, deepListPage } from "../tests/fixtures/hostile-html.js";

const page = deepListPage();
const item = deepItemHtml("Officials from both sides met again on Friday. ".repeat(12));

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/** Wall time of `work` and the longest gap between 10 ms timer ticks while it ran. */
async function withLoopLag<T>(work: () => Promise<T>): Promise<[T, number, number]> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  const start = performance.now();
  const result = await work();
  const wall = performance.now() - start;
  clearInterval(timer);
  return [result, wall, Math.max(worst, performance.now() - last - 10)];
}

const [extracted, extractMs] = timed(() => extractArticle(page));
const [converted, convertMs] = timed(() => htmlToText(item, 500_000));
console.log(
  `page ${(page.length / 1000).toFixed(0)} KB of <li><b>; item ${(item.length / 1000).toFixed(0)} KB of <p><b><i><u>`,
);
console.log(
  `extractArticle (same thread): ${extractMs.toFixed(0)} ms → ${extracted.ok ? "article" : extracted.error.message}`,
);
console.log(
  `htmlToText (same thread):     ${convertMs.toFixed(0)} ms → ${converted.ok ? `${converted.text.length} chars` : converted.error.message}`,
);

const parser = createParser();
await parser.text("<p>warm-up</p>");
const [, articleWall, articleLag] = await withLoopLag(() => parser.article(page));
const [, textWall, textLag] = await withLoopLag(() => parser.text(item));
console.log(
  `parser.article (worker): ${articleWall.toFixed(0)} ms, worst event-loop stall ${articleLag.toFixed(0)} ms`,
);
console.log(
  `parser.text (worker):    ${textWall.toFixed(0)} ms, worst event-loop stall ${textLag.toFixed(0)} ms`,
);
await parser.close();
