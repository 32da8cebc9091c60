import type { Database } from "better-sqlite3";
import { App, webApi } from "@slack/bolt";
import { z } from "zod";
import type { ChatService } from "../../app/chat-service.js";
import type { Logger } from "../../app/logger.js";
import type { Publisher } from "../../app/publisher.js";
import { createPermissionCheck } from "./create-permission-check.js";
import {
  type BotIdentity,
  createSingleWorkspaceAuthorize,
} from "./create-single-workspace-authorize.js";
import { registerMentions } from "./register-mentions.js";
import { registerSlashCommands } from "./register-slash-commands.js";
import { SlackAdapterError } from "./slack-adapter-error.js";
import { createBoltLogger, slackClientOptions } from "./slack-client-options.js";
import type { SlackClients } from "./slack-handler-deps.js";
import { SlackHttpReceiver } from "./slack-http-receiver.js";
import {
  type ResolvedSlackOptions,
  type SlackOptions,
  slackOptionsSchema,
} from "./slack-options.js";
import { createSlackPublisher } from "./slack-publisher.js";
import { createSlackStore } from "./slack-store.js";

export interface SlackDeps {
  chat: ChatService;
  logger: Logger;
  /** The archive's database; the adapter adds its own tables. In memory when absent. */
  db?: Database;
}

export interface RunningSlack {
  publisher: Publisher;
  stop(): Promise<void>;
  /** The HTTP port actually bound (HTTP mode only; handy with port 0). */
  port?: number;
}

/**
 * Starts the Slack adapter: Socket Mode when an app token is set, otherwise Bolt's receiver on
 * `port` at `/slack/events` with signatures and timestamps checked. Resolves once listening.
 */
export async function startSlack(options: SlackOptions, deps: SlackDeps): Promise<RunningSlack> {
  const config = parseOptions(options);
  const clients = createClientCache(config, deps.logger);
  const identity = await identify(clients(config.botToken).calls);
  const receiver = config.appToken ? undefined : createReceiver(config, deps.logger);
  const app = new App({
    ...(receiver ? { receiver } : { socketMode: true, appToken: config.appToken ?? "" }),
    authorize: createSingleWorkspaceAuthorize(config.botToken, identity),
    clientOptions: slackClientOptions(config.apiUrl, deps.logger, "calls"),
    logger: createBoltLogger(deps.logger),
    convoStore: false,
  });
  app.error(async (error) => deps.logger.error("slack listener failed", { error: error.message }));
  const store = createSlackStore(deps.db);
  const handlerDeps = { chat: deps.chat, logger: deps.logger, store, clients, ackWindowMs: 1500 };
  const canManage = createPermissionCheck(config.adminUserIds, deps.logger);
  registerSlashCommands(app, { ...handlerDeps, canManage });
  registerMentions(app, { ...handlerDeps, canManage });
  const port = receiver ? await receiver.start() : (await app.start(), undefined);
  deps.logger.info("slack adapter started", {
    mode: receiver ? "http" : "socket",
    team: identity.teamId,
    port,
  });
  const publisher = createSlackPublisher({
    clientFor: async () => clients(config.botToken).posts,
    store,
    logger: deps.logger,
  });
  const stop = async () => void (await (receiver ? receiver.stop() : app.stop()));
  return { publisher, stop, ...(port !== undefined ? { port } : {}) };
}

function parseOptions(options: SlackOptions): ResolvedSlackOptions {
  const parsed = slackOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new SlackAdapterError(
      "bad_options",
      `Slack settings are invalid:\n${z.prettifyError(parsed.error)}`,
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
}

function createReceiver(config: ResolvedSlackOptions, logger: Logger): SlackHttpReceiver {
  return new SlackHttpReceiver({
    bolt: {
      signingSecret: config.signingSecret,
      endpoints: "/slack/events",
      logger: createBoltLogger(logger),
    },
    port: config.port,
    host: config.host,
  });
}

function createClientCache(
  config: ResolvedSlackOptions,
  logger: Logger,
): (token: string) => SlackClients {
  const cache = new Map<string, SlackClients>();
  return (token) => {
    let clients = cache.get(token);
    if (!clients) {
      clients = {
        calls: new webApi.WebClient(token, slackClientOptions(config.apiUrl, logger, "calls")),
        posts: new webApi.WebClient(token, slackClientOptions(config.apiUrl, logger, "posts")),
      };
      cache.set(token, clients);
    }
    return clients;
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
    const reason = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
    throw new SlackAdapterError("auth_failed", `Slack refused the bot token (${reason}).`, {
      cause: error,
    });
  }
}
