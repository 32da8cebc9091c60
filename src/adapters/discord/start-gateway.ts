import {
  Client,
  Events,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type REST,
} from "discord.js";
import type { ChatService } from "../../app/chat-service.js";
import type { Logger } from "../../app/ports/logger.js";
import { discordRestRetries } from "./create-discord-rest.js";
import { createGatewayInteractionListener } from "./create-gateway-interaction-listener.js";
import { createInteractionHandler } from "./create-interaction-handler.js";
import { createMentionHandler } from "./create-mention-handler.js";
import { DiscordAdapterError } from "./discord-adapter-error.js";

const fatalCloseCodes: Record<number, string> = {
  [GatewayCloseCodes.AuthenticationFailed]:
    "Discord refused the bot token (DISCORD_TOKEN). Reset it in the Developer Portal.",
  [GatewayCloseCodes.DisallowedIntents]:
    "Discord refused an intent briefbot asked for. Check the bot's settings in the Developer Portal.",
  [GatewayCloseCodes.InvalidIntents]: "Discord refused the intents briefbot asked for.",
};

/**
 * Gateway mode: the fewest intents that work. Message Content is privileged and not needed:
 * messages that mention the bot arrive with their content anyway.
 */
export async function startGateway(
  options: {
    token: string;
    applicationId?: string | undefined;
    apiUrl: string;
    shardCount?: number | "auto" | undefined;
    shards?: number[] | "auto" | undefined;
  },
  deps: { chat: ChatService; logger: Logger },
): Promise<{ rest: REST; stop(): Promise<void> }> {
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    rest: { api: options.apiUrl, version: "10", retries: discordRestRetries, timeout: 10_000 },
    allowedMentions: { parse: [] },
    ...shardOptions(options),
  });
  const rest = client.rest;
  attachHandlers(client, rest, options.applicationId, deps);
  await login(client, options.token, deps.logger);
  deps.logger.info("discord gateway connected", {
    user: client.user?.id,
    shards: client.options.shards,
    shardCount: client.options.shardCount,
  });
  return { rest, stop: () => client.destroy() };
}

/**
 * Which gateway shards this process holds. Discord routes each server's events to shard
 * `(guild_id >> 22) % shardCount`, so N instances each holding a slice of the ids between them
 * cover every server once. Scheduled posts do not depend on shards: they go over REST.
 */
export function shardOptions(options: {
  shardCount?: number | "auto" | undefined;
  shards?: number[] | "auto" | undefined;
}): { shards: number[] | "auto"; shardCount?: number } {
  const { shardCount = 1, shards = "auto" } = options;
  if (shardCount === "auto") return { shards: "auto" };
  const ids = shards === "auto" ? Array.from({ length: shardCount }, (_, id) => id) : shards;
  const outside = ids.find((id) => id >= shardCount);
  if (outside !== undefined) {
    throw new DiscordAdapterError(
      "invalid-config",
      `Discord shard ${outside} does not exist: shard ids run from 0 to ${shardCount - 1} (DISCORD_SHARD_COUNT - 1).`,
    );
  }
  return { shards: ids, shardCount };
}

function attachHandlers(
  client: Client,
  rest: REST,
  applicationId: string | undefined,
  deps: { chat: ChatService; logger: Logger },
): void {
  const handleInteraction = createInteractionHandler({ rest, applicationId, ...deps });
  const handleMention = createMentionHandler({ rest, ...deps });
  const onInteraction = createGatewayInteractionListener(rest, handleInteraction, deps.logger);
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: unknown) => {
    fillOmittedEntitlements(data);
    void onInteraction(data);
  });
  // An 'error' event without a listener would crash the process.
  client.on(Events.Error, (error) =>
    deps.logger.error("discord client error", { error: error.message }),
  );
  client.on(Events.Warn, (message) => deps.logger.warn("discord client warning", { message }));
  client.ws.on(GatewayDispatchEvents.MessageCreate, (data: unknown) => {
    const botUserId = client.user?.id;
    if (botUserId) void handleMention(data, botUserId);
  });
}

/**
 * discord.js 14 also builds its own Interaction from every INTERACTION_CREATE and reads
 * `data.entitlements.reduce(…)` unguarded; a payload without the field threw inside the gateway
 * handler and took the process down. This listener runs before that handler (the raw event is
 * emitted first) on the same packet, so an absent list becomes an empty one.
 */
function fillOmittedEntitlements(data: unknown): void {
  if (typeof data !== "object" || data === null) return;
  const packet = data as { entitlements?: unknown };
  if (!Array.isArray(packet.entitlements)) packet.entitlements = [];
}

/** Logs in once; a refused token or intent stops here with a clear message, never a reconnect loop. */
async function login(client: Client, token: string, logger: Logger): Promise<void> {
  const refused = new Promise<never>((_resolve, reject) => {
    client.on(Events.ShardDisconnect, (event) => {
      const reason = fatalCloseCodes[event.code];
      if (!reason) return;
      logger.error("discord gateway closed for good", { code: event.code, reason });
      reject(new DiscordAdapterError("login-failed", reason));
    });
  });
  // After start-up a refusal is only logged: discord.js does not reconnect on these codes.
  refused.catch(() => {});
  try {
    await Promise.race([client.login(token), refused]);
  } catch (error) {
    await client.destroy();
    const failure = explainLoginFailure(error);
    logger.error("discord login failed", { reason: failure.message });
    throw failure;
  }
}

function explainLoginFailure(error: unknown): DiscordAdapterError {
  if (error instanceof DiscordAdapterError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === "TokenInvalid") {
    return new DiscordAdapterError(
      "login-failed",
      fatalCloseCodes[GatewayCloseCodes.AuthenticationFailed] ?? "",
      { cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  // Not a refusal: the request never got an answer (offline, DNS, a proxy down).
  return new DiscordAdapterError("login-failed", `could not reach Discord (${message}).`, {
    cause: error,
  });
}
