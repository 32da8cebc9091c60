// `npm run bench:scale`: briefings posted per second by 1, 2 and 4 `briefbot start` instances
// (Slack HTTP mode) on one PostgreSQL database, for 200 and 2,000 subscriptions due at once,
// against a recording Slack API on 127.0.0.1. Needs a PostgreSQL server (TEST_DATABASE_URL,
// else postgres://postgres@127.0.0.1:5432/test); each run gets a scratch database, dropped after.
//   npm run bench:scale [-- --instances 1,2,4 --subscriptions 200,2000]
import type { Subscription } from "../src/app/briefings/subscription.js";
import { openPostgresPool } from "../src/archive/postgres/open-postgres.js";
import { createPostgresSubscriptionStore } from "../src/archive/postgres/postgres-subscription-store.js";
import { startRecordingSlack } from "../tests/briefings/recording-slack.js";
import { postgresAnswers, scratchDatabase } from "../tests/contract/postgres-server.js";
import { signingSecret } from "../tests/slack/slack-wire.js";
import { freePort, spawnBriefbotStart, waitForPort } from "../tests/e2e/spawn-briefbot.js";

const args = process.argv.slice(2);
const list = (flag: string, fallback: number[]) => {
  const at = args.indexOf(flag);
  return at >= 0 ? (args[at + 1] ?? "").split(",").map(Number) : fallback;
};
const instanceCounts = list("--instances", [1, 2, 4]);
const subscriptionCounts = list("--subscriptions", [200, 2000]);

if (!(await postgresAnswers())) {
  console.error("bench:scale needs a PostgreSQL server (TEST_DATABASE_URL or 127.0.0.1:5432).");
  process.exit(1);
}

async function run(instances: number, subscriptions: number) {
  const database = await scratchDatabase("bb_bench_scale");
  const api = await startRecordingSlack();
  const pool = openPostgresPool(database.url, { max: 4 });
  const bots = [];
  try {
    for (let n = 0; n < instances; n++) {
      const port = await freePort();
      const bot = spawnBriefbotStart({
        DATABASE_URL: database.url,
        SLACK_BOT_TOKEN: "xoxb-bench-scale",
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: api.apiUrl,
        PORT: String(port),
        BRIEFBOT_TICK_SECONDS: "1",
      });
      bots.push(bot);
      await waitForPort(port, bot, 60_000);
    }
    const store = createPostgresSubscriptionStore(pool);
    // Due a whole second ahead of the next tick, so every instance starts at the same moment.
    const due = new Date(Math.ceil((Date.now() + 2000) / 1000) * 1000 + 1000);
    for (let n = 0; n < subscriptions; n++) {
      const channel = { platform: "slack" as const, workspaceId: "T1", channelId: `C${n}` };
      const subscription: Subscription = {
        channel,
        localTime: "08:00",
        timeZone: "UTC",
        quietWhenEmpty: false,
        sources: [],
        nextDueAt: due.toISOString(),
        lastRunAt: null,
        pausedReason: null,
        createdBy: "bench",
        createdAt: new Date().toISOString(),
      };
      await store.add(subscription);
      await store.setBriefedUntil(channel, "2000-01-01T00:00:00.000Z");
    }
    const posted = async () =>
      Number(
        (
          await pool.query<{ n: string }>(
            "SELECT count(*) AS n FROM chat_posting_ledger WHERE status = 'posted'",
          )
        ).rows[0]?.n ?? 0,
      );
    const deadline = Date.now() + 10 * 60_000;
    while ((await posted()) < subscriptions && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    // Slack's ts has whole seconds here: the clock is read when the ledger says all are posted.
    const seconds = (Date.now() - due.getTime()) / 1000;
    const channels = new Set(api.posts.map((post) => post.channel)).size;
    const doubled =
      api.posts.length -
      new Set(api.posts.map((p) => `${p.channel}|${p.metadata?.event_payload.part}`)).size;
    return { seconds, channels, doubled, posts: api.posts.length };
  } finally {
    await Promise.all(bots.map((bot) => bot.stop(3000)));
    await api.close();
    await pool.end();
    await database.drop();
  }
}

console.log("instances  subscriptions  seconds  briefings/s  channels reached  doubled");
for (const subscriptions of subscriptionCounts)
  for (const instances of instanceCounts) {
    const result = await run(instances, subscriptions);
    console.log(
      [
        String(instances).padStart(9),
        String(subscriptions).padStart(14),
        result.seconds.toFixed(2).padStart(8),
        (subscriptions / result.seconds).toFixed(0).padStart(12),
        String(result.channels).padStart(17),
        String(result.doubled).padStart(8),
      ].join(" "),
    );
  }
