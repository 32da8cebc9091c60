// Runs one parse off the main thread (see run-off-thread.ts) and posts the result back.
import { parentPort, workerData } from "node:worker_threads";
import { parseFeed } from "../core/feeds/parse-feed.js";
import { extractArticle } from "./extract-article.js";
import { buildCardSafely, type OffThreadTask } from "./run-off-thread.js";

const task = workerData as OffThreadTask;
parentPort?.postMessage(run(task));

function run(task: OffThreadTask): unknown {
  switch (task.kind) {
    case "parse-feed":
      return parseFeed(task.body, task.maxItems);
    case "extract-article":
      return extractArticle(task.html);
    case "build-card":
      return buildCardSafely(task.input);
  }
}
