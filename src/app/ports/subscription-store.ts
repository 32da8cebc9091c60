import type { ChannelRef } from "../chat-request.js";
import type { Subscription } from "../briefings/subscription.js";

/** Where subscriptions and each channel's briefing cut-off live (SQLite in production). */
export interface SubscriptionStore {
  get(channel: ChannelRef): Promise<Subscription | null>;
  /** Adds a subscription; false when the channel already has one (nothing changes then). */
  add(subscription: Subscription): Promise<boolean>;
  /** False when the channel had none. */
  remove(channel: ChannelRef): Promise<boolean>;
  /** Active (unpaused) subscriptions due at or before `now` (ISO). */
  due(now: string): Promise<Subscription[]>;
  all(): Promise<Subscription[]>;
  /** Moves `nextDueAt` on, only if it still equals `expectedDueAt` (another process may have). */
  advance(
    channel: ChannelRef,
    expectedDueAt: string,
    nextDueAt: string,
    lastRunAt: string | null,
  ): Promise<boolean>;
  setSources(channel: ChannelRef, sources: string[]): Promise<void>;
  pause(channel: ChannelRef, reason: string): Promise<void>;
  /** Archive time of the newest article the channel's last briefing covered; null = never briefed. */
  briefedUntil(channel: ChannelRef): Promise<string | null>;
  /** Moves the cut-off forward (never back). */
  setBriefedUntil(channel: ChannelRef, addedAt: string): Promise<void>;
  /** Changes when a subscription runs (and its next due time). */
  reschedule(
    channel: ChannelRef,
    schedule: Pick<Subscription, "localTime" | "timeZone" | "quietWhenEmpty" | "nextDueAt">,
  ): Promise<void>;
  /** Clears the pause and sets the next due time. */
  resume(channel: ChannelRef, nextDueAt: string): Promise<void>;
  /** Records that `owner` (a channel key, or "install") added a source. */
  ownSource(sourceId: string, owner: string, addedBy: string, at: string): Promise<void>;
  /** False when `owner` did not own it. */
  disownSource(sourceId: string, owner: string): Promise<boolean>;
  /** Every source's owners. */
  sourceOwners(): Promise<Map<string, Set<string>>>;
}
