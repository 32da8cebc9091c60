import type { Archive } from "../ports/archive.js";
import type { ChannelRef } from "../chat-request.js";
import { channelKey } from "./subscription.js";
import type { Source } from "../ports/source-registry.js";
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
export async function installSourceIds(
  archive: Archive,
  store: SubscriptionStore,
): Promise<string[]> {
  const owners = await store.sourceOwners();
  return (await archive.sources.list())
    .filter((source) => {
      const owned = owners.get(source.id);
      return !owned || owned.has(INSTALL_OWNER);
    })
    .map((source) => source.id);
}

/** The registered sources among `ids`, in their order; ids of unknown sources are left out. */
export async function registeredSources(
  archive: Archive,
  ids: readonly string[],
): Promise<Source[]> {
  const sources: Source[] = [];
  for (const id of ids) {
    const source = await archive.sources.get(id);
    if (source) sources.push(source);
  }
  return sources;
}

/**
 * The article source ids a channel's briefing reads: the sources it chose, or (none chosen) the
 * install's sources and files; in both cases its own `/brief <link>` articles, never another
 * channel's. "file" and "link" are the briefs folder's files and `briefbot ingest` links.
 */
export async function briefingScope(
  archive: Archive,
  store: SubscriptionStore,
  channel: ChannelRef,
  chosen: readonly string[],
): Promise<string[]> {
  const own = linkSourceId(channel);
  if (chosen.length > 0) return [...chosen, own];
  return [...(await installSourceIds(archive, store)), "file", "link", own];
}
