import type { Archive } from "../ports/archive.js";
import type { ChannelRef } from "../chat-request.js";
import { briefingScope } from "./briefing-scope.js";
import { composeBriefing, type ComposedBriefing } from "./compose-briefing.js";
import { failingSourceNotices } from "./failing-sources.js";
import type { SubscriptionStore } from "../ports/subscription-store.js";

// Before any briefing, everything in the archive is new (local mode's first start).
const BEGINNING = "1970-01-01T00:00:00.000Z";

export interface BriefingOptions {
  sources: readonly string[];
  maxCards: number;
  quietWhenEmpty: boolean;
}

/** The briefing a channel would get now. Call `commitBriefing` once it has been delivered. */
export async function prepareBriefing(
  archive: Archive,
  store: SubscriptionStore,
  channel: ChannelRef,
  options: BriefingOptions,
): Promise<ComposedBriefing> {
  const since = (await store.briefedUntil(channel)) ?? BEGINNING;
  const scope = await briefingScope(archive, store, channel, options.sources);
  const cards = await archive.newSince(since, scope);
  const notices = await failingSourceNotices(archive, store, options.sources);
  return composeBriefing(cards, { ...options, notices });
}

/** Records that the channel has seen everything up to `briefing.until`. */
export async function commitBriefing(
  store: SubscriptionStore,
  channel: ChannelRef,
  briefing: ComposedBriefing,
): Promise<void> {
  if (briefing.until) await store.setBriefedUntil(channel, briefing.until);
}
