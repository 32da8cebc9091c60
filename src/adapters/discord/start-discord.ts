import type { Server } from "node:http";
import type { ChatService } from "../../app/chat-service.js";
import type { Logger } from "../../app/ports/logger.js";
import type { RunningPlatform } from "../../app/ports/platform.js";
import { createDiscordPublisher } from "./discord-publisher.js";
import { createDiscordRest } from "./create-discord-rest.js";
import { createInteractionHandler } from "./create-interaction-handler.js";
import { createInteractionsServer } from "./create-interactions-server.js";
import { DiscordAdapterError } from "./discord-adapter-error.js";
import {
  discordOptionsSchema,
  type DiscordOptions,
  type ResolvedDiscordOptions,
} from "./discord-options.js";
import { startGateway } from "./start-gateway.js";

export interface DiscordDeps {
  chat: ChatService;
  logger: Logger;
}

/**
 * Starts the Discord adapter: HTTP interactions mode when `interactionsPort` is set (no gateway
 * connection), gateway mode otherwise. Rejects with a clear `DiscordAdapterError` on bad options,
 * a refused token or intent, or a port that cannot be bound.
 */
export async function startDiscord(
  options: DiscordOptions,
  deps: DiscordDeps,
): Promise<RunningPlatform> {
  const parsed = discordOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new DiscordAdapterError(
      "invalid-config",
      `Discord settings: ${parsedMessage(parsed.error.issues)}`,
      { cause: parsed.error },
    );
  }
  const resolved = parsed.data;
  if (resolved.interactionsPort !== undefined)
    return startHttpMode(resolved, resolved.interactionsPort, deps);
  const gateway = await startGateway(resolved, deps);
  return { publisher: createDiscordPublisher(gateway.rest, deps.logger), stop: gateway.stop };
}

async function startHttpMode(
  options: ResolvedDiscordOptions,
  port: number,
  deps: DiscordDeps,
): Promise<RunningPlatform> {
  if (!options.publicKey) {
    throw new DiscordAdapterError(
      "invalid-config",
      "DISCORD_PUBLIC_KEY is required when DISCORD_INTERACTIONS_PORT is set.",
    );
  }
  const rest = createDiscordRest(options);
  const handle = createInteractionHandler({
    rest,
    chat: deps.chat,
    logger: deps.logger,
    applicationId: options.applicationId,
  });
  const server = createInteractionsServer({
    publicKey: options.publicKey,
    handle,
    logger: deps.logger,
  });
  const address = await listen(server, options.interactionsHost, port);
  deps.logger.info("discord interactions endpoint listening", {
    host: address.host,
    port: address.port,
    path: "/interactions",
  });
  return {
    publisher: createDiscordPublisher(rest, deps.logger),
    address,
    stop: () => close(server),
  };
}

function listen(
  server: Server,
  host: string,
  port: number,
): Promise<{ host: string; port: number }> {
  return new Promise((resolve, reject) => {
    server.once("error", (error) =>
      reject(
        new DiscordAdapterError(
          "server-failed",
          `Cannot listen on ${host}:${port}: ${error.message}`,
          { cause: error },
        ),
      ),
    );
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ host, port: typeof address === "object" && address ? address.port : port });
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function parsedMessage(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`).join("; ");
}
