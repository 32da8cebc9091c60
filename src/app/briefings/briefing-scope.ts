import type { Archive } from "../ports/archive.js";
import type { ChannelRef } from "../chat-request.js";
import { channelKey } from "./subscription.js";
import type { SubscriptionStore } from "../ports/subscription-store.js";

/** The owner of sources added from the command line or the config file: every channel's default. */
export const INSTALL_OWNER = "install";

/** The source id of articles a channel's `/brief <link>` filed: that channel's alone. */
export function linkSourceId(channel: ChannelRef): string {
  return `link:${channelKey(channel)}`;
}

/**
 * Registered sources that belong to the install: added from the command line or config, or
 * with no owner at all (the briefs folder, sources from before owners were kept). A source a
 * channel added belongs to that channel and is in no other channel's default.
 */
export function installSourceIds(archive: Archive, store: SubscriptionStore): string[] {
  const owners = store.sourceOwners();
  return archive.sources
    .list()
    .filter((source) => {
      const owned = owners.get(source.id);
      return !owned || owned.has(INSTALL_OWNER);
    })
    .map((source) => source.id);
}

/**
 * The article source ids a channel's briefing reads: the sources it chose, or (none chosen) the
 * install's sources and files; in both cases its own `/brief <link>` articles, never another
 * channel's. "file" and "link" are the briefs folder's files and `briefbot ingest` links.
 */
export function briefingScope(
  archive: Archive,
  store: SubscriptionStore,
  channel: ChannelRef,
  chosen: readonly string[],
): string[] {
  const own = linkSourceId(channel);
  if (chosen.length > 0) return [...chosen, own];
  return [...installSourceIds(archive, store), "file", "link", own];
}
