import type { Platform } from "../app/chat-request.js";
import { systemClock } from "../app/system-clock.js";
import { createBriefingScheduler } from "../app/briefings/create-briefing-scheduler.js";
import { commitBriefing, prepareBriefing } from "../app/briefings/prepare-briefing.js";
import type { Publisher } from "../app/ports/publisher.js";
import type { PlatformDeps, RunningPlatform } from "../app/ports/platform.js";
import { withRequestBudget } from "../app/briefings/budgeted-publisher.js";
import { tickEvery } from "../app/timers/tick-every.js";
import { createTerminalPublisher } from "../adapters/terminal/create-terminal-publisher.js";
import { renderTerminalReply } from "../adapters/terminal/render-terminal-reply.js";
import { runTerminalChat, TERMINAL_CHANNEL } from "../adapters/terminal/run-terminal-chat.js";
import { terminalWidth } from "../adapters/terminal/terminal-width.js";
import type { DiscordConfig, SlackConfig } from "../config/config.js";
import { hostname } from "node:os";
import { isInteractive, withLocalSession } from "./chat-command.js";
import { installLastResortHandlers } from "./last-resort.js";
import type { LocalSession } from "./open-local-session.js";

/** New and changed files in the briefs folder are picked up this often while running. */
const BRIEFS_SCAN_MS = 5_000;
/** Feeds are looked at this often; each feed's backoff and conditional GET keep it polite. */
const FEED_POLL_SECONDS = 5 * 60;
/**
 * Scheduled Discord requests per second, all instances together: Discord allows a bot 50 in
 * all, and interactive answers need some of them.
 */
const DISCORD_SCHEDULED_PER_SECOND = 45;

/** `briefbot start`: Discord and/or Slack when their tokens are set, else local mode in the terminal. */
export async function run(args: string[]): Promise<number> {
  return withLocalSession(args, async (session) => {
    const { discord, slack } = session.config;
    installLastResortHandlers(session.logger, configuredSecrets(session));
    if (discord || slack) return runPlatforms(session, discord, slack);
    await printOpeningBriefing(session);
    // Terminal subscriptions (/briefing subscribe) print here while the chat runs.
    const loop = scheduleBriefings(session, {
      terminal: createTerminalPublisher(process.stdout),
    });
    const stopWatching = session.briefs.watch(BRIEFS_SCAN_MS);
    await runTerminalChat({
      input: process.stdin,
      output: process.stdout,
      chat: session.chat,
      interactive: isInteractive(),
    });
    stopWatching();
    await loop.stop();
    return 0;
  });
}

function configuredSecrets({ config }: LocalSession): string[] {
  const { discord, slack } = config;
  return [
    discord?.token,
    slack?.botToken,
    slack?.signingSecret,
    slack?.appToken,
    slack?.clientSecret,
    slack?.stateSecret,
  ].filter((value): value is string => typeof value === "string");
}

/** Local mode's opening: what is new since the last start (on the first, everything). */
async function printOpeningBriefing(session: LocalSession): Promise<void> {
  const briefing = await prepareBriefing(session.archive, session.subscriptions, TERMINAL_CHANNEL, {
    sources: [],
    maxCards: session.config.limits.cardsPerBriefing,
    quietWhenEmpty: false,
  });
  if (briefing.reply)
    process.stdout.write(`${renderTerminalReply(briefing.reply, terminalWidth(process.stdout))}\n`);
  await commitBriefing(session.subscriptions, TERMINAL_CHANNEL, briefing);
}

// Adapters load only when their token is set, so local mode never pays for discord.js or Bolt.
const starters = {
  discord: async (options: DiscordConfig, deps: PlatformDeps): Promise<RunningPlatform> =>
    (await import("../adapters/discord/start-discord.js")).startDiscord(options, deps),
  slack: async (options: SlackConfig, deps: PlatformDeps): Promise<RunningPlatform> =>
    (await import("../adapters/slack/start-slack.js")).startSlack(options, deps),
};

async function runPlatforms(
  session: LocalSession,
  discord?: DiscordConfig,
  slack?: SlackConfig,
): Promise<number> {
  const running: Partial<Record<Platform, RunningPlatform>> = {};
  try {
    if (discord) running.discord = await starters.discord(discord, platformDeps(session));
    if (slack) running.slack = await starters.slack(slack, platformDeps(session));
  } catch (cause) {
    // A refused token or a busy port: one clear line, stop what did start, no reconnect storm.
    process.stderr.write(
      `briefbot: could not start: ${cause instanceof Error ? cause.message : String(cause)}\n`,
    );
    await Promise.all(Object.values(running).map((p) => p.stop()));
    return 1;
  }
  const publishers: Partial<Record<Platform, Publisher>> = {
    ...(running.slack ? { slack: running.slack.publisher } : {}),
    ...(running.discord
      ? {
          discord: withRequestBudget(running.discord.publisher, session.stores.requestBudget, {
            key: `discord:${discord?.applicationId ?? "bot"}`,
            perSecond: DISCORD_SCHEDULED_PER_SECOND,
          }),
        }
      : {}),
  };
  const loop = scheduleBriefings(session, publishers);
  const stopWatching = session.briefs.watch(BRIEFS_SCAN_MS);
  const polling = tickEvery("feed polling", FEED_POLL_SECONDS, session.pollFeeds, session.logger);
  session.logger.info("briefbot started", {
    platforms: Object.keys(running),
    stores: session.stores.engine,
  });
  await untilSignal();
  await polling.stop();
  stopWatching();
  await loop.stop();
  await Promise.all(Object.values(running).map((p) => p.stop()));
  return 0;
}

function platformDeps(session: LocalSession): PlatformDeps {
  const { chat, logger, archive, subscriptions, stores } = session;
  return {
    chat,
    logger,
    archive,
    subscriptions,
    eventDedup: stores.eventDedup,
    installations: stores.installations,
  };
}

/** Every instance ticks; the posting ledger decides which one sends each due briefing. */
function scheduleBriefings(
  session: LocalSession,
  publishers: Partial<Record<Platform, Publisher>>,
) {
  const { tickSeconds, leaseSeconds } = session.config.scheduler;
  const scheduler = createBriefingScheduler({
    archive: session.archive,
    subscriptions: session.subscriptions,
    ledger: session.ledger,
    publishers,
    clock: systemClock,
    logger: session.logger,
    instanceId: `${hostname()}:${process.pid}`,
    catchUpMs: session.config.limits.catchUpMinutes * 60_000,
    maxCards: session.config.limits.cardsPerBriefing,
    leaseMs: leaseSeconds * 1000,
  });
  return tickEvery("briefing tick", tickSeconds, scheduler.runDue, session.logger);
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}
