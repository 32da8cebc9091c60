import { MessageFlags, Routes, type REST } from "discord.js";
import type { Reply } from "../../app/reply.js";
import { renderDiscordMessages } from "./render-discord-messages.js";

export interface InteractionTarget {
  rest: REST;
  applicationId: string;
  token: string;
  /** Whether the deferral was ephemeral: a message's visibility cannot change after it. */
  deferredEphemeral: boolean;
}

/**
 * Answers a deferred interaction: edits the original response (PATCH …/messages/@original),
 * sends the rest as follow-ups. A private answer to a public deferral replaces it: the public
 * "thinking…" is deleted and the answer sent as an ephemeral follow-up.
 */
export async function deliverInteractionReply(
  target: InteractionTarget,
  reply: Reply,
): Promise<void> {
  const messages = renderDiscordMessages(reply);
  const { rest, applicationId, token } = target;
  // The route's default message id is "@original" sent as written; passing it explicitly would
  // percent-encode the "@" (%40original), which proxies and path-matching tools can miss.
  const original = Routes.webhookMessage(applicationId, token);
  const followUp = Routes.webhook(applicationId, token);
  const ephemeral = target.deferredEphemeral || reply.ephemeral === true;
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  let remaining = messages;
  if (reply.ephemeral && !target.deferredEphemeral) {
    await rest.delete(original, { auth: false });
  } else {
    const [first, ...others] = messages;
    await rest.patch(original, { auth: false, body: first });
    remaining = others;
  }
  for (const message of remaining) {
    await rest.post(followUp, {
      auth: false,
      body: flags === undefined ? message : { ...message, flags },
    });
  }
}
