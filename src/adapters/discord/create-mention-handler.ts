import { DiscordAPIError, Routes, type REST } from "discord.js";
import type { ChatService } from "../../app/chat-service.js";
import type { Logger } from "../../app/ports/logger.js";
import type { Reply } from "../../app/reply.js";
import { discordFailureText } from "./create-interaction-handler.js";
import { messageToChatRequest } from "./discord-chat-request.js";
import { renderDiscordMessages } from "./render-discord-messages.js";
import { errorFields } from "../../app/error-fields.js";

export interface MentionHandlerDeps {
  rest: REST;
  chat: ChatService;
  logger: Logger;
}

/**
 * Answers a message that mentions the bot, in the same channel as a reply to it, without pinging
 * the asker or anyone named in the answer.
 */
export function createMentionHandler(
  deps: MentionHandlerDeps,
): (payload: unknown, botUserId: string) => Promise<void> {
  return async (payload, botUserId) => {
    const request = messageToChatRequest(payload, botUserId);
    if (!request) return;
    const reply = await answer(deps, request);
    const messageId = (payload as { id: string }).id;
    const route = Routes.channelMessages(request.channel.channelId);
    try {
      for (const [index, message] of renderDiscordMessages(reply).entries()) {
        const body = { ...message, allowed_mentions: { parse: [], replied_user: false } };
        if (index === 0) await postReply(deps.rest, route, body, messageId);
        else await deps.rest.post(route, { body });
      }
    } catch (error) {
      deps.logger.warn("discord mention reply failed", {
        channelId: request.channel.channelId,
        ...errorFields(error),
      });
    }
  };
}

/**
 * Replying needs Read Message History; without it Discord answers 403, and the answer goes out
 * as a plain message instead (one retry, so a channel the bot cannot post in costs two requests).
 */
async function postReply(
  rest: REST,
  route: `/${string}`,
  body: object,
  messageId: string,
): Promise<void> {
  const reference = { message_reference: { message_id: messageId, fail_if_not_exists: false } };
  try {
    await rest.post(route, { body: { ...body, ...reference } });
  } catch (error) {
    if (!(error instanceof DiscordAPIError) || error.status !== 403) throw error;
    await rest.post(route, { body });
  }
}

async function answer(
  deps: MentionHandlerDeps,
  request: Parameters<ChatService["handle"]>[0],
): Promise<Reply> {
  try {
    return await deps.chat.handle(request);
  } catch (error) {
    deps.logger.error("chat service failed", { input: "mention", ...errorFields(error) });
    return { text: discordFailureText, sections: [] };
  }
}
