import type { FeedItem } from "../../core/feeds/feed-item.js";
import type { Archive } from "../ports/archive.js";
import type { Source } from "../ports/source-registry.js";
import { ArchiveError } from "../archive-error.js";
import type { Logger } from "../ports/logger.js";
import type { ArticleParser } from "../ports/article-parser.js";
import type { FeedState } from "../ports/feed-state.js";
import { feedItemKeys } from "./feed-item-keys.js";
import type { FetchPage } from "../ports/fetch-page.js";
import { createLinkIngester, maxArticleChars } from "./ingest-link.js";
import { emptyReport, type IngestReport } from "./ingest-report.js";

export interface FeedPollerOptions {
  /** New items stored per feed per UTC day at most (default 50); the rest are skipped as a storm. */
  dailyCap?: number;
  /** First retry after this long, doubling per failure up to `maxBackoffMs` (default 5 min, 6 h). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Consecutive failures before the feed is marked failing (default 5). */
  failingAfter?: number;
  /** Below this many characters of text an item is a snippet and its link is fetched (default 600). */
  snippetChars?: number;
  /**
   * What the first successful poll does: `baseline` (default) remembers the items and stores
   * none, so a new subscription never floods a channel; `ingest` stores them (capped), for
   * `briefbot ingest <feed-url>`, where the user asked for exactly that.
   */
  firstPoll?: "baseline" | "ingest";
}

export type FeedPollResult =
  | { status: "baseline" | "polled"; report: IngestReport; skippedOverCap: number }
  | { status: "not-modified" | "not-due" }
  | { status: "failed"; reason: string };

export interface FeedPollerDeps {
  archive: Archive;
  feedState: FeedState;
  fetchPage: FetchPage;
  parser: ArticleParser;
  logger: Logger;
  now: () => Date;
}

/**
 * Polls one feed: conditional GET, a silent baseline on the first successful poll, new items
 * only (by guid, link or title), a daily cap, snippet items completed from their page, and a
 * failing feed backing off and then marked failing with its reason. Never throws for a bad feed.
 */
export function createFeedPoller(deps: FeedPollerDeps, options: FeedPollerOptions = {}) {
  const ingestLink = createLinkIngester(deps);
  const {
    dailyCap = 50,
    backoffMs = 300_000,
    maxBackoffMs = 21_600_000,
    failingAfter = 5,
    snippetChars = 600,
  } = options;

  async function fail(source: Source, reason: string): Promise<FeedPollResult> {
    const at = deps.now();
    const delay = Math.min(maxBackoffMs, backoffMs * 2 ** source.consecutiveFailures);
    await deps.feedState.recordFailure(
      source.id,
      at.toISOString(),
      reason,
      new Date(at.getTime() + delay).toISOString(),
      failingAfter,
    );
    deps.logger.warn("feed poll failed", {
      source: source.id,
      reason,
      failures: source.consecutiveFailures + 1,
    });
    return { status: "failed", reason };
  }

  async function store(source: Source, item: FeedItem, report: IngestReport): Promise<void> {
    const label = item.title ?? item.link ?? "an item";
    // Converted off the main thread (a hostile item took 21 s); one refused is read from its page.
    const converted = item.content ? await deps.parser.text(item.content, maxArticleChars) : null;
    const text = converted?.ok ? converted.text : "";
    if (converted && !converted.ok)
      deps.logger.warn("feed item text refused", {
        source: source.id,
        item: label,
        reason: converted.error.message,
      });
    if (text.length < snippetChars && item.link) {
      const linked = await ingestLink(item.link, source.id);
      if (linked.ok) return void report[linked.outcome.status].push(linked.outcome.articleId);
      deps.logger.warn("feed item page not fetched", {
        source: source.id,
        link: item.link,
        reason: linked.error.message,
      });
    }
    if (!text)
      return void report.failed.push({
        item: label,
        reason:
          converted && !converted.ok
            ? converted.error.message
            : "The item has no text and its page could not be read.",
      });
    const input = {
      text,
      ...(item.title ? { title: item.title } : {}),
      ...(item.published ? { date: item.published.slice(0, 10) } : {}),
    };
    const built = await deps.parser.card(input);
    if (!built.ok) return void report.failed.push({ item: label, reason: built.error.message });
    const outcome = await deps.archive.ingest(input, {
      sourceId: source.id,
      ...(item.link ? { url: item.link } : {}),
      card: built.card,
    });
    report[outcome.status].push(outcome.articleId);
  }

  async function ingestNew(source: Source, items: FeedItem[]): Promise<FeedPollResult> {
    const keys = items.map(feedItemKeys);
    const at = deps.now().toISOString();
    if (options.firstPoll !== "ingest" && (await deps.feedState.needsBaseline(source.id))) {
      for (const k of keys) await deps.feedState.remember(source.id, k, at);
      return { status: "baseline", report: emptyReport(), skippedOverCap: 0 };
    }
    const unseen = await deps.feedState.unseen(source.id, keys);
    const fresh = items.filter((_, i) => unseen[i]);
    const granted = await deps.feedState.takeQuota(
      source.id,
      at.slice(0, 10),
      fresh.length,
      dailyCap,
    );
    const report = emptyReport();
    for (const item of fresh.slice(0, granted)) await store(source, item, report);
    for (const k of keys) await deps.feedState.remember(source.id, k, at);
    if (fresh.length > granted)
      deps.logger.warn("feed over its daily cap", {
        source: source.id,
        skipped: fresh.length - granted,
      });
    return { status: "polled", report, skippedOverCap: fresh.length - granted };
  }

  return async function pollFeed(source: Source): Promise<FeedPollResult> {
    if (source.nextPollAt && source.nextPollAt > deps.now().toISOString())
      return { status: "not-due" };
    const page = await deps.fetchPage(source.location, await deps.feedState.validators(source.id));
    if (!page.ok) return fail(source, page.error.message);
    const validators = page.notModified
      ? await deps.feedState.validators(source.id)
      : { etag: page.etag, lastModified: page.lastModified };
    if (page.notModified) {
      await deps.feedState.recordSuccess(source.id, deps.now().toISOString(), validators);
      return { status: "not-modified" };
    }
    const parsed = await deps.parser.feed(page.text);
    if (!parsed.ok) return fail(source, parsed.error.message);
    try {
      const result = await ingestNew(source, parsed.items);
      await deps.feedState.recordSuccess(source.id, deps.now().toISOString(), validators);
      return result;
    } catch (error) {
      // The archive failed (locked, disk full), not the feed: nothing is marked seen, so the next poll retries.
      if (!(error instanceof ArchiveError)) throw error;
      deps.logger.error("feed items not stored", { source: source.id, code: error.code });
      return { status: "failed", reason: error.message };
    }
  };
}
