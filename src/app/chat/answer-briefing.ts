import type { ChatRequest } from "../chat-request.js";
import { nextRun } from "../briefings/next-run.js";
import { commitBriefing, prepareBriefing } from "../briefings/prepare-briefing.js";
import type { Reply } from "../reply.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/split-text.js";
import { installSourceIds } from "../briefings/briefing-scope.js";
import { briefingSources } from "./briefing-sources.js";
import { briefingStatus, formatLocal } from "./briefing-status.js";
import type { ChatServiceDeps } from "./chat-service-deps.js";
import { parseSubscribeArgs } from "./parse-subscribe-args.js";

const USAGE =
  "Use /briefing subscribe [HH:MM] [time zone] [quiet], unsubscribe, resume, sources list|add|remove|export, status or now.";
const MANAGING = new Set(["subscribe", "unsubscribe", "now", "resume"]);

/** `/briefing …`: manage the current channel's morning briefing. */
export async function answerBriefing(
  deps: ChatServiceDeps,
  request: ChatRequest,
  args: string,
): Promise<Reply> {
  const [verb = "", ...rest] = args.split(" ").filter(Boolean);
  const sub = await deps.subscriptions.get(request.channel);
  const canManage = request.requester.canManageChannel;
  const action = verb.toLowerCase();
  if (action === "" || action === "help") return textReply(USAGE, { ephemeral: true });
  if (MANAGING.has(action) && !canManage)
    return textReply("Only people who can manage this channel can change its briefing.", {
      ephemeral: true,
    });
  switch (action) {
    case "subscribe":
      return subscribe(deps, request, rest.join(" "));
    case "unsubscribe":
      return (await deps.subscriptions.remove(request.channel))
        ? textReply("Unsubscribed: this channel gets no more morning briefings.")
        : textReply("This channel has no morning briefing, so there is nothing to unsubscribe.", {
            ephemeral: true,
          });
    case "sources":
      return briefingSources(deps, request, sub, rest.join(" "));
    case "status":
      return briefingStatus(deps.archive, deps.subscriptions, sub);
    case "now":
      return briefNow(deps, request);
    case "resume":
      return resume(deps, request);
    default:
      return textReply(`Unknown /briefing subcommand “${truncateText(verb, 30)}”. ${USAGE}`, {
        ephemeral: true,
      });
  }
}

async function subscribe(
  deps: ChatServiceDeps,
  request: ChatRequest,
  args: string,
): Promise<Reply> {
  const existing = await deps.subscriptions.get(request.channel);
  if (existing && args.trim() === "")
    return textReply(
      `This channel already gets a briefing daily at ${existing.localTime} (${existing.timeZone}). To change it, give the new time: /briefing subscribe HH:MM [time zone] [quiet].`,
      { ephemeral: true },
    );
  const parsed = parseSubscribeArgs(args, deps.defaults);
  if (!parsed.ok) return textReply(parsed.error.message, { ephemeral: true });
  const now = deps.clock.now();
  const { localTime, timeZone, quietWhenEmpty } = parsed.value;
  const nextDueAt = nextRun(localTime, timeZone, now).toISOString();
  if (existing) {
    await deps.subscriptions.reschedule(request.channel, {
      localTime,
      timeZone,
      quietWhenEmpty,
      nextDueAt,
    });
    return textReply(
      `Changed: this channel's briefing now runs daily at ${localTime} (${timeZone}) instead of ${existing.localTime} (${existing.timeZone}). The next one: ${formatLocal(nextDueAt, timeZone)}.`,
    );
  }
  const added = await deps.subscriptions.add({
    channel: request.channel,
    localTime,
    timeZone,
    quietWhenEmpty,
    sources: [],
    nextDueAt,
    lastRunAt: null,
    pausedReason: null,
    createdBy: request.requester.userId,
    createdAt: now.toISOString(),
  });
  if (!added)
    return textReply(
      "This channel was subscribed a moment ago by someone else; see /briefing status.",
      { ephemeral: true },
    );
  // The first briefing covers what arrives from now on, not the whole archive (no flood).
  // The cut-off is exclusive, so step back 1 ms to count articles added this very instant.
  const from = new Date(now.getTime() - 1).toISOString();
  if ((await deps.subscriptions.briefedUntil(request.channel)) === null)
    await deps.subscriptions.setBriefedUntil(request.channel, from);
  return textReply(
    `Subscribed: a briefing daily at ${localTime} (${timeZone}). The first one: ${formatLocal(nextDueAt, timeZone)}.`,
  );
}

function noSubscription(deps: ChatServiceDeps): Reply {
  return textReply(
    `This channel has no subscription; /briefing subscribe ${deps.defaults.localTime} ${deps.defaults.timeZone} to start.`,
    { ephemeral: true },
  );
}

/** `/briefing now`: the briefing at once, saying what it covered or why there is nothing. */
async function briefNow(deps: ChatServiceDeps, request: ChatRequest): Promise<Reply> {
  const sub = await deps.subscriptions.get(request.channel);
  if (!sub) return noSubscription(deps);
  const briefing = await prepareBriefing(deps.archive, deps.subscriptions, request.channel, {
    sources: sub.sources,
    maxCards: deps.limits.cardsPerBriefing,
    quietWhenEmpty: false,
  });
  const checked = (await scopeSources(deps, sub.sources)).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (!briefing.until) {
    const since = sub.lastRunAt
      ? `the last briefing at ${formatTime(sub.lastRunAt, sub.timeZone)}`
      : "this channel subscribed";
    return textReply(`Nothing new since ${since} (${plural(checked, "source")} checked).`);
  }
  await commitBriefing(deps.subscriptions, request.channel, briefing);
  const reply = briefing.reply ?? textReply("");
  const from = new Set(briefing.sourceIds).size;
  return {
    ...reply,
    text: `Posted ${plural(briefing.count, "new article")} from ${plural(from, "source")}. First: ${reply.sections[0]?.title ?? ""}`,
  };
}

/** Ids of the registered sources a channel's briefing reads (feeds and the briefs folder). */
async function scopeSources(deps: ChatServiceDeps, chosen: readonly string[]): Promise<string[]> {
  if (chosen.length === 0) return installSourceIds(deps.archive, deps.subscriptions);
  const known: string[] = [];
  for (const id of chosen) if (await deps.archive.sources.get(id)) known.push(id);
  return known;
}

/** `/briefing resume`: a paused subscription runs again from its next local time. */
async function resume(deps: ChatServiceDeps, request: ChatRequest): Promise<Reply> {
  const sub = await deps.subscriptions.get(request.channel);
  if (!sub) return noSubscription(deps);
  if (!sub.pausedReason)
    return textReply(
      `This channel's briefing is not paused; the next one: ${formatLocal(sub.nextDueAt, sub.timeZone)}.`,
      { ephemeral: true },
    );
  const nextDueAt = nextRun(sub.localTime, sub.timeZone, deps.clock.now()).toISOString();
  await deps.subscriptions.resume(request.channel, nextDueAt);
  return textReply(
    `Resumed: the briefing was paused (${sub.pausedReason}); the next one: ${formatLocal(nextDueAt, sub.timeZone)}.`,
  );
}

/** "07:00" in the subscription's zone. */
function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}
