import type { ChatRequest } from "../chat-request.js";
import { nextRun } from "../briefings/next-run.js";
import { commitBriefing, prepareBriefing } from "../briefings/prepare-briefing.js";
import type { Reply } from "../reply.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/truncate-text.js";
import { briefingSources } from "./briefing-sources.js";
import { briefingStatus, formatLocal } from "./briefing-status.js";
import type { ChatServiceDeps } from "./chat-service-deps.js";
import { parseSubscribeArgs } from "./parse-subscribe-args.js";

const USAGE =
  "Use /briefing subscribe [HH:MM] [time zone] [quiet], unsubscribe, sources list|add|remove, status or now.";
const MANAGING = new Set(["subscribe", "unsubscribe", "now"]);

/** `/briefing …`: manage the current channel's morning briefing. */
export function answerBriefing(deps: ChatServiceDeps, request: ChatRequest, args: string): Reply {
  const [verb = "", ...rest] = args.split(" ").filter(Boolean);
  const sub = deps.subscriptions.get(request.channel);
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
      return deps.subscriptions.remove(request.channel)
        ? textReply("Unsubscribed: this channel gets no more morning briefings.")
        : textReply("This channel has no morning briefing, so there is nothing to unsubscribe.", {
            ephemeral: true,
          });
    case "sources":
      return briefingSources(deps, request, sub, rest.join(" "));
    case "status":
      return briefingStatus(deps.archive, sub);
    case "now":
      return briefNow(deps, request);
    default:
      return textReply(`Unknown /briefing subcommand “${truncateText(verb, 30)}”. ${USAGE}`, {
        ephemeral: true,
      });
  }
}

function subscribe(deps: ChatServiceDeps, request: ChatRequest, args: string): Reply {
  const existing = deps.subscriptions.get(request.channel);
  if (existing) {
    return textReply(
      `This channel already gets a briefing daily at ${existing.localTime} (${existing.timeZone}). To change it, /briefing unsubscribe first.`,
      { ephemeral: true },
    );
  }
  const parsed = parseSubscribeArgs(args, deps.defaults);
  if (!parsed.ok) return textReply(parsed.error.message, { ephemeral: true });
  const now = deps.clock.now();
  const { localTime, timeZone, quietWhenEmpty } = parsed.value;
  const nextDueAt = nextRun(localTime, timeZone, now).toISOString();
  const added = deps.subscriptions.add({
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
  if (deps.subscriptions.briefedUntil(request.channel) === null)
    deps.subscriptions.setBriefedUntil(request.channel, from);
  return textReply(
    `Subscribed: a briefing daily at ${localTime} (${timeZone}). The first one: ${formatLocal(nextDueAt, timeZone)}.`,
  );
}

function briefNow(deps: ChatServiceDeps, request: ChatRequest): Reply {
  const sub = deps.subscriptions.get(request.channel);
  const briefing = prepareBriefing(deps.archive, deps.subscriptions, request.channel, {
    sources: sub?.sources ?? [],
    maxCards: deps.limits.cardsPerBriefing,
    quietWhenEmpty: false,
  });
  commitBriefing(deps.subscriptions, request.channel, briefing);
  return briefing.reply ?? textReply("Nothing new since the last briefing.");
}
