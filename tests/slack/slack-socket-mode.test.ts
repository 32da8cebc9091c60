import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// Socket Mode needs no signing secret: the app token authenticates the socket.
// ws comes with @slack/socket-mode (Bolt's own dependency); here it plays Slack's socket server.
import { WebSocketServer, type WebSocket } from "ws";
import type { RunningPlatform } from "../../src/app/ports/platform.js";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import { openRealChatWorld } from "./real-chat-world.js";
import {
  botToken,
  mentionEvent,
  startSlackApiCapture,
  type SlackApiCapture,
} from "./slack-wire.js";

let api: SlackApiCapture;
let sockets: WebSocketServer;
let slack: RunningPlatform;
const received: Array<Record<string, unknown>> = [];
let socket: WebSocket | undefined;
const log = createMemoryLogger();
let world: Awaited<ReturnType<typeof openRealChatWorld>>;

beforeAll(async () => {
  world = await openRealChatWorld([resolve(import.meta.dirname, "../../briefs")], log.logger);
  sockets = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((resolve) => sockets.once("listening", resolve));
  sockets.on("connection", (ws) => {
    socket = ws;
    ws.on("message", (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
    ws.send(
      JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" } }),
    );
  });
  api = await startSlackApiCapture();
  const url = `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}/`;
  api.script(
    "apps.connections.open",
    ...Array.from({ length: 5 }, () => ({ status: 200, json: { ok: true, url } })),
  );
  slack = await startSlack(
    { botToken, appToken: "xapp-1-test", apiUrl: api.apiUrl },
    { chat: world.chat, logger: log.logger, ...world.slackStores },
  );
});
afterAll(async () => {
  await slack.stop();
  sockets.close();
  await api.close();
  await world.close();
});

async function waitForAck(envelopeId: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i += 1) {
    const ack = received.find((message) => message.envelope_id === envelopeId);
    if (ack) return ack;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no ack for ${envelopeId}`);
}

describe("Slack Socket Mode", () => {
  it("GIVEN an app token THEN it connects through apps.connections.open and opens no HTTP port", () => {
    expect(api.of("apps.connections.open").map((call) => call.method)).toEqual([
      "apps.connections.open",
    ]);
    expect(slack.address).toBeUndefined();
  });

  it("GIVEN an app_mention envelope THEN it is acked and answered in the channel", async () => {
    const payload = mentionEvent("Ev-socket-1", "<@UBOT> what did Putin say?");
    socket?.send(
      JSON.stringify({
        envelope_id: "env-1",
        type: "events_api",
        accepts_response_payload: false,
        payload,
      }),
    );
    await waitForAck("env-1");
    const posts = await api.waitFor("chat.postMessage", 1);
    expect(posts.map((call) => call.body.channel)).toEqual(["C1"]);
    const [post] = posts;
    expect(post?.decoded).toContain("INF");
  });

  it("GIVEN a slash command envelope THEN the ack carries the answer", async () => {
    const payload = {
      command: "/who-said",
      text: "should be frozen",
      team_id: "T1",
      channel_id: "C1",
      user_id: "U1",
      response_url: api.responseUrl("s"),
    };
    socket?.send(
      JSON.stringify({
        envelope_id: "env-2",
        type: "slash_commands",
        accepts_response_payload: true,
        payload,
      }),
    );
    const ack = await waitForAck("env-2");
    expect(JSON.stringify(ack.payload)).toContain("Sergei Lavrov");
  });
});
