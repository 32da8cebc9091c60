import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/app/briefings/clock.js";
import { createChatService } from "../../src/app/chat/create-chat-service.js";
import { createBriefsIngester } from "../../src/app/ingest/ingest-briefs.js";
import { chatMigrations } from "../../src/archive/migrations/chat-migrations.js";
import { createSqliteArchive, type SqliteArchive } from "../../src/archive/sqlite-archive.js";
import { createSqliteSubscriptionStore } from "../../src/archive/sqlite-subscription-store.js";
import { createBriefsFolder } from "../../src/sources/create-briefs-folder.js";
import { startSlack, type RunningSlack } from "../../src/adapters/slack/start-slack.js";
import { slackMessageSchema } from "../../src/adapters/slack/slack-message-schema.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import {
  botToken,
  mentionEvent,
  postCommand,
  postEvent,
  signingSecret,
  startSlackApiCapture,
  type SlackApiCapture,
} from "./slack-wire.js";

// The repository's own seed article (briefs/), read by the real engine into a real archive file.
const briefsDir = resolve(import.meta.dirname, "../../briefs");
let dir: string;
let archive: SqliteArchive;
let api: SlackApiCapture;
let slack: RunningSlack;
const log = createMemoryLogger();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-slack-e2e-"));
  archive = createSqliteArchive({ path: join(dir, "briefbot.db"), migrations: chatMigrations });
  const source = archive.sources.add("briefs", briefsDir);
  const sourceId = source.ok ? source.source.id : "file";
  await createBriefsIngester({
    archive,
    folder: createBriefsFolder(briefsDir),
    sourceId,
    logger: log.logger,
  }).scan();
  const chat = createChatService({
    archive,
    subscriptions: createSqliteSubscriptionStore(archive.db),
    clock: systemClock,
    logger: log.logger,
    defaults: { localTime: "08:00", timeZone: "UTC" },
    limits: { quotesPerAnswer: 5, cardsPerBriefing: 10 },
  });
  api = await startSlackApiCapture();
  slack = await startSlack(
    { botToken, signingSecret, port: 0, host: "127.0.0.1", apiUrl: api.apiUrl },
    { chat, logger: log.logger, archive },
  );
});
afterAll(async () => {
  await slack.stop();
  await api.close();
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Slack end to end with the real chat service and archive", () => {
  it("GIVEN a signed /who-said should be frozen THEN the 200 ack names Sergei Lavrov", async () => {
    const ack = await postCommand(slack.port ?? 0, {
      command: "/who-said",
      text: "should be frozen",
      response_url: api.responseUrl("e2e"),
    });
    expect(ack.status).toBe(200);
    const body = JSON.parse(ack.text) as { text: string; blocks: unknown[] };
    expect(slackMessageSchema.safeParse(body).success).toBe(true);
    expect(ack.text).toContain("Lavrov");
  });

  it("GIVEN @briefbot what did Putin say? (retried) THEN the INF treaty remark is posted once in the channel", async () => {
    const event = mentionEvent("Ev-e2e-putin", "<@UBOT> what did Putin say?");
    await postEvent(slack.port ?? 0, event);
    await api.waitFor("chat.postMessage", 1);
    await postEvent(slack.port ?? 0, event, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    await new Promise((r) => setTimeout(r, 300));
    const posts = api.of("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body.channel).toBe("C1");
    expect(posts[0]?.decoded).toMatch(/INF/);
    const seen = archive.db.prepare("SELECT event_id FROM slack_seen_events").all();
    expect(seen).toEqual([{ event_id: "Ev-e2e-putin" }]);
  });
});
