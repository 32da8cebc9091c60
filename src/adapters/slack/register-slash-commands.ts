import { setTimeout as sleep } from "node:timers/promises";
import type { App, RespondArguments, SlashCommand } from "@slack/bolt";
import type { ChatRequest } from "../../app/chat-request.js";
import type { Reply } from "../../app/reply.js";
import { mrkdwn } from "./render-slack-section.js";
import { renderSlackMessages } from "./render-slack-messages.js";
import { failureReply, type SlackClients, type SlackHandlerDeps } from "./slack-handler-deps.js";
import type { SlackMessage } from "./slack-limits.js";
import { toChatInput } from "./slack-chat-request.js";
import { errorFields } from "../../app/error-fields.js";

/** Slack: a response_url takes at most five messages (within 30 minutes). */
const responseUrlUses = 5;

type Respond = (message: RespondArguments) => Promise<unknown>;

/**
 * Every slash command: acknowledged within Slack's 3 seconds, always. A reply ready within the
 * ack window rides in the ack; a slower one follows through `response_url`, falling back to
 * `chat.postMessage` / `chat.postEphemeral` if that fails. Errors become a short ephemeral line.
 */
export function registerSlashCommands(app: App, deps: SlackHandlerDeps): void {
  app.command(/.*/, async ({ command, ack, respond, context }) => {
    const clients = deps.clients(context.botToken ?? "");
    const pending = answer(command, clients, deps).catch((error: unknown) => {
      deps.logger.error("slack command failed", {
        command: command.command,
        ...errorFields(error),
      });
      return failureReply(command.command);
    });
    const deliver = createFollowUps({ respond, command, clients, deps });
    const early = await Promise.race([pending, sleep(deps.ackWindowMs).then(() => undefined)]);
    if (early) {
      const [first, ...rest] = renderSlackMessages(early);
      await ack(toResponse(first, early.ephemeral === true));
      await deliver(rest, early.ephemeral === true);
      return;
    }
    await ack();
    const reply = await pending;
    await deliver(renderSlackMessages(reply), reply.ephemeral === true);
  });
}

async function answer(
  command: SlashCommand,
  clients: SlackClients,
  deps: SlackHandlerDeps,
): Promise<Reply> {
  const request: ChatRequest = {
    channel: { platform: "slack", workspaceId: command.team_id, channelId: command.channel_id },
    requester: {
      userId: command.user_id,
      canManageChannel: await deps.canManage(clients.calls, command.user_id),
    },
    input: toChatInput(command.command, command.text),
  };
  return deps.chat.handle(request);
}

function toResponse(message: SlackMessage | undefined, ephemeral: boolean): RespondArguments {
  return {
    response_type: ephemeral ? "ephemeral" : "in_channel",
    text: message?.text ?? "briefbot",
    ...(message ? { blocks: message.blocks } : {}),
  };
}

interface FollowUpContext {
  respond: Respond;
  command: SlashCommand;
  clients: SlackClients;
  deps: SlackHandlerDeps;
}

/** Sends messages after the ack: response_url first, the Web API if that URL refuses. */
function createFollowUps(ctx: FollowUpContext) {
  return async (messages: SlackMessage[], ephemeral: boolean): Promise<void> => {
    const shown =
      messages.length > responseUrlUses
        ? [
            ...messages.slice(0, responseUrlUses - 1),
            cutNotice(messages.length - responseUrlUses + 1),
          ]
        : messages;
    for (const message of shown) {
      try {
        await ctx.respond({ ...toResponse(message, ephemeral), replace_original: false });
      } catch (error) {
        ctx.deps.logger.warn("slack response_url failed; posting through the Web API", {
          ...errorFields(error),
        });
        await postDirectly(message, ephemeral, ctx);
      }
    }
  };
}

/** Stands in for the parts a response_url cannot take, so nothing vanishes silently. */
function cutNotice(hidden: number): SlackMessage {
  const text = `…and ${hidden} more part${hidden === 1 ? "" : "s"} that did not fit in one answer. Ask about one article or person to see the rest.`;
  return { text, blocks: [{ type: "section", text: mrkdwn(text) }] };
}

async function postDirectly(
  message: SlackMessage,
  ephemeral: boolean,
  ctx: FollowUpContext,
): Promise<void> {
  const { command, clients } = ctx;
  const base = { channel: command.channel_id, text: message.text, blocks: message.blocks };
  try {
    if (ephemeral) {
      await clients.posts.chat.postEphemeral({ ...base, user: command.user_id });
    } else {
      await clients.posts.chat.postMessage({
        ...base,
        unfurl_links: false,
        unfurl_media: false,
      });
    }
  } catch (error) {
    ctx.deps.logger.error("slack answer could not be delivered", {
      channel: command.channel_id,
      ...errorFields(error),
    });
  }
}
