import type { App, webApi } from "@slack/bolt";
import type { ChatRequest } from "../../app/chat-request.js";
import type { Reply } from "../../app/reply.js";
import { decodeSlackText, removeBotMention } from "./decode-slack-text.js";
import { renderSlackMessages } from "./render-slack-messages.js";
import { failureReply, type SlackHandlerDeps } from "./slack-handler-deps.js";
import { errorFields } from "../../app/error-fields.js";

interface MentionEvent {
  user?: string;
  text: string;
  channel: string;
  ts: string;
  thread_ts?: string;
  bot_id?: string;
}

/**
 * `app_mention`: answered in the channel, or in the thread it was asked in. Slack retries an
 * event it thinks went unanswered (`X-Slack-Retry-Num`) and sometimes delivers one twice; the
 * event id is claimed first, so each is answered once.
 */
export function registerMentions(app: App, deps: SlackHandlerDeps): void {
  app.event("app_mention", async ({ event, body, context }) => {
    const mention = event as MentionEvent;
    const eventId = (body as { event_id?: string }).event_id ?? `${mention.channel}:${mention.ts}`;
    if (!(await claim(deps, eventId))) {
      deps.logger.info("slack event already answered", { eventId, retryNum: context.retryNum });
      return;
    }
    // Other bots mentioning us could start a loop; only people are answered.
    if (!mention.user || mention.bot_id) return;
    const clients = deps.clients(context.botToken ?? "");
    const reply = await answer(mention, mention.user, context, deps).catch((error: unknown) => {
      deps.logger.error("slack mention failed", { eventId, ...errorFields(error) });
      return failureReply("that");
    });
    await post(clients.posts, mention, mention.user, reply, deps);
  });
}

/**
 * Claims the event id; if the store cannot be written (the database locked by another process),
 * the mention is answered anyway: it was acknowledged, so Slack will not send it again, and
 * answering twice is better than never.
 */
async function claim(deps: SlackHandlerDeps, eventId: string): Promise<boolean> {
  try {
    return await deps.events.claimEvent(eventId);
  } catch (error) {
    deps.logger.warn("slack event id not recorded; answering anyway", {
      eventId,
      ...errorFields(error),
    });
    return true;
  }
}

async function answer(
  mention: MentionEvent,
  user: string,
  context: { teamId?: string; botUserId?: string; botToken?: string },
  deps: SlackHandlerDeps,
): Promise<Reply> {
  const clients = deps.clients(context.botToken ?? "");
  const request: ChatRequest = {
    channel: {
      platform: "slack",
      ...(context.teamId ? { workspaceId: context.teamId } : {}),
      channelId: mention.channel,
    },
    requester: { userId: user, canManageChannel: await deps.canManage(clients.calls, user) },
    input: {
      kind: "mention",
      text: decodeSlackText(removeBotMention(mention.text, context.botUserId)),
    },
  };
  return deps.chat.handle(request);
}

async function post(
  client: webApi.WebClient,
  mention: MentionEvent,
  user: string,
  reply: Reply,
  deps: SlackHandlerDeps,
): Promise<void> {
  const thread = mention.thread_ts ? { thread_ts: mention.thread_ts } : {};
  for (const message of renderSlackMessages(reply)) {
    const base = {
      channel: mention.channel,
      text: message.text,
      blocks: message.blocks,
      ...thread,
    };
    try {
      if (reply.ephemeral) await client.chat.postEphemeral({ ...base, user });
      else
        await client.chat.postMessage({
          ...base,
          unfurl_links: false,
          unfurl_media: false,
        });
    } catch (error) {
      deps.logger.error("slack mention answer not delivered", {
        channel: mention.channel,
        ...errorFields(error),
      });
      return;
    }
  }
}
