import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBriefingScheduler } from "../../src/app/briefings/create-briefing-scheduler.js";
import { createChatService } from "../../src/app/chat/create-chat-service.js";
import { chatMigrations } from "../../src/archive/migrations/chat-migrations.js";
import { createSqliteArchive, type SqliteArchive } from "../../src/archive/sqlite-archive.js";
import { createSqlitePostingLedger } from "../../src/archive/sqlite-posting-ledger.js";
import { createSqliteSubscriptionStore } from "../../src/archive/sqlite-subscription-store.js";
import { discordMessageSchema } from "../../src/adapters/discord/discord-limits.js";
import type { RunningPlatform } from "../../src/app/ports/platform.js";
import { startDiscord } from "../../src/adapters/discord/start-discord.js";
import { startCaptureServer, type CapturedCall } from "./capture-server.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import {
  commandInteraction,
  managerPermissions,
  stringOption,
  subcommand,
} from "./interaction-payloads.js";
import { createTestKeys, postInteraction } from "./signed-interactions.js";

const seed = readFileSync(
  new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url),
  "utf8",
);
const keys = createTestKeys();
let time = Date.parse("2026-11-28T06:00:00.000Z");
const clock = { now: () => new Date(time) };
let channelStatus = 200;

let api: Awaited<ReturnType<typeof startCaptureServer>>;
let adapter: RunningPlatform;
let archive: SqliteArchive;
let endpoint: string;
let scheduler: ReturnType<typeof createBriefingScheduler>;

beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), "briefbot-discord-")), "briefbot.db");
  archive = createSqliteArchive({
    path,
    migrations: chatMigrations,
    now: () => clock.now().toISOString(),
  });
  await archive.ingest({ text: seed }, { sourceId: "file", path: "seed.txt" });
  const subscriptions = createSqliteSubscriptionStore(archive.db);
  const { logger } = createMemoryLogger();
  const chat = createChatService({
    archive,
    subscriptions,
    clock,
    logger,
    defaults: { localTime: "08:00", timeZone: "Europe/Berlin" },
    limits: { quotesPerAnswer: 5, cardsPerBriefing: 10 },
  });
  api = await startCaptureServer((call: CapturedCall) =>
    call.path.startsWith("/api/v10/channels/") && channelStatus !== 200
      ? { status: channelStatus, body: { message: "Unknown Channel", code: 10003 } }
      : { status: 200, body: { id: "1" } },
  );
  const options = {
    token: "t",
    publicKey: keys.publicKeyHex,
    interactionsPort: 0,
    interactionsHost: "127.0.0.1",
    apiUrl: api.url,
  };
  adapter = await startDiscord(options, { chat, logger });
  endpoint = `http://127.0.0.1:${adapter.address?.port}/interactions`;
  scheduler = createBriefingScheduler({
    archive,
    subscriptions,
    ledger: createSqlitePostingLedger(archive.db),
    publishers: { discord: adapter.publisher },
    clock,
    logger,
    instanceId: "test:1",
    catchUpMs: 3_600_000,
    maxCards: 10,
  });
});

afterAll(async () => {
  await adapter.stop();
  await api.close();
  await archive.close();
});

async function command(payload: ReturnType<typeof commandInteraction>): Promise<string> {
  const response = await postInteraction(endpoint, payload, { privateKey: keys.privateKey });
  expect(response.body).toMatchObject({ type: 5 });
  for (let i = 0; i < 300 && !api.calls.some((call) => call.path.includes(payload.token)); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return JSON.stringify(
    api.calls.filter((call) => call.path.includes(payload.token)).map((call) => call.body),
  );
}

const channelPosts = () =>
  api.calls.filter((call) => call.path === "/api/v10/channels/300000000000000003/messages");
const manage = { permissions: managerPermissions };

describe("scheduled briefings through the Discord publisher", () => {
  it("GIVEN /briefing subscribe THEN the morning run posts once with a nonce and no mentions", async () => {
    const subscribe = subcommand("subscribe", [
      stringOption("time", "08:00"),
      stringOption("timezone", "Europe/Berlin"),
    ]);
    expect(await command(commandInteraction("briefing", [subscribe], manage))).toMatch(/08:00/);
    time = Date.parse("2026-11-28T07:00:30.000Z");
    expect((await scheduler.runDue()).map((run) => run.outcome)).toEqual(["posted"]);
    const posts = channelPosts();
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) {
      const body = post.body as {
        nonce: string;
        enforce_nonce: boolean;
        content?: string;
        embeds: unknown[];
        allowed_mentions: unknown;
      };
      expect(body.enforce_nonce).toBe(true);
      expect(body.nonce.length).toBeLessThanOrEqual(25);
      expect(() =>
        discordMessageSchema.parse({
          content: body.content,
          embeds: body.embeds,
          allowed_mentions: body.allowed_mentions,
        }),
      ).not.toThrow();
    }
    expect(JSON.stringify(posts.map((post) => post.body))).toContain("Lavrov");
    expect(await scheduler.runDue()).toEqual([]);
  });

  it("GIVEN the channel is gone (404) THEN one attempt, the subscription pauses, the subscriber is told, and /briefing status says why", async () => {
    channelStatus = 404;
    time = Date.parse("2026-11-29T07:00:30.000Z");
    const before = channelPosts().length;
    const dmsBefore = api.calls.filter(
      (call) => call.path === "/api/v10/users/@me/channels",
    ).length;
    expect((await scheduler.runDue()).map((run) => run.outcome)).toEqual(["paused"]);
    // One briefing attempt; then the notice: a DM to the subscriber, the channel as a fallback.
    const tries = channelPosts().slice(before);
    expect(tries).toHaveLength(2);
    expect((tries[1]?.body as { content: string }).content).toMatch(/\/briefing resume/);
    expect(api.calls.filter((call) => call.path === "/api/v10/users/@me/channels")).toHaveLength(
      dmsBefore + 1,
    );
    time = Date.parse("2026-11-30T07:00:30.000Z");
    expect(await scheduler.runDue()).toEqual([]);
    expect(channelPosts().length).toBe(before + 2);
    const status = await command(commandInteraction("briefing", [subcommand("status")], manage));
    expect(status).toMatch(/channel is gone/);
  });
});
