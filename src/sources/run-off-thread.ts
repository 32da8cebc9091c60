import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ArticleInput } from "../core/article/article-input.js";
import { buildCard } from "../core/build-card.js";
import type { FeedParseResult } from "../core/feeds/feed-item.js";
import type { CardResult } from "../app/ingest/article-parser.js";
import { parseFeed } from "../core/feeds/parse-feed.js";
import { extractArticle, type ExtractResult } from "./extract-article.js";

export type OffThreadTask =
  | { kind: "parse-feed"; body: string; maxItems: number }
  | { kind: "extract-article"; html: string }
  | { kind: "build-card"; input: ArticleInput };

export interface ParseLimits {
  /** Documents up to this size parse inline (fast enough not to matter); larger go to a worker. */
  inlineBytes?: number;
  /** A worker still parsing after this long is terminated (default 10 s). */
  timeoutMs?: number;
  /** Articles up to this many characters get their card inline; longer ones in a worker. */
  inlineCardChars?: number;
}

const tooSlow = "The document is too large or too complex to read in time.";

/**
 * Parses a feed or extracts an article without stalling the event loop: chat replies have a
 * 3-second deadline, and a hostile 5 MB document can take seconds to parse. Small documents
 * parse inline; large ones in a worker thread that is terminated if it runs past the deadline.
 */
export function createParser(limits: ParseLimits = {}) {
  const inlineBytes = limits.inlineBytes ?? 100_000;
  const timeoutMs = limits.timeoutMs ?? 10_000;
  // A real article's card takes about a millisecond; a hostile 20,000 characters well under a second.
  const inlineCardChars = limits.inlineCardChars ?? 20_000;

  return {
    feed(body: string, maxItems = 200): Promise<FeedParseResult> {
      if (body.length <= inlineBytes) return Promise.resolve(parseFeed(body, maxItems));
      const failed: FeedParseResult = {
        ok: false,
        error: { code: "malformed-feed", message: tooSlow },
      };
      return runOffThread<FeedParseResult>(
        { kind: "parse-feed", body, maxItems },
        timeoutMs,
        failed,
      );
    },
    article(html: string): Promise<ExtractResult> {
      if (html.length <= inlineBytes) return Promise.resolve(extractArticle(html));
      const failed: ExtractResult = { ok: false, error: { code: "no-article", message: tooSlow } };
      return runOffThread<ExtractResult>({ kind: "extract-article", html }, timeoutMs, failed);
    },
    card(input: ArticleInput): Promise<CardResult> {
      if (input.text.length <= inlineCardChars) return Promise.resolve(buildCardSafely(input));
      const failed: CardResult = { ok: false, error: { code: "too-complex", message: tooSlow } };
      return runOffThread<CardResult>({ kind: "build-card", input }, timeoutMs, failed);
    },
  };
}

// Installed, this file is compiled JavaScript and the worker is its compiled sibling. Run from
// source (tests, benchmarks) it is TypeScript: the worker then registers tsx, a devDependency,
// itself (loader hooks are per thread, and Node 20 workers ignore `--import` in execArgv).
const fromSource = import.meta.url.endsWith(".ts");
const workerUrl = new URL(fromSource ? "./parse-worker.ts" : "./parse-worker.js", import.meta.url);

function startWorker(task: OffThreadTask): Worker {
  if (!fromSource) return new Worker(workerUrl, { workerData: task });
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: task });
}

function runOffThread<T>(task: OffThreadTask, timeoutMs: number, failed: T): Promise<T> {
  return new Promise((resolve) => {
    const worker = startWorker(task);
    const timer = setTimeout(() => void worker.terminate(), timeoutMs);
    let settled = false;
    const settle = (value: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    worker.once("message", (value: T) => {
      settle(value);
      void worker.terminate();
    });
    worker.once("error", () => settle(failed));
    worker.once("exit", () => settle(failed));
  });
}

/** Builds a card, turning an engine fault into a returned value (the ingest loop goes on). */
export function buildCardSafely(input: ArticleInput): CardResult {
  try {
    return { ok: true, card: buildCard(input) };
  } catch (cause) {
    const message = `The article could not be read (${cause instanceof Error ? cause.message : String(cause)}).`;
    return { ok: false, error: { code: "engine-fault", message } };
  }
}
