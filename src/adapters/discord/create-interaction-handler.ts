import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  type REST,
} from "discord.js";
import type { ChatService } from "../../app/chat-service.js";
import type { Logger } from "../../app/ports/logger.js";
import type { Reply } from "../../app/reply.js";
import { deliverInteractionReply } from "./deliver-interaction-reply.js";
import { discordInteractionSchema, type DiscordInteraction } from "./discord-interaction-schema.js";
import { botCanPostBriefings } from "./discord-permissions.js";
import { interactionToChatRequest, subcommandPath } from "./discord-chat-request.js";
import { noMentions } from "./render-discord-messages.js";
import { errorFields } from "../../app/error-fields.js";

/** The immediate answer Discord needs within 3 s, and the work that follows it. */
export interface InteractionOutcome {
  response: { type: number; data?: Record<string, unknown> };
  followUp(): Promise<void>;
}

export interface InteractionHandlerDeps {
  rest: REST;
  chat: ChatService;
  logger: Logger;
  /** Defaults to the `application_id` each interaction carries. */
  applicationId?: string | undefined;
}

/** A user sees this, never a stack trace. */
export const discordFailureText =
  "Sorry, something went wrong while answering. Please try again in a moment.";

const privateCommands = new Set(["briefing", "help"]);
const needsBotPermissions = new Set(["subscribe", "now"]);

/**
 * One handler for both modes: the immediate response is a PONG, a short ephemeral refusal, or a
 * deferral (always within 3 s); the answer then edits the deferred response.
 */
export function createInteractionHandler(
  deps: InteractionHandlerDeps,
): (payload: unknown) => InteractionOutcome | null {
  return (payload) => {
    const parsed = discordInteractionSchema.safeParse(payload);
    if (!parsed.success) return null;
    const interaction = parsed.data;
    if (interaction.type === InteractionType.Ping)
      return immediate({ type: InteractionResponseType.Pong });
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
      return immediate({
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [] },
      });
    }
    if (interaction.type !== InteractionType.ApplicationCommand)
      return refuse("briefbot does not handle that kind of interaction.");
    return handleCommand(deps, interaction);
  };
}

function handleCommand(
  deps: InteractionHandlerDeps,
  interaction: DiscordInteraction,
): InteractionOutcome {
  const converted = interactionToChatRequest(interaction);
  if (!converted.ok) return refuse(converted.error.message);
  const { request } = converted;
  const name = interaction.data?.name ?? "";
  const path = subcommandPath(interaction.data?.options ?? []).join(" ");
  // Who may change a briefing is the app's rule (answer-briefing.ts); the request carries
  // canManageChannel, read from the member's permissions.
  if (
    name === "briefing" &&
    needsBotPermissions.has(path) &&
    !botCanPostBriefings(interaction.app_permissions)
  ) {
    return refuse(
      "I can't post briefings here: give briefbot View Channel, Send Messages and Embed Links in this channel.",
    );
  }
  const deferredEphemeral = privateCommands.has(name);
  const target = {
    rest: deps.rest,
    applicationId: deps.applicationId ?? interaction.application_id,
    token: interaction.token,
    deferredEphemeral,
  };
  const followUp = async () => {
    const reply = await answer(deps, request, name);
    await deliverInteractionReply(target, reply).catch(async (error: unknown) => {
      deps.logger.error("discord interaction reply failed", {
        command: name,
        ...errorFields(error),
      });
      await sayFailure(target);
    });
  };
  const data = deferredEphemeral ? { flags: MessageFlags.Ephemeral } : {};
  return {
    response: { type: InteractionResponseType.DeferredChannelMessageWithSource, data },
    followUp,
  };
}

async function answer(
  deps: InteractionHandlerDeps,
  request: Parameters<ChatService["handle"]>[0],
  name: string,
): Promise<Reply> {
  try {
    return await deps.chat.handle(request);
  } catch (error) {
    deps.logger.error("chat service failed", { command: name, ...errorFields(error) });
    return { text: discordFailureText, sections: [], ephemeral: true };
  }
}

/** Last resort when the answer could not be delivered: a short private sentence, never silence. */
async function sayFailure(target: {
  rest: REST;
  applicationId: string;
  token: string;
}): Promise<void> {
  const body = {
    content: discordFailureText,
    flags: MessageFlags.Ephemeral,
    allowed_mentions: noMentions,
  };
  await target.rest
    .post(Routes.webhook(target.applicationId, target.token), { auth: false, body })
    .catch(() => {
      // Nothing more can reach the user; the error above is already logged.
    });
}

function immediate(response: InteractionOutcome["response"]): InteractionOutcome {
  return { response, followUp: async () => {} };
}

function refuse(message: string): InteractionOutcome {
  return immediate({
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { content: message, flags: MessageFlags.Ephemeral, allowed_mentions: noMentions },
  });
}
