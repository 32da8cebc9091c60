import { Routes, type REST } from "discord.js";
import type { Logger } from "../../app/ports/logger.js";
import type { InteractionOutcome } from "./create-interaction-handler.js";
import { errorFields } from "../../app/error-fields.js";

/**
 * Gateway mode's half of an interaction: the immediate response goes to the interaction
 * callback route (POST /interactions/{id}/{token}/callback), then the answer follows.
 */
export function createGatewayInteractionListener(
  rest: REST,
  handle: (payload: unknown) => InteractionOutcome | null,
  logger: Logger,
): (data: unknown) => Promise<void> {
  return async (data) => {
    const outcome = handle(data);
    if (!outcome) return;
    const { id, token } = data as { id: string; token: string };
    try {
      await rest.post(Routes.interactionCallback(id, token), {
        auth: false,
        body: outcome.response,
      });
    } catch (error) {
      logger.error("discord interaction callback failed", { ...errorFields(error) });
      return;
    }
    await outcome.followUp();
  };
}
