// The one place the PostgreSQL chat stores take their port types from.
export type { SubscriptionStore } from "../../app/ports/subscription-store.js";
export type {
  PostingLedger,
  ClaimResult,
  LedgerRun,
  LedgerStatus,
} from "../../app/ports/posting-ledger.js";
export type { FeedState } from "../../app/ports/feed-state.js";
export type { EventDedup } from "../../app/ports/event-dedup.js";
export type { InstallationStore } from "../../app/ports/installation-store.js";
export type { ChannelRef } from "../../app/chat-request.js";
export type { Subscription } from "../../app/briefings/subscription.js";
export { channelKey } from "../../app/briefings/subscription.js";
export type { ComposedBriefing } from "../../app/briefings/compose-briefing.js";
