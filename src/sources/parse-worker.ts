// A pooled worker (see worker-pool.ts): answers each `{ id, task }` with `{ id, result }`.
// Each kind's code loads on its first task, so a worker that only reads pages starts fast.
import { parentPort } from "node:worker_threads";
import type { OffThreadTask } from "./run-off-thread.js";

parentPort?.on("message", ({ id, task }: { id: number; task: OffThreadTask }) => {
  void run(task)
    .catch(() => undefined)
    .then((result) => parentPort?.postMessage({ id, result }));
});

// Tells the pool start-up is over: a task's deadline counts from here.
parentPort?.postMessage({ ready: true });

async function run(task: OffThreadTask): Promise<unknown> {
  switch (task.kind) {
    case "parse-feed":
      return (await import("../core/feeds/parse-feed.js")).parseFeed(task.body, task.maxItems);
    case "extract-article":
      return (await import("./extract-article.js")).extractArticle(task.html);
    case "html-to-text":
      return (await import("./html-to-text.js")).htmlToText(task.html, task.maxChars);
    case "build-card":
      return (await import("./build-card-safely.js")).buildCardSafely(task.input);
  }
}
