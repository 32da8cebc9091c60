import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningPlatform } from "../../src/app/ports/platform.js";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { createFixedChatService, createMemoryLogger } from "./fixed-chat-service.js";
import {
  botToken,
  mentionEvent,
  postCommand,
  postEvent,
  signingSecret,
  startSlackApiCapture,
  type SlackApiCapture,
} from "./slack-wire.js";

let api: SlackApiCapture;
let slack: RunningPlatform;
const chat = createFixedChatService();
const log = createMemoryLogger();
const port = () => slack.address?.port ?? 0;
const settle = () => new Promise((r) => setTimeout(r, 300));

beforeAll(async () => {
  api = await startSlackApiCapture();
  slack = await startSlack(
    {
      botToken,
      signingSecret,
      port: 0,
      host: "127.0.0.1",
      apiUrl: api.apiUrl,
      adminUserIds: ["UALLOWED"],
    },
    { chat: chat.service, logger: log.logger },
  );
});
afterAll(async () => {
  await slack.stop();
  await api.close();
});

describe("Slack HTTP mode: signatures", () => {
  it("GIVEN a signed /who-said THEN it acks 200 with the answer and a team-scoped request", async () => {
    const response = await postCommand(port(), {
      command: "/who-said",
      text: "should be frozen",
      response_url: api.responseUrl("a"),
    });
    expect(response.status).toBe(200);
    const body = JSON.parse(response.text) as {
      response_type: string;
      text: string;
      blocks: unknown[];
    };
    expect(body.response_type).toBe("in_channel");
    expect(JSON.stringify(body.blocks)).toContain("Sergei Lavrov");
    expect(chat.requests.at(-1)).toEqual({
      channel: { platform: "slack", workspaceId: "T1", channelId: "C1" },
      requester: { userId: "U1", canManageChannel: false },
      input: { kind: "command", name: "who-said", args: "should be frozen" },
    });
  });

  const refused: Array<
    [string, { secret?: string; timestamp?: number; headers?: Record<string, string> }]
  > = [
    ["a bad signature", { secret: "not-the-secret" }],
    ["a ten-minute-old timestamp", { timestamp: Math.floor(Date.now() / 1000) - 600 }],
    ["a timestamp ten minutes in the future", { timestamp: Math.floor(Date.now() / 1000) + 600 }],
    ["a malformed timestamp", { headers: { "x-slack-request-timestamp": "soon" } }],
  ];
  it.each(refused)(
    "GIVEN %s THEN it answers 401 and nothing reaches the Web API or the chat",
    async (_name, options) => {
      const before = { calls: api.calls.length, asked: chat.requests.length };
      const response = await postCommand(
        port(),
        { command: "/who-said", text: "should be frozen", response_url: api.responseUrl("x") },
        options,
      );
      const event = await postEvent(
        port(),
        mentionEvent(`Ev-refused-${Math.random()}`, "<@UBOT> what did Putin say?"),
        options,
      );
      await settle();
      expect([response.status, event.status]).toEqual([401, 401]);
      expect(api.calls.length).toBe(before.calls);
      expect(chat.requests.length).toBe(before.asked);
    },
  );

  // Bolt acknowledges a request it failed to authorize (so Slack stops retrying) and runs nothing.
  it("GIVEN a request from another team THEN no listener runs and nothing is sent", async () => {
    const before = { calls: api.calls.length, asked: chat.requests.length };
    const response = await postCommand(port(), {
      command: "/brief",
      text: "",
      team_id: "T-OTHER",
      response_url: api.responseUrl("t"),
    });
    await settle();
    expect(response.text).toBe("");
    expect(api.calls.length).toBe(before.calls);
    expect(chat.requests.length).toBe(before.asked);
  });

  it("GIVEN a timestamp two minutes ahead THEN it is within Slack's five minutes and accepted", async () => {
    const response = await postCommand(
      port(),
      { command: "/brief", text: "iran", response_url: api.responseUrl("b") },
      { timestamp: Math.floor(Date.now() / 1000) + 120 },
    );
    expect(response.status).toBe(200);
  });

  it("GIVEN an oversized body THEN it is refused (413) before anything runs", async () => {
    const before = { calls: api.calls.length, asked: chat.requests.length };
    const text = "x".repeat(600 * 1024);
    const response = await postCommand(port(), {
      command: "/who-said",
      text,
      response_url: api.responseUrl("big"),
    });
    await settle();
    expect(response.status).toBe(413);
    expect(api.calls.length).toBe(before.calls);
    expect(chat.requests.length).toBe(before.asked);
  });

  it("GIVEN Slack's url_verification THEN the challenge is echoed", async () => {
    const response = await postEvent(port(), {
      type: "url_verification",
      token: "t",
      challenge: "abc123",
    });
    expect(JSON.parse(response.text)).toEqual({ challenge: "abc123" });
  });
});

describe("Slack HTTP mode: commands", () => {
  const cases: Array<[string, string, string, object]> = [
    ["/brief", "/brief", "iran talks", { kind: "command", name: "brief", args: "iran talks" }],
    ["/brief with no query", "/brief", "", { kind: "command", name: "brief", args: "" }],
    [
      "/quotes",
      "/quotes",
      "Lavrov about Iran",
      { kind: "command", name: "quotes", args: "Lavrov about Iran" },
    ],
    [
      "/briefing subscribe",
      "/briefing",
      "subscribe 07:30 Europe/Berlin",
      { kind: "command", name: "briefing", args: "subscribe 07:30 Europe/Berlin" },
    ],
    [
      "/briefing sources add",
      "/briefing",
      "sources add &lt;https://feeds.example/rss&gt;",
      { kind: "command", name: "briefing", args: "sources add <https://feeds.example/rss>" },
    ],
    ["/briefbot help", "/briefbot", "help", { kind: "command", name: "help", args: "" }],
    [
      "/briefbot who-said",
      "/briefbot",
      "who-said we will sanction them",
      { kind: "command", name: "who-said", args: "we will sanction them" },
    ],
    [
      "/briefbot free text",
      "/briefbot",
      "what did Putin say?",
      { kind: "mention", text: "what did Putin say?" },
    ],
  ];
  it.each(cases)(
    "GIVEN %s THEN the chat service gets the right input and the answer comes back",
    async (_n, command, text, input) => {
      const response = await postCommand(port(), {
        command,
        text,
        response_url: api.responseUrl("c"),
      });
      expect(response.status).toBe(200);
      expect(chat.requests.at(-1)?.input).toEqual(input);
      expect(JSON.parse(response.text)).toHaveProperty("text");
    },
  );

  it("GIVEN help THEN the answer is ephemeral", async () => {
    const response = await postCommand(port(), {
      command: "/briefbot",
      text: "",
      response_url: api.responseUrl("h"),
    });
    expect(JSON.parse(response.text)).toMatchObject({ response_type: "ephemeral" });
  });

  it("GIVEN a workspace admin or an allowlisted user THEN canManageChannel is true; others false", async () => {
    for (const [user, expected] of [
      ["UADMIN", true],
      ["UALLOWED", true],
      ["U2", false],
    ] as const) {
      await postCommand(port(), {
        command: "/briefing",
        text: "status",
        user_id: user,
        response_url: api.responseUrl("p"),
      });
      expect(chat.requests.at(-1)?.requester).toEqual({ userId: user, canManageChannel: expected });
    }
    expect(api.of("users.info").map((c) => c.body.user)).not.toContain("UALLOWED");
  });
});

describe("Slack HTTP mode: mentions", () => {
  it("GIVEN an app_mention THEN it is answered once in the channel, even when Slack retries it", async () => {
    const event = mentionEvent("Ev-putin-1", "<@UBOT> what did Putin say?");
    const asked = chat.requests.length;
    const first = await postEvent(port(), event);
    const posts = await api.waitFor("chat.postMessage", 1);
    const retry = await postEvent(port(), event, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    const again = await postEvent(port(), event);
    await settle();
    expect([first.status, retry.status, again.status]).toEqual([200, 200, 200]);
    const answers = api.of("chat.postMessage").filter((c) => String(c.body.text).includes("INF"));
    expect(answers).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ channel: "C1" });
    expect(posts[0]?.body.thread_ts).toBeUndefined();
    expect(chat.requests.slice(asked).map((r) => r.input)).toEqual([
      { kind: "mention", text: "what did Putin say?" },
    ]);
  });

  it("GIVEN a mention inside a thread THEN the answer goes to that thread", async () => {
    const before = api.of("chat.postMessage").length;
    await postEvent(
      port(),
      mentionEvent("Ev-thread-1", "<@UBOT|briefbot>: who is Saradzhyan?", {
        thread_ts: "1699999999.000001",
      }),
    );
    const posts = await api.waitFor("chat.postMessage", before + 1);
    expect(posts.at(-1)?.body).toMatchObject({ channel: "C1", thread_ts: "1699999999.000001" });
    expect(chat.requests.at(-1)?.input).toEqual({ kind: "mention", text: "who is Saradzhyan?" });
  });

  it("GIVEN a mention whose answer is private THEN only the asker sees it (chat.postEphemeral)", async () => {
    const before = api.of("chat.postEphemeral").length;
    await postEvent(port(), mentionEvent("Ev-help-1", "<@UBOT> help"));
    const ephemerals = (await api.waitFor("chat.postEphemeral", before + 1)).slice(before);
    expect(ephemerals.map((call) => [call.body.channel, call.body.user])).toEqual([["C1", "U1"]]);
    const [help] = ephemerals;
    expect(help?.body).toMatchObject({ channel: "C1", user: "U1" });
    expect(help?.decoded).toContain("morning briefings");
  });

  it("GIVEN another bot mentions briefbot THEN it is not answered (no bot loops)", async () => {
    const asked = chat.requests.length;
    const event = mentionEvent("Ev-bot-1", "<@UBOT> what did Putin say?", { bot_id: "B999" });
    expect((await postEvent(port(), event)).status).toBe(200);
    await settle();
    expect(chat.requests.length).toBe(asked);
  });

  it("never logs the bot token", () => {
    // Starting logged its line, so the check below reads a real log even when run alone.
    expect(log.lines.join("\n")).toContain('"message":"slack adapter started"');
    expect(log.lines.join("\n")).not.toContain(botToken);
  });
});
