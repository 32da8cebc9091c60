import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { slackMessageSchema } from "../../src/adapters/slack/slack-message-schema.js";
import { createFixedChatService, createMemoryLogger } from "./fixed-chat-service.js";
import { hostileReply } from "./hostile-replies.js";
import {
  botToken,
  mentionEvent,
  postCommand,
  postEvent,
  signingSecret,
  startSlackApiCapture,
  type SlackApiCapture,
} from "./slack-wire.js";

const raw = /<!channel>|<!here>|<!everyone>|<@U123>|<@U777>|<#C999|<https:\/\/evil/;
let dir: string;
let api: SlackApiCapture;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-slack-"));
  api = await startSlackApiCapture();
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(db: Database.Database) {
  const chat = createFixedChatService({ reply: () => hostileReply() });
  const options = { botToken, signingSecret, port: 0, host: "127.0.0.1", apiUrl: api.apiUrl };
  const slack = await startSlack(options, {
    chat: chat.service,
    logger: createMemoryLogger().logger,
    db,
  });
  return { slack, chat, port: slack.port ?? 0 };
}

describe("Slack: hostile article text and retried events", () => {
  it("GIVEN quotes full of <!channel>, <!here>, <@U…> and fake links THEN no body carries them raw", async () => {
    const db = new Database(join(dir, "hostile.db"));
    const { slack, port } = await start(db);
    const ack = await postCommand(port, {
      command: "/who-said",
      text: "<!channel>",
      response_url: api.responseUrl("h"),
    });
    await postEvent(port, mentionEvent("Ev-hostile-1", "<@UBOT> what did <!here> say?"));
    await slack.publisher.publish(
      { platform: "slack", workspaceId: "T1", channelId: "C1" },
      hostileReply(),
      "C1:hostile",
    );
    await api.waitFor("chat.postMessage", 2);
    await slack.stop();
    db.close();
    expect(ack.text).not.toMatch(raw);
    expect(ack.text).toContain("&lt;!channel&gt;");
    const sent = api.calls.filter(
      (call) => call.method.startsWith("chat.") || call.method === "response_url",
    );
    expect(sent.length).toBeGreaterThanOrEqual(2);
    for (const call of [
      ...sent,
      { decoded: ack.text, body: JSON.parse(ack.text) as Record<string, unknown> },
    ]) {
      expect(call.decoded).not.toMatch(raw);
      expect(call.decoded).not.toMatch(/[\u200B\u2060\u202E]/);
      const blocks =
        typeof call.body.blocks === "string"
          ? (JSON.parse(call.body.blocks) as unknown)
          : call.body.blocks;
      expect(slackMessageSchema.safeParse({ text: call.body.text, blocks }).success).toBe(true);
    }
  });

  it("GIVEN an event delivered again after a restart THEN the persisted event id keeps it answered once", async () => {
    const db = new Database(join(dir, "events.db"));
    const event = mentionEvent("Ev-restart-1", "<@UBOT> what did Putin say?");
    const first = await start(db);
    await postEvent(first.port, event);
    await new Promise((r) => setTimeout(r, 300));
    await first.slack.stop();
    const second = await start(db);
    const retry = await postEvent(second.port, event, {
      headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_error" },
    });
    await new Promise((r) => setTimeout(r, 300));
    await second.slack.stop();
    db.close();
    expect(retry.status).toBe(200);
    expect(first.chat.requests).toHaveLength(1);
    expect(second.chat.requests).toHaveLength(0);
  });
});
