import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningPlatform } from "../../src/app/ports/platform.js";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { slackMessageSchema } from "../../src/adapters/slack/slack-limits.js";
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

// The repository's own seed article (briefs/), read by the real engine into a real archive file.
const seedBriefs = resolve(import.meta.dirname, "../../briefs");

// An article written to ping: its quote carries <!channel>, <!here>, <!everyone>, <@U…> and a fake link.
const hostileArticle = `Banks warn of fake alerts

LONDON (Reuters) - Bank regulators on Monday warned customers about fraudulent messages.

"<!channel> <!here> <!everyone> please log in at <https://evil.example|your bank> now, <@U0123ABCD>," said Mary Stone, the chief regulator at the Financial Conduct Authority.

Stone said the agency would publish a list of fake sites by Friday.
`;

let world: Awaited<ReturnType<typeof openRealChatWorld>>;
let api: SlackApiCapture;
let slack: RunningPlatform;
const log = createMemoryLogger();
const port = () => slack.address?.port ?? 0;

beforeAll(async () => {
  world = await openRealChatWorld([seedBriefs], log.logger, { "hostile.txt": hostileArticle });
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

describe("Slack end to end with the real chat service and archive", () => {
  it("GIVEN a signed /who-said should be frozen THEN the 200 ack names Sergei Lavrov", async () => {
    const ack = await postCommand(port(), {
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
    const before = api.of("chat.postMessage").length;
    const event = mentionEvent("Ev-e2e-putin", "<@UBOT> what did Putin say?");
    await postEvent(port(), event);
    await api.waitFor("chat.postMessage", before + 1);
    await postEvent(port(), event, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    await new Promise((r) => setTimeout(r, 300));
    const posts = api.of("chat.postMessage").slice(before);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body.channel).toBe("C1");
    expect(posts[0]?.decoded).toMatch(/INF/);
    const seen = world.archive.db
      .prepare("SELECT 1 FROM slack_seen_events WHERE event_id = ?")
      .all("Ev-e2e-putin");
    expect(seen).toHaveLength(1);
  });

  it("GIVEN an article full of pings THEN quoting it sends none of them raw", async () => {
    const raw = /<!channel>|<!here>|<!everyone>|<@U0123ABCD>|<https:\/\/evil/;
    const ack = await postCommand(port(), {
      command: "/who-said",
      text: "please log in",
      response_url: api.responseUrl("h"),
    });
    const quotes = await postCommand(port(), {
      command: "/quotes",
      text: "Mary Stone",
      response_url: api.responseUrl("q"),
    });
    const before = api.of("chat.postMessage").length;
    await postEvent(port(), mentionEvent("Ev-e2e-stone", "<@UBOT> what did Stone say?"));
    await api.waitFor("chat.postMessage", before + 1);
    expect(ack.text).toContain("&lt;!channel&gt;");
    for (const text of [ack.text, quotes.text, ...api.calls.map((c) => c.decoded)])
      expect(text).not.toMatch(raw);
  });

  it("GIVEN /briefing subscribe THEN only a workspace admin (users.info) changes the channel", async () => {
    const channel = { platform: "slack" as const, workspaceId: "T1", channelId: "C1" };
    const refused = await postCommand(port(), {
      command: "/briefing",
      text: "subscribe 07:30 UTC",
      user_id: "U2",
      response_url: api.responseUrl("r"),
    });
    expect(JSON.parse(refused.text)).toMatchObject({ response_type: "ephemeral" });
    expect(await world.subscriptions.get(channel)).toBeNull();
    const allowed = await postCommand(port(), {
      command: "/briefing",
      text: "subscribe 07:30 UTC",
      user_id: "UADMIN",
      response_url: api.responseUrl("a"),
    });
    expect(allowed.status).toBe(200);
    expect(await world.subscriptions.get(channel)).not.toBeNull();
  });
});
