import type { Archive } from "../ports/archive.js";
import type { Clock } from "../ports/clock.js";
import type { SubscriptionStore } from "../ports/subscription-store.js";
import type { Logger } from "../ports/logger.js";

/**
 * Fetches a link into the archive (`/brief <url>`) under `sourceId` (the asking channel's own
 * link source); supplied where link ingestion exists.
 */
export type IngestLink = (
  url: string,
  sourceId: string,
) => Promise<
  { ok: true; articleId: number } | { ok: false; error: { code: string; message: string } }
>;

/** What the chat service needs; main and the commands build it. */
export interface ChatServiceDeps {
  archive: Archive;
  subscriptions: SubscriptionStore;
  clock: Clock;
  logger: Logger;
  /** For `/briefing subscribe` without a time or zone. */
  defaults: { localTime: string; timeZone: string };
  limits: { quotesPerAnswer: number; cardsPerBriefing: number };
  ingestLink?: IngestLink;
  /** The source id of the briefs folder the bot scans; `/briefing sources add briefs` picks it. */
  briefsSourceId?: string;
}
