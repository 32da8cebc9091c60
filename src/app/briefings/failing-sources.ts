import type { Archive } from "../ports/archive.js";
import { installSourceIds, registeredSources } from "./briefing-scope.js";
import type { SubscriptionStore } from "../ports/subscription-store.js";

/**
 * One sentence for each feed the channel reads that keeps failing, so a briefing that is
 * short of a source says so instead of going quiet (the commonest complaint about feed bots).
 * A feed only backing off after a few failures is not mentioned: it may recover on its own.
 */
export async function failingSourceNotices(
  archive: Archive,
  store: SubscriptionStore,
  chosen: readonly string[],
): Promise<string[]> {
  const ids = chosen.length > 0 ? chosen : await installSourceIds(archive, store);
  return (await registeredSources(archive, ids))
    .filter((source) => source.kind === "feed" && source.status === "failing")
    .map(
      (source) =>
        `${source.location} has failed ${source.consecutiveFailures} times in a row` +
        `${source.failureReason ? ` (${source.failureReason.replace(/\.$/, "")})` : ""}, so its` +
        ` articles are missing here. Check the address, or remove it with /briefing sources remove ${source.location}.`,
    );
}
