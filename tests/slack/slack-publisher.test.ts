import { rmSync } from "node:fs";
import { publishAll } from "../fixtures/publish-all.js";
import { resolve } from "node:path";
import type Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ChannelRef } from "../../src/app/chat-request.js";
import type { RunningPlatform } from "../../src/app/ports/platform.js";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { slackMessageSchema } from "../../src/adapters/slack/slack-limits.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import { openRealChatWorld } from "./real-chat-world.js";
import { hostileReply, oversizeReply } from "./hostile-replies.js";
import {
  botToken,
  signingSecret,
  startSlackApiCapture,
  type SlackApiCapture,
} from "./slack-wire.js";

const channel = (channelId: string): ChannelRef => ({
  platform: "slack",
  workspaceId: "T1",
  channelId,
});
// The publisher never asks the chat service; the real one is wired in as production does.
let world: Awaited<ReturnType<typeof openRealChatWorld>>;
beforeAll(async () => {
  world = await openRealChatWorld(
    [resolve(import.meta.dirname, "../../briefs")],
    createMemoryLogger().logger,
  );
});
afterAll(() => world.close());
const running: Array<{ slack: RunningPlatform; api: SlackApiCapture }> = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const { slack, api } of running.splice(0)) {
    await slack.stop();
    await api.close();
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(db?: Database.Database) {
  const api = await startSlackApiCapture();
  const slack = await startSlack(
    { botToken, signingSecret, port: 0, host: "127.0.0.1", apiUrl: api.apiUrl },
    {
      chat: world.chat,
      logger: createMemoryLogger().logger,
      ...(db ? { db } : {}),
    },
  );
  running.push({ slack, api });
  return { api, publisher: slack.publisher };
}

const posted = (api: SlackApiCapture) =>
  api.of("chat.postMessage").map((call) => ({
    ...call.body,
    text: String(call.body.text),
    blocks: JSON.parse(String(call.body.blocks)) as unknown[],
  }));

describe("Slack publisher (scheduled briefings)", () => {
  it("GIVEN a briefing THEN it is posted once, unfurling off, never link_names or parse", async () => {
    const { api, publisher } = await start();
    expect(await publishAll(publisher, channel("C1"), hostileReply(), "C1:2026-11-28")).toEqual({
      ok: true,
    });
    const [message, ...more] = posted(api);
    expect(more).toHaveLength(0);
    expect(message).toMatchObject({ channel: "C1", unfurl_links: "false", unfurl_media: "false" });
    expect(message).not.toHaveProperty("link_names");
    // The marker a later attempt looks for in conversations.history.
    expect(JSON.parse(String(api.of("chat.postMessage")[0]?.body.metadata))).toEqual({
      event_type: "briefbot_briefing",
      event_payload: { run_key: "C1:2026-11-28", part: 0 },
    });
    expect(message).not.toHaveProperty("parse");
  });

  it("GIVEN oversize cards THEN they go out as several messages, each within Slack's limits", async () => {
    const { api, publisher } = await start();
    expect(await publishAll(publisher, channel("C1"), oversizeReply(3), "C1:big")).toEqual({
      ok: true,
    });
    const messages = posted(api);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const { text, blocks } of messages) {
      const parsed = slackMessageSchema.safeParse({ text, blocks });
      expect(parsed.success, parsed.success ? "" : parsed.error.message).toBe(true);
    }
  });

  it("GIVEN Slack answers 429 THEN Retry-After is waited out and the message posted once", async () => {
    const { api, publisher } = await start();
    api.script("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "1" },
      json: { ok: false, error: "ratelimited" },
    });
    expect(await publishAll(publisher, channel("C1"), hostileReply(), "C1:429")).toEqual({
      ok: true,
    });
    const calls = api.of("chat.postMessage");
    expect(calls).toHaveLength(2);
    expect(calls[1]?.body).toEqual(calls[0]?.body);
  });

  it("GIVEN a Retry-After longer than a minute THEN the run gives up for now (temporary), without re-sending", async () => {
    const { api, publisher } = await start();
    api.script("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "900" },
      json: { ok: false, error: "ratelimited" },
    });
    const outcome = await publishAll(publisher, channel("C1"), hostileReply(), "C1:long-429");
    expect(outcome).toEqual({
      ok: false,
      permanent: false,
      reason: "rate_limited (retry after 900 s)",
    });
    expect(api.of("chat.postMessage")).toHaveLength(1);
  });

  it.each(["channel_not_found", "not_in_channel", "is_archived", "account_inactive"])(
    "GIVEN Slack answers %s THEN the outcome is permanent with the reason, and nothing is retried",
    async (error) => {
      const { api, publisher } = await start();
      api.script("chat.postMessage", { status: 200, json: { ok: false, error } });
      expect(await publishAll(publisher, channel("CGONE"), hostileReply(), "CGONE:1")).toEqual({
        ok: false,
        permanent: true,
        reason: error,
      });
      expect(api.of("chat.postMessage")).toHaveLength(1);
    },
  );

  it("GIVEN a server error THEN the outcome is temporary and the post is not re-sent by the client", async () => {
    const { api, publisher } = await start();
    api.script("chat.postMessage", { status: 500, json: { ok: false } });
    const outcome = await publishAll(publisher, channel("C1"), hostileReply(), "C1:500");
    expect(outcome).toMatchObject({ ok: false, permanent: false });
    expect(api.of("chat.postMessage")).toHaveLength(1);
  });
});
