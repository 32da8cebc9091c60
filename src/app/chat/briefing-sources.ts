import type { Source, SourceResult } from "../ports/source-registry.js";
import { INSTALL_OWNER, installSourceIds, registeredSources } from "../briefings/briefing-scope.js";
import { channelKey, type Subscription } from "../briefings/subscription.js";
import type { ChatRequest } from "../chat-request.js";
import type { Reply } from "../reply.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/split-text.js";
import { writeOpml } from "../briefings/opml.js";
import type { ChatServiceDeps } from "./chat-service-deps.js";
import { refuseFeedAddress } from "./check-feed-address.js";

const USAGE =
  "Use /briefing sources list, /briefing sources add <feed URL | briefs>, /briefing sources remove <source>, or /briefing sources export.";

/** How the bot's own folder is named to chat users: its path on the server is not theirs to see. */
export const BRIEFS_FOLDER_NAME = "the local briefs folder";

/**
 * `/briefing sources list | add <feed URL | briefs> | remove <source>` for the channel's
 * briefing. Sources added here belong to this channel: they enter no other channel's briefing.
 */
export async function briefingSources(
  deps: ChatServiceDeps,
  request: ChatRequest,
  sub: Subscription | null,
  args: string,
): Promise<Reply> {
  const [verb = "list", ...rest] = args.split(" ").filter(Boolean);
  const target = rest.join(" ");
  if (verb === "list") return listSources(deps, sub);
  if (verb === "export") return exportSources(deps, sub);
  if (verb !== "add" && verb !== "remove")
    return textReply(`Unknown sources action “${truncateText(verb, 30)}”. ${USAGE}`, {
      ephemeral: true,
    });
  if (!request.requester.canManageChannel)
    return textReply("Only people who can manage this channel can change its briefing sources.", {
      ephemeral: true,
    });
  if (!sub)
    return textReply(
      "This channel has no briefing yet: start one with /briefing subscribe, then choose its sources.",
      { ephemeral: true },
    );
  if (target === "") return textReply(`Say which source. ${USAGE}`, { ephemeral: true });
  return verb === "add" ? addSource(deps, request, sub, target) : removeSource(deps, sub, target);
}

/** A source as a chat user may see it. */
export function describeSource(source: Source): string {
  if (source.kind === "briefs") return BRIEFS_FOLDER_NAME;
  return source.location;
}

/** The feeds this channel's briefing reads, as OPML 2.0 (the briefs folder is not a feed). */
async function exportSources(deps: ChatServiceDeps, sub: Subscription | null): Promise<Reply> {
  const feeds = (await followedSources(deps, sub))
    .filter((source) => source.kind === "feed")
    .map((source) => source.location);
  return textReply(writeOpml("briefbot feeds", feeds), { ephemeral: true });
}

async function followedSources(deps: ChatServiceDeps, sub: Subscription | null): Promise<Source[]> {
  const ids =
    sub && sub.sources.length > 0
      ? sub.sources
      : await installSourceIds(deps.archive, deps.subscriptions);
  return registeredSources(deps.archive, ids);
}

async function listSources(deps: ChatServiceDeps, sub: Subscription | null): Promise<Reply> {
  const chosen = sub && sub.sources.length > 0;
  const followed = await followedSources(deps, sub);
  const scope = chosen
    ? "This channel's briefing reads its own sources"
    : "This channel's briefing reads this install's shared sources";
  if (followed.length === 0)
    return textReply(
      `${scope}; there are none yet. Add one with /briefing sources add <feed URL>.`,
      { ephemeral: true },
    );
  const items = followed.map((s) => {
    const reason = s.failureReason
      ? `: ${s.failureReason.split(s.location).join(describeSource(s))}`
      : "";
    return `${s.kind === "briefs" ? BRIEFS_FOLDER_NAME : `feed ${s.location}`} — ${s.status}${reason}`;
  });
  return {
    text: `${scope}: ${followed.length}.`,
    ephemeral: true,
    sections: [{ title: "Sources", blocks: [{ type: "list", items }] }],
  };
}

async function addSource(
  deps: ChatServiceDeps,
  request: ChatRequest,
  sub: Subscription,
  target: string,
): Promise<Reply> {
  const result = await resolveSource(deps, target);
  if (!result.ok) return textReply(result.error.message, { ephemeral: true });
  const name = describeSource(result.source);
  if (sub.sources.includes(result.source.id))
    return textReply(`This channel already follows ${name}.`, { ephemeral: true });
  if (result.source.kind === "feed") {
    const at = deps.clock.now().toISOString();
    // A feed the install already reads (no owner yet) stays the install's too.
    if (!result.created && !(await deps.subscriptions.sourceOwners()).has(result.source.id))
      await deps.subscriptions.ownSource(result.source.id, INSTALL_OWNER, "install", at);
    await deps.subscriptions.ownSource(
      result.source.id,
      channelKey(sub.channel),
      request.requester.userId,
      at,
    );
  }
  await deps.subscriptions.setSources(sub.channel, [...sub.sources, result.source.id]);
  return textReply(
    `Added ${name}: this channel's briefing now reads ${sub.sources.length + 1} source(s) of its own.`,
  );
}

// Only public feeds and the briefs folder the bot scans: any other path would be stored but
// never read, and a chat user must not point the bot at files on its host or at its network.
async function resolveSource(deps: ChatServiceDeps, target: string): Promise<SourceResult> {
  if (/^https?:\/\//i.test(target)) {
    const refused = refuseFeedAddress(target);
    if (refused) return { ok: false, error: { code: "invalid-source", message: refused } };
    return deps.archive.sources.add("feed", target);
  }
  const briefs = deps.briefsSourceId ? await deps.archive.sources.get(deps.briefsSourceId) : null;
  if (
    briefs &&
    (target.toLowerCase() === "briefs" ||
      (await deps.archive.sources.get(target))?.id === briefs.id)
  )
    return { ok: true, source: briefs, created: false };
  const choice = briefs
    ? `an http(s) feed address or “briefs” (${BRIEFS_FOLDER_NAME})`
    : "an http(s) feed address";
  return {
    ok: false,
    error: {
      code: "invalid-source",
      message: `“${truncateText(target, 80)}” cannot be added: give ${choice}.`,
    },
  };
}

async function removeSource(
  deps: ChatServiceDeps,
  sub: Subscription,
  target: string,
): Promise<Reply> {
  const source =
    target.toLowerCase() === "briefs" && deps.briefsSourceId
      ? await deps.archive.sources.get(deps.briefsSourceId)
      : await deps.archive.sources.get(target);
  if (!source || !sub.sources.includes(source.id))
    return textReply(
      `This channel does not follow “${truncateText(target, 80)}”. See /briefing sources list.`,
      { ephemeral: true },
    );
  await deps.subscriptions.setSources(
    sub.channel,
    sub.sources.filter((id) => id !== source.id),
  );
  const owned = await deps.subscriptions.disownSource(source.id, channelKey(sub.channel));
  // A feed no one owns any more would become the install's (everyone's default): stop reading it.
  if (owned && !(await deps.subscriptions.sourceOwners()).get(source.id)?.size)
    await deps.archive.sources.remove(source.id);
  return textReply(`Removed ${describeSource(source)} from this channel's briefing.`);
}
