import type { Archive } from "../ports/archive.js";
import { installSourceIds, registeredSources } from "../briefings/briefing-scope.js";
import type { Subscription } from "../briefings/subscription.js";
import type { SubscriptionStore } from "../ports/subscription-store.js";
import { describeSource } from "./briefing-sources.js";
import type { Field, Reply } from "../reply.js";
import { textReply } from "../render/text-reply.js";

/** "Sat 28 Nov, 08:00 (Europe/Berlin)". */
export function formatLocal(iso: string, timeZone: string): string {
  const local = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
  return `${local} (${timeZone})`;
}

/** `/briefing status`: schedule, next run, last run, sources and any failing ones, a pause reason. */
export async function briefingStatus(
  archive: Archive,
  store: SubscriptionStore,
  sub: Subscription | null,
): Promise<Reply> {
  if (!sub)
    return textReply(
      "This channel has no morning briefing. Start one with /briefing subscribe 08:00 Europe/Berlin.",
      { ephemeral: true },
    );
  const ids = sub.sources.length > 0 ? sub.sources : await installSourceIds(archive, store);
  const sources = await registeredSources(archive, ids);
  const failing = sources.filter((s) => s.status === "failing" || s.status === "backing-off");
  const fields: Field[] = [
    {
      name: "Schedule",
      value: `Daily at ${sub.localTime} (${sub.timeZone})${sub.quietWhenEmpty ? ", quiet on empty days" : ""}`,
    },
    {
      name: "Next run",
      value: sub.pausedReason ? "paused" : formatLocal(sub.nextDueAt, sub.timeZone),
    },
    {
      name: "Last run",
      value: sub.lastRunAt ? formatLocal(sub.lastRunAt, sub.timeZone) : "not yet",
    },
    {
      name: "Sources",
      value:
        sub.sources.length === 0
          ? `this install's shared sources (${sources.length})`
          : sources.map(describeSource).join(", ") || "none",
    },
    {
      name: "Failing sources",
      value:
        failing
          .map(
            (s) =>
              `${describeSource(s)}: ${(s.failureReason ?? s.status).split(s.location).join(describeSource(s))}`,
          )
          .join("; ") || "none",
    },
  ];
  const text = sub.pausedReason
    ? `The briefing is paused: ${sub.pausedReason}. Fix that, then type /briefing resume.`
    : `Next briefing: ${formatLocal(sub.nextDueAt, sub.timeZone)}.`;
  return {
    text,
    ephemeral: true,
    sections: [
      {
        title: "Morning briefing",
        blocks: [
          { type: "paragraph", text },
          { type: "fields", fields },
        ],
      },
    ],
  };
}
