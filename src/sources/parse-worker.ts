// Runs one parse off the main thread (see run-off-thread.ts) and posts the result back.
import { parentPort, workerData } from "node:worker_threads";
import { parseFeed } from "../core/feeds/parse-feed.js";
import { extractArticle } from "./extract-article.js";
import type { OffThreadTask } from "./run-off-thread.js";

const task = workerData as OffThreadTask;
parentPort?.postMessage(
  task.kind === "parse-feed" ? parseFeed(task.body, task.maxItems) : extractArticle(task.html),
);
