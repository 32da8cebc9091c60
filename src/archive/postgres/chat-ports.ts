// The one place the PostgreSQL chat stores take their port types from. Until the async-ports
// branch is merged the ports are synchronous, so they are lifted here (each method returns a
// Promise of today's result, the issue 14 rule); after the merge this file re-exports
// src/app/ports/*.js instead and nothing else changes.
import type { SubscriptionStore as SyncSubscriptionStore } from "../../app/briefings/subscription-store.js";
import type { PostingLedger as SyncPostingLedger } from "../../app/briefings/posting-ledger.js";
import type { FeedState as SyncFeedState } from "../../app/ingest/feed-state.js";
import type { SlackStore } from "../../adapters/slack/slack-store.js";

/** Every method of `T`, returning a Promise of what it returns today (already-async ones unchanged). */
export type Async<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : T[K];
};

export type SubscriptionStore = Async<SyncSubscriptionStore>;
export type PostingLedger = Async<SyncPostingLedger>;
export type FeedState = Async<SyncFeedState>;
export type EventDedup = Async<SlackStore>;
export type { InstallationStore } from "@slack/bolt";
export type { ChannelRef } from "../../app/chat-request.js";
export type { Subscription } from "../../app/briefings/subscription.js";
export { channelKey } from "../../app/briefings/subscription.js";
export type { ClaimResult, LedgerRun, LedgerStatus } from "../../app/briefings/posting-ledger.js";
export type { ComposedBriefing } from "../../app/briefings/compose-briefing.js";
