import { App, webApi } from "@slack/bolt";
import { z } from "zod";
import type { ChatService } from "../../app/chat-service.js";
import type { Logger } from "../../app/ports/logger.js";
import { createMemoryEventDedup } from "../../app/memory-event-dedup.js";
import { createMemoryInstallationStore } from "../../app/memory-installation-store.js";
import type { EventDedup } from "../../app/ports/event-dedup.js";
import type { InstallationStore } from "../../app/ports/installation-store.js";
import type { RunningPlatform } from "../../app/ports/platform.js";
import { createPermissionCheck } from "./create-permission-check.js";
import { createSlackAuth, type SlackAuth } from "./create-slack-auth.js";
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

export interface SlackDeps {
  chat: ChatService;
  logger: Logger;
  /** Event ids already answered; in memory when absent (one process only). */
  eventDedup?: EventDedup;
  /** Workspace installations (OAuth mode); in memory when absent. */
  installations?: InstallationStore;
}

/**
 * Starts the Slack adapter: Socket Mode when an app token is set, otherwise Bolt's receiver on
 * `port` at `/slack/events` (plus `/slack/install` and `/slack/oauth_redirect` with OAuth), with
 * signatures and timestamps checked. Resolves once listening.
 */
export async function startSlack(options: SlackOptions, deps: SlackDeps): Promise<RunningPlatform> {
  const config = parseOptions(options);
  const clients = createClientCache(config, deps.logger);
  const callsOptions = slackClientOptions(config.apiUrl, deps.logger, "calls");
  const auth = await createSlackAuth(
    config,
    (token) => clients(token).calls,
    callsOptions,
    deps.installations ?? createMemoryInstallationStore(),
  );
  const receiver = config.appToken ? undefined : createReceiver(config, auth, deps.logger);
  const app = new App({
    ...(receiver ? { receiver } : { socketMode: true, appToken: config.appToken ?? "" }),
    ...(auth.authorize ? { authorize: auth.authorize } : {}),
    clientOptions: callsOptions,
    logger: createBoltLogger(deps.logger),
    convoStore: false,
  });
  const events = deps.eventDedup ?? createMemoryEventDedup();
  registerListeners(app, { auth, clients, config, events }, deps);
  const address = receiver ? await receiver.start() : (await app.start(), undefined);
  deps.logger.info("slack adapter started", {
    mode: receiver ? "http" : "socket",
    auth: auth.mode,
    port: address?.port,
  });
  const clientFor = async (channel: Parameters<SlackAuth["botTokenFor"]>[0]) => {
    const token = await auth.botTokenFor(channel);
    return token ? clients(token).posts : undefined;
  };
  const publisher = createSlackPublisher({ clientFor, logger: deps.logger });
  const stop = async () => void (await (receiver ? receiver.stop() : app.stop()));
  return { publisher, stop, ...(address ? { address } : {}) };
}

interface ListenerParts {
  auth: SlackAuth;
  clients: (token: string) => SlackClients;
  config: ResolvedSlackOptions;
  events: EventDedup;
}

function registerListeners(
  app: App,
  { auth, clients, config, events }: ListenerParts,
  deps: SlackDeps,
): void {
  app.error(async (error) => deps.logger.error("slack listener failed", { error: error.message }));
  const canManage = createPermissionCheck(config.adminUserIds, deps.logger);
  const handlerDeps = {
    chat: deps.chat,
    logger: deps.logger,
    events,
    clients,
    canManage,
    ackWindowMs: 1500,
  };
  registerSlashCommands(app, handlerDeps);
  registerMentions(app, handlerDeps);
  const installs = auth.installationStore;
  if (installs?.deleteInstallation) {
    // A workspace that removes briefbot takes its tokens with it.
    app.event("app_uninstalled", async ({ context }) => {
      const query = {
        teamId: context.teamId ?? "",
        enterpriseId: context.enterpriseId,
        isEnterpriseInstall: context.isEnterpriseInstall === true,
      };
      await installs.deleteInstallation?.(query);
      deps.logger.info("slack workspace uninstalled briefbot", { team: context.teamId });
    });
  }
}

function parseOptions(options: SlackOptions): ResolvedSlackOptions {
  const parsed = slackOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new SlackAdapterError(
      "invalid-config",
      `Slack settings are invalid:\n${z.prettifyError(parsed.error)}`,
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
}

function createReceiver(
  config: ResolvedSlackOptions,
  auth: SlackAuth,
  logger: Logger,
): SlackHttpReceiver {
  return new SlackHttpReceiver({
    bolt: {
      signingSecret: config.signingSecret ?? "",
      // Slack's payloads are a few KB; unsigned junk should not be buffered by the megabyte.
      bodyLimit: 512 * 1024,
      endpoints: "/slack/events",
      logger: createBoltLogger(logger),
      ...auth.receiverOptions,
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
