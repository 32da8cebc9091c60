import type { ChannelRef } from "../chat-request.js";

/** A channel's morning briefing. Times are ISO 8601 in UTC. */
export interface Subscription {
  channel: ChannelRef;
  /** Local wall-clock time, "HH:MM". */
  localTime: string;
  /** IANA time zone the local time is read in. */
  timeZone: string;
  /** On a day with nothing new: true = post nothing, false = post one line saying so. */
  quietWhenEmpty: boolean;
  /** Archive source ids this channel follows; empty = every source. */
  sources: string[];
  /** When the next run is due, persisted so that a restart neither forgets nor repeats it. */
  nextDueAt: string;
  /** The due time of the last run that completed (posted, empty or skipped). */
  lastRunAt: string | null;
  /** Why posting stopped (channel gone, bot removed); null while active. */
  pausedReason: string | null;
  createdBy: string;
  createdAt: string;
}

/** "discord:G1:C1" — one key per channel across platforms. */
export function channelKey(channel: ChannelRef): string {
  return [channel.platform, channel.workspaceId ?? "-", channel.channelId].join(":");
}
