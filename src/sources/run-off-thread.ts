import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import type { ArticleInput } from "../core/article/article-input.js";
import { buildCardSafely } from "./build-card-safely.js";
import type { FeedParseResult } from "../core/feeds/feed-item.js";
import type { CardResult, TextResult } from "../app/ports/article-parser.js";
import type { ExtractResult } from "./extract-article.js";
import { maxArticleTextChars } from "./text-limits.js";
import { createWorkerPool } from "./worker-pool.js";

export type OffThreadTask =
  | { kind: "parse-feed"; body: string; maxItems: number }
  | { kind: "extract-article"; html: string }
  | { kind: "html-to-text"; html: string; maxChars: number }
  | { kind: "build-card"; input: ArticleInput };

export interface ParseLimits {
  /** A document still being read after this long is refused, its worker replaced (default 10 s). */
  timeoutMs?: number;
  /** A document still waiting for a free worker after this long is refused (default 2 × timeoutMs). */
  maxWaitMs?: number;
  /** Worker threads (default: cores - 1, at least 2, at most 4). */
  workers?: number;
  /** Articles up to this many characters get their card inline; longer ones in a worker. */
  inlineCardChars?: number;
}

const tooSlow = "The document is too large or too complex to read in time.";
const busy = "briefbot is busy reading other documents; try again in a moment.";

/**
 * Parses feeds, extracts articles and turns feed items into text without stalling the event
 * loop: chat acks have a 3-second deadline, and a hostile 99 KB page took 13 s to read. Every
 * fetched document, whatever its size, goes to a small pool of worker threads with a deadline;
 * a worker past it is terminated and replaced, so one document cannot hold the pool.
 */
export function createParser(limits: ParseLimits = {}) {
  const timeoutMs = limits.timeoutMs ?? 10_000;
  // A real article's card takes about a millisecond; a hostile 20,000 characters well under a second.
  const inlineCardChars = limits.inlineCardChars ?? 20_000;
  const pool = createWorkerPool({
    bootstrap,
    size: limits.workers ?? Math.min(4, Math.max(2, availableParallelism() - 1)),
    timeoutMs,
    maxWaitMs: limits.maxWaitMs ?? timeoutMs * 2,
  });
  const run = <T extends { ok: boolean }>(task: OffThreadTask, error: (m: string) => T) =>
    pool.run<T>(task, error(tooSlow), error(busy));

  return {
    feed(body: string, maxItems = 200): Promise<FeedParseResult> {
      return run({ kind: "parse-feed", body, maxItems }, (message) => ({
        ok: false,
        error: { code: "malformed-feed", message },
      }));
    },
    article(html: string): Promise<ExtractResult> {
      return run({ kind: "extract-article", html }, (message) => ({
        ok: false,
        error: { code: "no-article", message },
      }));
    },
    text(html: string, maxChars = maxArticleTextChars): Promise<TextResult> {
      return run({ kind: "html-to-text", html, maxChars }, (message) => ({
        ok: false,
        error: { code: "too-complex", message },
      }));
    },
    card(input: ArticleInput): Promise<CardResult> {
      if (input.text.length <= inlineCardChars) return Promise.resolve(buildCardSafely(input));
      return run({ kind: "build-card", input }, (message) => ({
        ok: false,
        error: { code: "too-complex", message },
      }));
    },
    close: () => pool.close(),
  };
}

const workerUrl = new URL(
  import.meta.url.endsWith(".ts") ? "./parse-worker.ts" : "./parse-worker.js",
  import.meta.url,
).href;
const bootstrap = import.meta.url.endsWith(".ts")
  ? viaTsx(workerUrl)
  : `import(${JSON.stringify(workerUrl)});`;

// Run as TypeScript, the worker registers tsx first, as bin/briefbot.js does (loader hooks are
// per thread, and Node 20 workers ignore `--import` in execArgv).
function viaTsx(url: string): string {
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
}
