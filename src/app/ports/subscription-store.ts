import type { ChannelRef } from "../chat-request.js";
import type { Subscription } from "../briefings/subscription.js";

/** Where subscriptions and each channel's briefing cut-off live (SQLite in production). */
export interface SubscriptionStore {
  get(channel: ChannelRef): Subscription | null;
  /** Adds a subscription; false when the channel already has one (nothing changes then). */
  add(subscription: Subscription): boolean;
  /** False when the channel had none. */
  remove(channel: ChannelRef): boolean;
  /** Active (unpaused) subscriptions due at or before `now` (ISO). */
  due(now: string): Subscription[];
  all(): Subscription[];
  /** Moves `nextDueAt` on, only if it still equals `expectedDueAt` (another process may have). */
  advance(
    channel: ChannelRef,
    expectedDueAt: string,
    nextDueAt: string,
    lastRunAt: string | null,
  ): boolean;
  setSources(channel: ChannelRef, sources: string[]): void;
  pause(channel: ChannelRef, reason: string): void;
  /** Archive time of the newest article the channel's last briefing covered; null = never briefed. */
  briefedUntil(channel: ChannelRef): string | null;
  /** Moves the cut-off forward (never back). */
  setBriefedUntil(channel: ChannelRef, addedAt: string): void;
  /** Changes when a subscription runs (and its next due time). */
  reschedule(
    channel: ChannelRef,
    schedule: Pick<Subscription, "localTime" | "timeZone" | "quietWhenEmpty" | "nextDueAt">,
  ): void;
  /** Clears the pause and sets the next due time. */
  resume(channel: ChannelRef, nextDueAt: string): void;
  /** Records that `owner` (a channel key, or "install") added a source. */
  ownSource(sourceId: string, owner: string, addedBy: string, at: string): void;
  /** False when `owner` did not own it. */
  disownSource(sourceId: string, owner: string): boolean;
  /** Every source's owners. */
  sourceOwners(): Map<string, Set<string>>;
}
