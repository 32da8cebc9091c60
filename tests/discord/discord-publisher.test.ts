import { afterEach, describe, expect, it } from "vitest";
import { publishAll } from "../fixtures/publish-all.js";
import type { ChannelRef } from "../../src/app/chat-request.js";
import {
  createDiscordNonce,
  createDiscordPublisher,
} from "../../src/adapters/discord/discord-publisher.js";
import { createDiscordRest } from "../../src/adapters/discord/create-discord-rest.js";
import { discordMessageSchema } from "../../src/adapters/discord/discord-limits.js";
import { startCaptureServer, type CapturedCall, type ScriptedResponse } from "./capture-server.js";
import { createMemoryLogger, hostileReply } from "./fixed-chat-service.js";

const channel: ChannelRef = {
  platform: "discord",
  workspaceId: "200000000000000002",
  channelId: "300000000000000003",
};
const servers: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function publisherAgainst(script: (call: CapturedCall, index: number) => ScriptedResponse) {
  let index = 0;
  const api = await startCaptureServer((call) => script(call, index++));
  servers.push(api);
  const rest = createDiscordRest({ token: "test-token", apiUrl: api.url, timeoutMs: 5_000 });
  return { api, publisher: createDiscordPublisher(rest, createMemoryLogger().logger) };
}

const ok: ScriptedResponse = { status: 200, body: { id: "900000000000000009" } };

describe("Discord publisher (scheduled briefings over REST)", () => {
  it("GIVEN a briefing THEN it creates the message with a deterministic nonce, enforce_nonce and no mentions", async () => {
    const { api, publisher } = await publisherAgainst(() => ok);
    expect(
      await publishAll(publisher, channel, hostileReply, "channel-3:briefing-2026-11-28"),
    ).toEqual({ ok: true });
    expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /api/v10/channels/300000000000000003/messages",
    ]);
    const [call] = api.calls;
    expect(call?.method).toBe("POST");
    expect(call?.path).toBe("/api/v10/channels/300000000000000003/messages");
    expect(call?.headers.authorization).toBe("Bot test-token");
    const body = call?.body as {
      nonce: string;
      enforce_nonce: boolean;
      allowed_mentions: { parse: string[] };
      content?: string;
      embeds: unknown[];
    };
    expect(body.enforce_nonce).toBe(true);
    expect(body.nonce).toBe(createDiscordNonce("channel-3:briefing-2026-11-28", 0));
    expect(body.nonce.length).toBeLessThanOrEqual(25);
    expect(body.allowed_mentions.parse).toEqual([]);
    const message = {
      content: body.content,
      embeds: body.embeds,
      allowed_mentions: body.allowed_mentions,
    };
    expect(() => discordMessageSchema.parse(message)).not.toThrow();
  });

  it("GIVEN the same key THEN the same nonces; another key or message index THEN different ones", () => {
    expect(createDiscordNonce("a", 0)).toBe(createDiscordNonce("a", 0));
    expect(createDiscordNonce("a", 0)).not.toBe(createDiscordNonce("b", 0));
    expect(createDiscordNonce("a", 0)).not.toBe(createDiscordNonce("a", 1));
  });

  it("GIVEN a 429 with Retry-After THEN it waits and succeeds", async () => {
    const { api, publisher } = await publisherAgainst((_call, index) =>
      index === 0
        ? {
            status: 429,
            headers: { "retry-after": "1" },
            body: { message: "You are being rate limited.", retry_after: 1, global: false },
          }
        : ok,
    );
    expect(await publishAll(publisher, channel, hostileReply, "k429")).toEqual({ ok: true });
    expect(api.calls).toHaveLength(2);
    expect(api.calls[1]?.body).toEqual(api.calls[0]?.body);
  });

  it("GIVEN a global 429 THEN it waits it out and succeeds", async () => {
    const { api, publisher } = await publisherAgainst((_call, index) =>
      index === 0
        ? {
            status: 429,
            headers: {
              "retry-after": "1",
              "x-ratelimit-global": "true",
              "x-ratelimit-scope": "global",
            },
            body: { message: "global", retry_after: 1, global: true },
          }
        : ok,
    );
    expect(await publishAll(publisher, channel, hostileReply, "kglobal")).toEqual({ ok: true });
    expect(api.calls).toHaveLength(2);
  });

  it("GIVEN 5xx every time THEN a bounded number of attempts and a temporary failure", async () => {
    const { api, publisher } = await publisherAgainst(() => ({
      status: 502,
      body: { message: "Bad Gateway" },
    }));
    const outcome = await publishAll(publisher, channel, hostileReply, "k5xx");
    expect(outcome).toMatchObject({ ok: false, permanent: false });
    expect(api.calls).toHaveLength(3);
  });

  it("GIVEN a 500 then success THEN it posts once more and succeeds", async () => {
    const { api, publisher } = await publisherAgainst((_call, index) =>
      index === 0 ? { status: 500 } : ok,
    );
    expect(await publishAll(publisher, channel, hostileReply, "k500")).toEqual({ ok: true });
    expect(api.calls).toHaveLength(2);
  });

  it("GIVEN 404 Unknown Channel THEN a permanent failure after one attempt", async () => {
    const { api, publisher } = await publisherAgainst(() => ({
      status: 404,
      body: { message: "Unknown Channel", code: 10003 },
    }));
    const outcome = await publishAll(publisher, channel, hostileReply, "k404");
    expect(outcome).toEqual({
      ok: false,
      permanent: true,
      reason: expect.stringMatching(/channel is gone.*Unknown Channel/),
    });
    expect(api.calls).toHaveLength(1);
  });

  it("GIVEN 403 Missing Permissions THEN a permanent failure after one attempt", async () => {
    const { api, publisher } = await publisherAgainst(() => ({
      status: 403,
      body: { message: "Missing Permissions", code: 50013 },
    }));
    const outcome = await publishAll(publisher, channel, hostileReply, "k403");
    expect(outcome).toEqual({
      ok: false,
      permanent: true,
      reason: expect.stringMatching(/may not post.*Missing Permissions/),
    });
    expect(api.calls).toHaveLength(1);
  });

  it("GIVEN a channel of another platform THEN it refuses without calling Discord", async () => {
    const { api, publisher } = await publisherAgainst(() => ok);
    const outcome = await publishAll(
      publisher,
      { platform: "slack", channelId: "C1" },
      hostileReply,
      "kslack",
    );
    expect(outcome).toMatchObject({ ok: false, permanent: true });
    expect(api.calls).toHaveLength(0);
  });
});
