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
export function prepareBriefing(
  archive: Archive,
  store: SubscriptionStore,
  channel: ChannelRef,
  options: BriefingOptions,
): ComposedBriefing {
  const since = store.briefedUntil(channel) ?? BEGINNING;
  const cards = archive.newSince(since, briefingScope(archive, store, channel, options.sources));
  const notices = failingSourceNotices(archive, store, options.sources);
  return composeBriefing(cards, { ...options, notices });
}

/** Records that the channel has seen everything up to `briefing.until`. */
export function commitBriefing(
  store: SubscriptionStore,
  channel: ChannelRef,
  briefing: ComposedBriefing,
): void {
  if (briefing.until) store.setBriefedUntil(channel, briefing.until);
}
