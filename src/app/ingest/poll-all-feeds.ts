import type { Archive } from "../ports/archive.js";
import type { Logger } from "../ports/logger.js";
import type { Source } from "../ports/source-registry.js";
import type { FeedPollResult } from "./poll-feed.js";

/**
 * Polls every feed source in turn. One feed's fault (even an unexpected one) is logged and
 * recorded against that feed only; the rest go on.
 */
export async function pollAllFeeds(
  archive: Archive,
  pollFeed: (source: Source) => Promise<FeedPollResult>,
  logger: Logger,
): Promise<Map<string, FeedPollResult>> {
  const results = new Map<string, FeedPollResult>();
  for (const source of (await archive.sources.list()).filter((s) => s.kind === "feed")) {
    try {
      results.set(source.id, await pollFeed(source));
    } catch (error) {
      logger.error("feed poll crashed", { source: source.id, error: String(error) });
      results.set(source.id, { status: "failed", reason: "briefbot could not read this feed." });
    }
  }
  return results;
}
