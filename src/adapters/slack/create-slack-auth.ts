import type { Authorize, HTTPReceiverOptions, InstallationStore, webApi } from "@slack/bolt";
import type { ChannelRef } from "../../app/chat-request.js";
import type { InstallationStore as InstallationPort } from "../../app/ports/installation-store.js";
import { createBoltInstallationStore } from "./bolt-installation-store.js";
import {
  createSingleWorkspaceAuthorize,
  type BotIdentity,
} from "./create-single-workspace-authorize.js";
import { SlackAdapterError } from "./slack-adapter-error.js";
import type { ResolvedSlackOptions } from "./slack-options.js";

/** The scopes briefbot asks for when installed through OAuth. */
// channels:history / groups:history: after an unclear failure a briefing part is looked up
// (conversations.history, by its message metadata) before it is sent again.
export const slackBotScopes = [
  "commands",
  "app_mentions:read",
  "chat:write",
  "users:read",
  "channels:history",
  "groups:history",
];

/** Who may talk to us and with which token: one workspace, or every workspace that installed us. */
export interface SlackAuth {
  /** Single-workspace check; absent with OAuth, where Bolt asks the receiver's installer. */
  authorize?: Authorize<boolean>;
  /** The bot token for a channel's workspace, or undefined when that workspace has no install. */
  botTokenFor(channel: ChannelRef): Promise<string | undefined>;
  /** OAuth install and redirect settings for the HTTP receiver (empty in single-workspace mode). */
  receiverOptions: Partial<HTTPReceiverOptions>;
  installationStore?: InstallationStore;
  mode: "single-workspace" | "oauth";
}

export async function createSlackAuth(
  config: ResolvedSlackOptions,
  calls: (token: string) => webApi.WebClient,
  clientOptions: webApi.WebClientOptions,
  installations: InstallationPort,
): Promise<SlackAuth> {
  if (config.clientId && config.clientSecret && config.stateSecret) {
    const installationStore = createBoltInstallationStore(installations);
    return {
      mode: "oauth",
      installationStore,
      botTokenFor: async (channel) =>
        installationStore
          .fetchInstallation({
            teamId: channel.workspaceId ?? "",
            enterpriseId: undefined,
            isEnterpriseInstall: false,
          })
          .then(
            (installation) => installation.bot?.token,
            () => undefined,
          ),
      receiverOptions: {
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        stateSecret: config.stateSecret,
        installationStore,
        scopes: slackBotScopes,
        installerOptions: { directInstall: true, clientOptions },
      },
    };
  }
  const botToken = config.botToken ?? "";
  const identity = await identify(calls(botToken));
  return {
    mode: "single-workspace",
    authorize: createSingleWorkspaceAuthorize(botToken, identity),
    botTokenFor: async (channel) =>
      !channel.workspaceId || channel.workspaceId === identity.teamId ? botToken : undefined,
    receiverOptions: {},
  };
}

/** `auth.test`: which team and bot user the token belongs to; a refused token stops startup. */
async function identify(client: webApi.WebClient): Promise<BotIdentity> {
  try {
    const auth = await client.auth.test();
    if (!auth.team_id || !auth.user_id) throw new Error("auth.test returned no team or user id");
    return {
      teamId: auth.team_id,
      enterpriseId: auth.enterprise_id,
      botUserId: auth.user_id,
      botId: auth.bot_id,
    };
  } catch (error) {
    throw new SlackAdapterError("auth-failed", explainAuthFailure(error), { cause: error });
  }
}

/**
 * Only an answer from Slack is a refusal (`invalid_auth`, `account_inactive`…); a request that
 * never reached Slack (offline, DNS, a proxy down) says so, or the operator resets a good token.
 */
function explainAuthFailure(error: unknown): string {
  const failure = error as { code?: string; data?: { error?: string }; original?: unknown };
  if (failure.code === webApiErrorCodes.platform)
    return `Slack refused the bot token (${failure.data?.error ?? "no reason given"}).`;
  if (failure.code === webApiErrorCodes.request)
    return `could not reach Slack (${networkReason(failure.original ?? error)}).`;
  if (failure.code === webApiErrorCodes.http)
    return `Slack answered auth.test with HTTP ${(error as { statusCode?: number }).statusCode ?? "error"}; try again later.`;
  return `Slack's auth.test failed (${error instanceof Error ? error.message : String(error)}).`;
}

// @slack/web-api's ErrorCode values, as strings: importing the enum would load the client here.
const webApiErrorCodes = {
  platform: "slack_webapi_platform_error",
  request: "slack_webapi_request_error",
  http: "slack_webapi_http_error",
};

/** The system's code for a failed connection (ECONNREFUSED, ENOTFOUND…), else its message. */
function networkReason(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z]+$|^UND_ERR/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : String(error);
}
