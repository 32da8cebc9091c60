import { sign } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../src/app/reply.js";
import { discordMessageSchema } from "../../src/adapters/discord/discord-limits.js";
import type { RunningPlatform } from "../../src/app/ports/platform.js";
import { startDiscord } from "../../src/adapters/discord/start-discord.js";
import { startCaptureServer } from "./capture-server.js";
import { createFixedChatService, createMemoryLogger, hostileReply } from "./fixed-chat-service.js";
import {
  commandInteraction,
  managerPermissions,
  pingInteraction,
  stringOption,
  subcommand,
  subcommandGroup,
} from "./interaction-payloads.js";
import { createTestKeys, postInteraction } from "./signed-interactions.js";

const applicationId = "100000000000000001";
const keys = createTestKeys();
const token = "test-bot-token-never-logged";

function bigReply(): Reply {
  const words = Array.from({ length: 1200 }, (_, i) => `word${i}`).join(" ");
  const sections = Array.from({ length: 4 }, (_, i) => ({
    title: `Card ${i}`,
    blocks: [{ type: "paragraph" as const, text: words }],
  }));
  return { text: "Long briefing", sections };
}

const fixed = createFixedChatService((request) => {
  if (request.input.kind === "command" && request.input.args === "boom")
    throw new Error("engine exploded");
  if (request.input.kind === "command" && request.input.args === "big") return bigReply();
  if (request.input.kind === "command" && request.input.name === "who-said") return hostileReply;
  return {
    text: `answer to ${request.input.kind === "command" ? request.input.name : "mention"}`,
    sections: [],
  };
});

let api: Awaited<ReturnType<typeof startCaptureServer>>;
let adapter: RunningPlatform;
let endpoint: string;
const memory = createMemoryLogger();

beforeAll(async () => {
  api = await startCaptureServer((call) =>
    call.method === "DELETE" ? { status: 204 } : { status: 200, body: { id: "1" } },
  );
  adapter = await startDiscord(
    {
      token,
      applicationId,
      publicKey: keys.publicKeyHex,
      interactionsPort: 0,
      interactionsHost: "127.0.0.1",
      apiUrl: api.url,
    },
    { chat: fixed.chat, logger: memory.logger },
  );
  endpoint = `http://127.0.0.1:${adapter.address?.port}/interactions`;
});

afterAll(async () => {
  await adapter.stop();
  await api.close();
});

const send = (payload: unknown) =>
  postInteraction(endpoint, payload, { privateKey: keys.privateKey });
const callsFor = (interactionToken: string) =>
  api.calls.filter((call) => call.path.includes(interactionToken));

/** Sends a command, expects a deferral, waits for the edit and returns the calls it caused. */
async function deferredCommand(payload: ReturnType<typeof commandInteraction>, expectedCalls = 1) {
  const response = await send(payload);
  expect(response.status).toBe(200);
  expect((response.body as { type: number }).type).toBe(5);
  await vi_waitFor(() => callsFor(payload.token).length >= expectedCalls);
  return { response, calls: callsFor(payload.token) };
}

async function vi_waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe("HTTP interactions endpoint", () => {
  it("GIVEN a signed PING THEN it answers PONG", async () => {
    const response = await send(pingInteraction);
    expect(response).toEqual({ status: 200, body: { type: 1 } });
  });

  it("GIVEN a bad, missing or stale signature THEN 401 and nothing reaches the chat", async () => {
    const before = fixed.requests.length;
    const payload = commandInteraction("help");
    const other = createTestKeys();
    expect(
      (await postInteraction(endpoint, payload, { privateKey: other.privateKey })).status,
    ).toBe(401);
    expect((await postInteraction(endpoint, payload, { signature: null })).status).toBe(401);
    expect((await postInteraction(endpoint, payload, { signature: "ab".repeat(64) })).status).toBe(
      401,
    );
    const stale = Math.floor(Date.now() / 1000) - 3600;
    expect(
      (await postInteraction(endpoint, payload, { privateKey: keys.privateKey, timestamp: stale }))
        .status,
    ).toBe(401);
    const future = Math.floor(Date.now() / 1000) + 3600;
    const ahead = await postInteraction(endpoint, payload, {
      privateKey: keys.privateKey,
      timestamp: future,
    });
    expect(ahead.status).toBe(401);
    // A signature over the original body does not cover a tampered one.
    const timestamp = Math.floor(Date.now() / 1000);
    const original = JSON.stringify(payload);
    const signature = sign(null, Buffer.from(`${timestamp}${original}`), keys.privateKey).toString(
      "hex",
    );
    const tampered = original.replace('"help"', '"brief"');
    expect(
      (await postInteraction(endpoint, null, { signature, timestamp, rawBody: tampered })).status,
    ).toBe(401);
    expect(
      (await postInteraction(endpoint, null, { signature, timestamp, rawBody: original })).status,
    ).toBe(200);
    await vi_waitFor(() => fixed.requests.length === before + 1);
  });

  it("GIVEN an oversize body or a wrong path THEN it refuses without reading it all", async () => {
    const huge = await postInteraction(endpoint, null, {
      privateKey: keys.privateKey,
      rawBody: "x".repeat(200_000),
    });
    expect(huge.status).toBe(413);
    const response = await fetch(endpoint.replace("/interactions", "/other"), {
      method: "POST",
      body: "{}",
    });
    expect(response.status).toBe(404);
  });

  it("GIVEN /who-said THEN it defers, then edits @original with escaped text and no mentions", async () => {
    const payload = commandInteraction("who-said", [stringOption("phrase", "should be frozen")]);
    const { calls } = await deferredCommand(payload);
    expect(fixed.requests.at(-1)?.input).toEqual({
      kind: "command",
      name: "who-said",
      args: "should be frozen",
    });
    const edit = calls[0];
    expect(edit?.method).toBe("PATCH");
    expect(edit?.path).toBe(
      `/api/v10/webhooks/${applicationId}/${payload.token}/messages/@original`,
    );
    expect(edit?.headers.authorization).toBeUndefined();
    const body = edit?.body as {
      allowed_mentions: { parse: string[] };
      embeds: { description: string }[];
    };
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(() => discordMessageSchema.parse(body)).not.toThrow();
    expect(JSON.stringify(body)).not.toMatch(/@everyone|@here/);
    expect(body.embeds[0]?.description).toContain("\\<@&123>");
  });

  it("GIVEN each command THEN the chat layer gets its name and args", async () => {
    const cases: [ReturnType<typeof commandInteraction>, string, string][] = [
      [
        commandInteraction("brief", [stringOption("query", "nuclear Iran")]),
        "brief",
        "nuclear Iran",
      ],
      [commandInteraction("brief"), "brief", ""],
      [
        commandInteraction("quotes", [
          stringOption("person", "Putin"),
          stringOption("about", "INF"),
        ]),
        "quotes",
        "Putin about INF",
      ],
      [commandInteraction("quotes", [stringOption("person", "Lavrov")]), "quotes", "Lavrov"],
      [commandInteraction("help"), "help", ""],
      [commandInteraction("briefing", [subcommand("status")]), "briefing", "status"],
      [
        commandInteraction("briefing", [subcommandGroup("sources", [subcommand("list")])]),
        "briefing",
        "sources list",
      ],
      [
        commandInteraction(
          "briefing",
          [
            subcommand("subscribe", [
              stringOption("time", "07:30"),
              stringOption("timezone", "Europe/Berlin"),
            ]),
          ],
          { permissions: managerPermissions },
        ),
        "briefing",
        "subscribe 07:30 Europe/Berlin",
      ],
      [
        commandInteraction(
          "briefing",
          [
            subcommandGroup("sources", [
              subcommand("add", [stringOption("source", "https://feeds.example/rss")]),
            ]),
          ],
          { permissions: managerPermissions },
        ),
        "briefing",
        "sources add https://feeds.example/rss",
      ],
    ];
    for (const [payload, name, args] of cases) {
      const { response } = await deferredCommand(payload);
      const request = fixed.requests.at(-1);
      expect(request?.input).toEqual({ kind: "command", name, args });
      expect(request?.channel).toEqual({
        platform: "discord",
        workspaceId: "200000000000000002",
        channelId: "300000000000000003",
      });
      const ephemeral = name === "briefing" || name === "help";
      expect((response.body as { data: { flags?: number } }).data.flags).toBe(
        ephemeral ? 64 : undefined,
      );
    }
  });

  it("GIVEN member permissions THEN canManageChannel follows Manage Channels / Manage Server", async () => {
    await deferredCommand(
      commandInteraction("briefing", [subcommand("status")], { permissions: managerPermissions }),
    );
    expect(fixed.requests.at(-1)?.requester).toEqual({
      userId: "400000000000000004",
      canManageChannel: true,
    });
    await deferredCommand(
      commandInteraction("briefing", [subcommand("status")], { permissions: String(32 + 1024) }),
    );
    expect(fixed.requests.at(-1)?.requester.canManageChannel).toBe(true);
    await deferredCommand(commandInteraction("briefing", [subcommand("status")]));
    expect(fixed.requests.at(-1)?.requester.canManageChannel).toBe(false);
  });

  it("GIVEN /briefing subscribe without Manage Channels THEN the app decides, privately, told the requester cannot manage", async () => {
    // Who may change a briefing is the app's rule (tests/chat/bad-input.test.ts checks its
    // refusal); the adapter's part is to defer privately and pass canManageChannel on.
    const before = fixed.requests.length;
    const { response } = await deferredCommand(
      commandInteraction("briefing", [subcommand("subscribe")]),
    );
    expect(response.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(fixed.requests.slice(before).map((request) => request.requester)).toEqual([
      { userId: "400000000000000004", canManageChannel: false },
    ]);
  });

  it("GIVEN the bot cannot embed in the channel THEN subscribe is refused before saving", async () => {
    const before = fixed.requests.length;
    const payload = commandInteraction("briefing", [subcommand("subscribe")], {
      permissions: managerPermissions,
      appPermissions: String(1024 + 2048),
    });
    const response = await send(payload);
    expect((response.body as { data: { content: string } }).data.content).toMatch(/Embed Links/);
    expect(fixed.requests.length).toBe(before);
  });

  it("GIVEN the chat layer fails THEN the public deferral is replaced by a short ephemeral error", async () => {
    const payload = commandInteraction("brief", [stringOption("query", "boom")]);
    const { calls } = await deferredCommand(payload, 2);
    expect(calls.map((call) => call.method)).toEqual(["DELETE", "POST"]);
    expect(calls[1]?.path).toBe(`/api/v10/webhooks/${applicationId}/${payload.token}`);
    expect(calls[1]?.body).toMatchObject({
      flags: 64,
      allowed_mentions: { parse: [] },
      content: expect.stringMatching(/went wrong/),
    });
    expect(JSON.stringify(calls[1]?.body)).not.toContain("exploded");
  });

  it("GIVEN an oversize answer THEN an edit plus follow-ups, each within the limits", async () => {
    const payload = commandInteraction("brief", [stringOption("query", "big")]);
    const { calls } = await deferredCommand(payload, 4);
    expect(calls.map((call) => call.method)).toEqual(["PATCH", "POST", "POST", "POST"]);
    for (const call of calls) {
      expect(() => discordMessageSchema.parse(call.body)).not.toThrow();
      expect(
        (call.body as { allowed_mentions: { parse: string[] } }).allowed_mentions.parse,
      ).toEqual([]);
    }
  });

  it("GIVEN an unknown command THEN a short ephemeral message", async () => {
    const response = await send(commandInteraction("dance"));
    expect(response.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringMatching(/Unknown command/) },
    });
  });

  it("never logs the token", () => {
    // Starting logged its listening line, so the check below reads a real log even when run alone.
    expect(memory.lines.map((line) => line.message)).toContain(
      "discord interactions endpoint listening",
    );
    expect(JSON.stringify(memory.lines)).not.toContain(token);
  });
});
