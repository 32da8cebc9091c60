import type { SourceResult } from "../archive.js";
import type { Subscription } from "../briefings/subscription.js";
import type { Reply } from "../reply.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/truncate-text.js";
import type { ChatServiceDeps } from "./chat-service-deps.js";

const USAGE =
  "Use /briefing sources list, /briefing sources add <feed URL | briefs>, or /briefing sources remove <source>.";

/** `/briefing sources list | add <feed URL | briefs> | remove <source>` for the channel's briefing. */
export function briefingSources(
  deps: ChatServiceDeps,
  sub: Subscription | null,
  args: string,
  canManage: boolean,
): Reply {
  const [verb = "list", ...rest] = args.split(" ").filter(Boolean);
  const target = rest.join(" ");
  if (verb === "list") return listSources(deps, sub);
  if (verb !== "add" && verb !== "remove")
    return textReply(`Unknown sources action “${truncateText(verb, 30)}”. ${USAGE}`, {
      ephemeral: true,
    });
  if (!canManage)
    return textReply("Only people who can manage this channel can change its briefing sources.", {
      ephemeral: true,
    });
  if (!sub)
    return textReply(
      "This channel has no briefing yet: start one with /briefing subscribe, then choose its sources.",
      { ephemeral: true },
    );
  if (target === "") return textReply(`Say which source. ${USAGE}`, { ephemeral: true });
  return verb === "add" ? addSource(deps, sub, target) : removeSource(deps, sub, target);
}

function listSources(deps: ChatServiceDeps, sub: Subscription | null): Reply {
  const all = deps.archive.sources.list();
  const followed =
    sub && sub.sources.length > 0 ? all.filter((s) => sub.sources.includes(s.id)) : all;
  const scope =
    sub && sub.sources.length > 0
      ? "This channel's briefing reads"
      : "The briefing reads every source";
  if (followed.length === 0)
    return textReply(
      `${scope}; none are registered yet. Add one with /briefing sources add <feed URL>.`,
      { ephemeral: true },
    );
  const items = followed.map(
    (s) => `${s.kind} ${s.location} — ${s.status}${s.failureReason ? `: ${s.failureReason}` : ""}`,
  );
  return {
    text: `${scope}: ${followed.length}.`,
    ephemeral: true,
    sections: [{ title: "Sources", blocks: [{ type: "list", items }] }],
  };
}

function addSource(deps: ChatServiceDeps, sub: Subscription, target: string): Reply {
  const result = resolveSource(deps, target);
  if (!result.ok) return textReply(result.error.message, { ephemeral: true });
  if (sub.sources.includes(result.source.id))
    return textReply(`This channel already follows ${result.source.location}.`, {
      ephemeral: true,
    });
  deps.subscriptions.setSources(sub.channel, [...sub.sources, result.source.id]);
  return textReply(
    `Added ${result.source.location}: this channel's briefing now reads ${sub.sources.length + 1} source(s).`,
  );
}

// Only feeds and the briefs folder the bot scans: any other path would be stored but never read,
// and a chat user must not point the bot at files on its host.
function resolveSource(deps: ChatServiceDeps, target: string): SourceResult {
  if (/^https?:\/\//i.test(target)) return deps.archive.sources.add("feed", target);
  const briefs = deps.briefsSourceId ? deps.archive.sources.get(deps.briefsSourceId) : null;
  if (
    briefs &&
    (target.toLowerCase() === "briefs" || deps.archive.sources.get(target)?.id === briefs.id)
  )
    return { ok: true, source: briefs, created: false };
  const choice = briefs
    ? "an http(s) feed address or “briefs” (the bot's briefs folder)"
    : "an http(s) feed address";
  return {
    ok: false,
    error: {
      code: "invalid-source",
      message: `“${truncateText(target, 80)}” cannot be added: give ${choice}.`,
    },
  };
}

function removeSource(deps: ChatServiceDeps, sub: Subscription, target: string): Reply {
  const source = deps.archive.sources.get(target);
  if (!source || !sub.sources.includes(source.id))
    return textReply(
      `This channel does not follow “${truncateText(target, 80)}”. See /briefing sources list.`,
      { ephemeral: true },
    );
  deps.subscriptions.setSources(
    sub.channel,
    sub.sources.filter((id) => id !== source.id),
  );
  return textReply(`Removed ${source.location} from this channel's briefing.`);
}
