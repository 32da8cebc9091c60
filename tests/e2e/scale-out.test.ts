import { hostname } from "node:os";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Subscription } from "../../src/app/briefings/subscription.js";
import { openPostgresPool } from "../../src/archive/postgres/open-postgres.js";
import { createPostgresSubscriptionStore } from "../../src/archive/postgres/postgres-subscription-store.js";
import { startRecordingSlack, type SlackPost } from "../briefings/recording-slack.js";
import { scratchDatabase } from "../contract/postgres-server.js";
import { postgresForEndToEnd } from "./postgres-required.js";
import { signingSecret } from "../slack/slack-wire.js";
import {
  freePort,
  spawnBriefbotStart,
  waitForPort,
  type RunningBriefbot,
} from "./spawn-briefbot.js";

// Issue 14, end to end with real processes: three `briefbot start` (Slack HTTP mode) on one
// PostgreSQL database, 200 channels due in the same second, one instance SIGKILLed mid-run.
// Every channel must get its briefing exactly once at the recording Slack API.
const server = await postgresForEndToEnd();

const channels = 200;
const botToken = "xoxb-scale-out-test-token";

type Database = Awaited<ReturnType<typeof scratchDatabase>>;
let database: Database;
let pool: pg.Pool;
let api: Awaited<ReturnType<typeof startRecordingSlack>>;
const instances: RunningBriefbot[] = [];

async function startInstance(env: Record<string, string> = {}): Promise<RunningBriefbot> {
  const port = await freePort();
  const bot = spawnBriefbotStart({
    DATABASE_URL: database.url,
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: api.apiUrl,
    PORT: String(port),
    BRIEFBOT_TICK_SECONDS: "1",
    BRIEFBOT_LEASE_SECONDS: "3",
    ...env,
  });
  instances.push(bot);
  await waitForPort(port, bot, 30_000);
  return bot;
}

const claimedBy = (bot: RunningBriefbot) => `${hostname()}:${bot.child.pid ?? 0}`;

async function until(what: string, ready: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function ledger(): Promise<Array<{ status: string; claimed_by: string }>> {
  return (await pool.query("SELECT status, claimed_by FROM chat_posting_ledger")).rows;
}

/** Each (channel, part) of the run, with how many times it reached Slack. */
function partsPosted(posts: readonly SlackPost[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const post of posts) {
    const part = post.metadata?.event_payload.part;
    const key = `${post.channel}#${String(part)}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return seen;
}

if (server)
  describe("scale-out: 3 instances, one PostgreSQL, one killed mid-run", () => {
    beforeAll(async () => {
      database = await scratchDatabase("bb_e2e_scale");
      pool = openPostgresPool(database.url, { max: 4 });
      // A slow Slack (150 ms a post), so the run of 200 channels is still going when one dies.
      api = await startRecordingSlack({ postDelayMs: 150 });
    }, 30_000);

    afterAll(async () => {
      await Promise.all(instances.map((bot) => bot.stop(2000)));
      await api?.close();
      await pool?.end();
      await database?.drop();
    });

    it("GIVEN 200 channels due at once and an instance SIGKILLed while posting THEN every channel gets its briefing exactly once", async () => {
      const [first] = await Promise.all([startInstance(), startInstance(), startInstance()]);
      expect(first).toBeDefined();
      const store = createPostgresSubscriptionStore(pool);
      const due = new Date(Date.now() + 3000).toISOString();
      for (let n = 0; n < channels; n++) {
        const channel = { platform: "slack" as const, workspaceId: "T1", channelId: `C${n}` };
        const subscription: Subscription = {
          channel,
          localTime: "08:00",
          timeZone: "UTC",
          quietWhenEmpty: false,
          sources: [],
          nextDueAt: due,
          lastRunAt: null,
          pausedReason: null,
          createdBy: "U1",
          createdAt: new Date().toISOString(),
        };
        await store.add(subscription);
        // Everything in the archive counts as new: the seed card goes out in every briefing.
        await store.setBriefedUntil(channel, "2000-01-01T00:00:00.000Z");
      }

      // Kill the instance holding the most runs in flight once the run is well under way.
      await until("the run to be under way", async () => api.posts.length >= 40, 60_000);
      const inFlight = (await ledger()).filter((row) => row.status === "claimed");
      const victim = instances
        .map((bot) => ({ bot, held: inFlight.filter((row) => row.claimed_by === claimedBy(bot)) }))
        .sort((a, b) => b.held.length - a.held.length)[0];
      expect(victim?.held.length).toBeGreaterThan(0);
      victim?.bot.child.kill("SIGKILL");

      await until(
        "every channel's run to be posted",
        async () => (await ledger()).filter((row) => row.status === "posted").length === channels,
        90_000,
      );
      // A little longer: a duplicate from a late takeover would arrive now.
      await new Promise((resolve) => setTimeout(resolve, 4000));

      const rows = await ledger();
      expect(rows.filter((row) => row.status === "posted")).toHaveLength(channels);
      const briefings = api.posts.filter(
        (post) => post.metadata?.event_type === "briefbot_briefing",
      );
      const perPart = partsPosted(briefings);
      expect([...perPart.values()].filter((count) => count !== 1)).toEqual([]);
      const channelsReached = new Set(briefings.map((post) => post.channel));
      expect(channelsReached.size).toBe(channels);
      // Every briefing is whole: the same number of parts in every channel, the seed card in each.
      const partsPerChannel = new Set(
        [...channelsReached].map((c) => briefings.filter((p) => p.channel === c).length),
      );
      expect(partsPerChannel.size).toBe(1);
      expect(
        [...channelsReached].filter((c) =>
          briefings.some((p) => p.channel === c && p.text.includes("Russia, U.S. at odds")),
        ),
      ).toHaveLength(channels);
      // The victim's runs were taken over, and their new owners asked Slack before sending.
      expect(api.of("conversations.history").length).toBeGreaterThan(0);
      // The survivors did the rest, including the victim's unfinished runs.
      const survivors = instances.filter((bot) => bot !== victim?.bot).map(claimedBy);
      expect(rows.some((row) => survivors.includes(row.claimed_by))).toBe(true);
    }, 180_000);
  });
else
  describe.skip("scale-out (PostgreSQL)", () => {
    it("needs a PostgreSQL server at 127.0.0.1:5432: not run here", () => undefined);
  });
