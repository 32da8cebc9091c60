// A second briefbot process for the kill -9 test: opens the archive file given in argv, runs the
// due briefings once against a Slack API on 127.0.0.1, with the clock fixed at BRIEFBOT_TEST_AT.
import { webApi } from "@slack/bolt";
import { createBriefingScheduler } from "../../src/app/briefings/create-briefing-scheduler.js";
import { createSlackPublisher } from "../../src/adapters/slack/slack-publisher.js";
import { slackClientOptions } from "../../src/adapters/slack/slack-client-options.js";
import { chatMigrations } from "../../src/archive/migrations/chat-migrations.js";
import { createSqliteArchive } from "../../src/archive/sqlite-archive.js";
import { createSqlitePostingLedger } from "../../src/archive/sqlite-posting-ledger.js";
import { createSqliteSubscriptionStore } from "../../src/archive/sqlite-subscription-store.js";

const [path = "", apiUrl = ""] = process.argv.slice(2);
const at = new Date(process.env.BRIEFBOT_TEST_AT ?? "");
const clock = { now: () => at };
const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const archive = createSqliteArchive({
  path,
  migrations: chatMigrations,
  now: () => at.toISOString(),
});
const client = new webApi.WebClient("xoxb-child", slackClientOptions(apiUrl, logger, "posts"));
const scheduler = createBriefingScheduler({
  archive,
  subscriptions: createSqliteSubscriptionStore(archive.db),
  ledger: createSqlitePostingLedger(archive.db),
  publishers: {
    slack: createSlackPublisher({ clientFor: async () => client, logger, minIntervalMs: 0 }),
  },
  clock,
  logger,
  instanceId: "child",
  catchUpMs: 60 * 60_000,
  maxCards: 10,
});
process.stdout.write("ready\n");
await scheduler.runDue();
