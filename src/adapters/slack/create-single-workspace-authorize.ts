import type { Authorize, AuthorizeResult } from "@slack/bolt";
import { SlackAdapterError } from "./slack-adapter-error.js";

/** What `auth.test` says about our bot token. */
export interface BotIdentity {
  teamId: string;
  enterpriseId?: string | undefined;
  botUserId: string;
  botId?: string | undefined;
}

/**
 * Single-workspace authorization: every request must come from the bot token's own team
 * (`team_id` checked on each one); anything else is refused before a listener runs (401).
 */
export function createSingleWorkspaceAuthorize(
  botToken: string,
  identity: BotIdentity,
): Authorize<boolean> {
  const result: AuthorizeResult = {
    botToken,
    botUserId: identity.botUserId,
    teamId: identity.teamId,
    ...(identity.botId ? { botId: identity.botId } : {}),
    ...(identity.enterpriseId ? { enterpriseId: identity.enterpriseId } : {}),
  };
  return async (source) => {
    if (source.teamId !== identity.teamId) {
      throw new SlackAdapterError(
        "wrong-team",
        `request from team ${source.teamId ?? "(none)"} refused`,
      );
    }
    return result;
  };
}
