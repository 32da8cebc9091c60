import Database from "better-sqlite3";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningPlatform } from "../../src/app/ports/platform.js";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import { openRealChatWorld } from "./real-chat-world.js";
import {
  botToken,
  mentionEvent,
  postCommand,
  postEvent,
  signingSecret,
  startSlackApiCapture,
  type SlackApiCapture,
} from "./slack-wire.js";

// Slack drops a command not acknowledged within 3 seconds; the margin absorbs a loaded machine.
const ackDeadlineMs = 2_500;
const seedBriefs = resolve(import.meta.dirname, "../../briefs");
const log = createMemoryLogger();
let world: Awaited<ReturnType<typeof openRealChatWorld>>;
let api: SlackApiCapture;
let slack: RunningPlatform;
beforeAll(async () => {
  world = await openRealChatWorld([seedBriefs], log.logger);
  api = await startSlackApiCapture();
  slack = await startSlack(
    { botToken, signingSecret, port: 0, host: "127.0.0.1", apiUrl: api.apiUrl },
    { chat: world.chat, logger: log.logger, ...world.slackStores },
  );
});
afterAll(async () => {
  await slack.stop();
  await api.close();
  await world.close();
});

async function timed<T extends { status: number }>(send: () => Promise<T>) {
  const sent = Date.now();
  const response = await send();
  return { ...response, ms: Date.now() - sent };
}

describe("Slack: another process holds the archive's write lock", () => {
  it("GIVEN a second connection in BEGIN IMMEDIATE THEN subscribe, a read and a mention are each acknowledged in time and answered", async () => {
    const holder = new Database(world.archive.db.name);
    holder.exec("BEGIN IMMEDIATE");
    try {
      const port = slack.address?.port ?? 0;
      const [subscribe, read, mention] = await Promise.all([
        timed(() =>
          postCommand(port, {
            command: "/briefing",
            text: "subscribe 07:30 UTC",
            user_id: "UADMIN",
            response_url: api.responseUrl("sub"),
          }),
        ),
        timed(() =>
          postCommand(port, {
            command: "/who-said",
            text: "should be frozen",
            user_id: "U2",
            response_url: api.responseUrl("read"),
          }),
        ),
        timed(() =>
          postEvent(port, mentionEvent("Ev-locked-1", "<@UBOT> who said should be frozen?")),
        ),
      ]);
      for (const ack of [subscribe, read, mention]) {
        expect(ack.status).toBe(200);
        expect(ack.ms).toBeLessThan(ackDeadlineMs);
      }
      const subscribeAnswer =
        subscribe.text || ((await api.waitFor("response_url", 1))[0]?.decoded ?? "");
      expect(subscribeAnswer).toMatch(/try again/);
      expect(read.text).toContain("Sergei Lavrov");
      const [posted] = await api.waitFor("chat.postMessage", 1);
      expect(posted?.decoded).toContain("Sergei Lavrov");
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  });
});
