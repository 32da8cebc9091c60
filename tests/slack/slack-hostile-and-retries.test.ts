import { resolve } from "node:path";
import { publishAll } from "../fixtures/publish-all.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { slackMessageSchema } from "../../src/adapters/slack/slack-limits.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import { hostileArticle } from "./hostile-articles.js";
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

const raw = /<!channel>|<!here>|<!everyone>|<@U123>|<@&123>|<#C999|<https:\/\/evil/;
const seedBriefs = resolve(import.meta.dirname, "../../briefs");
const channel = { platform: "slack" as const, workspaceId: "T1", channelId: "C1" };
const log = createMemoryLogger();
let world: Awaited<ReturnType<typeof openRealChatWorld>>;
let api: SlackApiCapture;
beforeAll(async () => {
  world = await openRealChatWorld([seedBriefs], log.logger, { "hostile.txt": hostileArticle });
  api = await startSlackApiCapture();
});
afterAll(async () => {
  await api.close();
  await world.close();
});

/** The adapter over the real chat service; restarts reuse the same archive file. */
async function start() {
  const options = { botToken, signingSecret, port: 0, host: "127.0.0.1", apiUrl: api.apiUrl };
  const slack = await startSlack(options, {
    chat: world.chat,
    logger: log.logger,
    ...world.slackStores,
  });
  return { slack, port: slack.address?.port ?? 0 };
}

describe("Slack: hostile article text and retried events", () => {
  it("GIVEN quotes full of <!channel>, <!here>, <@U…> and fake links THEN no body carries them raw", async () => {
    const { slack, port } = await start();
    const ack = await postCommand(port, {
      command: "/who-said",
      text: "<!channel>",
      response_url: api.responseUrl("h"),
    });
    await postEvent(port, mentionEvent("Ev-hostile-1", "<@UBOT> what did Mary Stone say?"));
    const answer = await world.chat.handle({
      channel,
      requester: { userId: "U1", canManageChannel: false },
      input: { kind: "command", name: "quotes", args: "Mary Stone" },
    });
    // The real answer carries the article's hostile words; the publisher must neutralise them.
    expect(JSON.stringify(answer)).toContain("<!channel>");
    await publishAll(slack.publisher, channel, answer, "C1:hostile");
    await api.waitFor("chat.postMessage", 2);
    await slack.stop();
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
    const event = mentionEvent("Ev-restart-1", "<@UBOT> what did Putin say?");
    const putinPosts = () => api.of("chat.postMessage").filter((c) => /INF/.test(c.decoded));
    const first = await start();
    const before = api.of("chat.postMessage").length;
    await postEvent(first.port, event);
    await api.waitFor("chat.postMessage", before + 1);
    await first.slack.stop();
    expect(putinPosts()).toHaveLength(1);
    const second = await start();
    const retry = await postEvent(second.port, event, {
      headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_error" },
    });
    await new Promise((r) => setTimeout(r, 300));
    await second.slack.stop();
    expect(retry.status).toBe(200);
    expect(putinPosts()).toHaveLength(1);
  });
});
