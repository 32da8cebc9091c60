import { resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDiscordRest } from "../../src/adapters/discord/create-discord-rest.js";
import { createMentionHandler } from "../../src/adapters/discord/create-mention-handler.js";
import { DiscordAdapterError } from "../../src/adapters/discord/discord-adapter-error.js";
import { discordMessageSchema } from "../../src/adapters/discord/discord-limits.js";
import { messageToChatRequest } from "../../src/adapters/discord/discord-chat-request.js";
import { startDiscord } from "../../src/adapters/discord/start-discord.js";
import { createGatewayInteractionListener } from "../../src/adapters/discord/create-gateway-interaction-listener.js";
import { createInteractionHandler } from "../../src/adapters/discord/create-interaction-handler.js";
import { startCaptureServer, type CapturedCall } from "./capture-server.js";
import { gatewayBotBody, startFakeGateway } from "./fake-gateway.js";
import { commandInteraction, stringOption } from "./interaction-payloads.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import { createFaultyChat } from "../slack/chat-faults.js";
import { hostileArticle } from "../slack/hostile-articles.js";
import { openRealChatWorld } from "../slack/real-chat-world.js";

const botId = "111111111111111111"; // the fake gateway's bot user too
const servers: { close(): Promise<void> }[] = [];
let world: Awaited<ReturnType<typeof openRealChatWorld>>;
beforeAll(async () => {
  const seed = resolve(import.meta.dirname, "../../briefs");
  world = await openRealChatWorld([seed], createMemoryLogger().logger, {
    "hostile.txt": hostileArticle,
  });
});
afterAll(() => world.close());

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A MESSAGE_CREATE dispatch as the gateway sends it (`d`), for a guild text channel. */
function messageCreate(content: string, overrides: Record<string, unknown> = {}) {
  return {
    id: "810000000000000001",
    channel_id: "300000000000000003",
    guild_id: "200000000000000002",
    author: {
      id: "400000000000000004",
      username: "asker",
      discriminator: "0",
      global_name: "Asker",
    },
    member: { roles: [], joined_at: "2026-01-01T00:00:00.000Z", deaf: false, mute: false },
    content,
    timestamp: "2026-11-28T07:00:00.000Z",
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [{ id: botId, username: "briefbot", discriminator: "0", bot: true }],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    ...overrides,
  };
}

describe("gateway messages → ChatRequest", () => {
  it("GIVEN a message mentioning the bot THEN a mention request without the bot's mention", () => {
    const request = messageToChatRequest(messageCreate(`<@${botId}> what did Putin say?`), botId);
    expect(request).toEqual({
      channel: {
        platform: "discord",
        workspaceId: "200000000000000002",
        channelId: "300000000000000003",
      },
      requester: { userId: "400000000000000004", canManageChannel: false },
      input: { kind: "mention", text: "what did Putin say?" },
    });
    expect(
      messageToChatRequest(messageCreate(`who said it <@!${botId}>  please`), botId)?.input,
    ).toEqual({ kind: "mention", text: "who said it please" });
  });

  it("GIVEN a DM THEN the user manages their own conversation", () => {
    const request = messageToChatRequest(
      messageCreate(`<@${botId}> brief me`, { guild_id: undefined, member: undefined }),
      botId,
    );
    expect(request?.channel).toEqual({ platform: "discord", channelId: "300000000000000003" });
    expect(request?.requester.canManageChannel).toBe(true);
  });

  it("GIVEN bots, webhooks, other people's mentions or @everyone THEN no request", () => {
    expect(
      messageToChatRequest(
        messageCreate(`<@${botId}> hi`, { author: { id: "5", bot: true } }),
        botId,
      ),
    ).toBeNull();
    expect(
      messageToChatRequest(messageCreate(`<@${botId}> hi`, { webhook_id: "6" }), botId),
    ).toBeNull();
    expect(
      messageToChatRequest(messageCreate("<@999> hi", { mentions: [{ id: "999" }] }), botId),
    ).toBeNull();
    expect(
      messageToChatRequest(
        messageCreate("@everyone hi", { mentions: [], mention_everyone: true }),
        botId,
      ),
    ).toBeNull();
    expect(messageToChatRequest({ nonsense: true }, botId)).toBeNull();
  });

  it("GIVEN a mention THEN the answer is posted as a reply that pings no one", async () => {
    const api = await startCaptureServer();
    servers.push(api);
    const handle = createMentionHandler({
      rest: createDiscordRest({ token: "t", apiUrl: api.url }),
      chat: world.chat,
      logger: createMemoryLogger().logger,
    });
    // Mary Stone's quote is the hostile article's: pings, masked links, invisible characters.
    await handle(messageCreate(`<@${botId}> what did Mary Stone say?`), botId);
    expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /api/v10/channels/300000000000000003/messages",
    ]);
    const [call] = api.calls;
    expect(JSON.stringify(call?.body)).toContain("Financial Conduct Authority");
    expect(call?.path).toBe("/api/v10/channels/300000000000000003/messages");
    const body = call?.body as Record<string, unknown>;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.message_reference).toEqual({
      message_id: "810000000000000001",
      fail_if_not_exists: false,
    });
    expect(() =>
      discordMessageSchema.parse({
        content: body.content,
        embeds: body.embeds,
        allowed_mentions: { parse: [] },
      }),
    ).not.toThrow();
    expect(JSON.stringify(body)).not.toMatch(/@everyone|@here|(?<!\\)<@/);
  });

  it("GIVEN replying is refused (no Read Message History) THEN the answer goes out as a plain message", async () => {
    const api = await startCaptureServer((call) =>
      (call.body as { message_reference?: unknown }).message_reference
        ? { status: 403, body: { message: "Missing Permissions", code: 50013 } }
        : { status: 200, body: { id: "1" } },
    );
    servers.push(api);
    const handle = createMentionHandler({
      rest: createDiscordRest({ token: "t", apiUrl: api.url }),
      chat: world.chat,
      logger: createMemoryLogger().logger,
    });
    await handle(messageCreate(`<@${botId}> hi`), botId);
    expect(api.calls).toHaveLength(2);
    expect(api.calls[1]?.body).not.toHaveProperty("message_reference");
    expect(api.calls[1]?.body).toMatchObject({
      allowed_mentions: { parse: [], replied_user: false },
    });
  });

  it("GIVEN the chat layer fails on a mention THEN a short sentence, not silence", async () => {
    const api = await startCaptureServer();
    servers.push(api);
    // The real service does not fail on demand: this wrapper throws after delegating to it.
    const failing = createFaultyChat(world.chat, { fail: true });
    const handle = createMentionHandler({
      rest: createDiscordRest({ token: "t", apiUrl: api.url }),
      chat: failing.service,
      logger: createMemoryLogger().logger,
    });
    await handle(messageCreate(`<@${botId}> hi`), botId);
    expect((api.calls[0]?.body as { content: string }).content).toMatch(/went wrong/);
    expect(JSON.stringify(api.calls[0]?.body)).not.toContain("SQLITE_BUSY");
  });
});

describe("gateway interactions", () => {
  async function listenerAgainst(status: (call: CapturedCall) => number) {
    const api = await startCaptureServer((call) => ({
      status: status(call),
      body: status(call) === 200 ? { id: "1" } : { message: "Invalid Form Body", code: 50035 },
    }));
    servers.push(api);
    const rest = createDiscordRest({ token: "t", apiUrl: api.url });
    const logger = createMemoryLogger().logger;
    // No application id configured: the one each interaction carries is used.
    const handle = createInteractionHandler({ rest, chat: world.chat, logger });
    return { api, listener: createGatewayInteractionListener(rest, handle, logger) };
  }

  it("GIVEN a recorded INTERACTION_CREATE THEN a deferral on the callback route, then the edit", async () => {
    const { api, listener } = await listenerAgainst(() => 200);
    const payload = commandInteraction("quotes", [stringOption("person", "Putin")]);
    await listener(payload);
    expect(JSON.stringify(api.calls[1]?.body)).toContain("Vladimir Putin");
    expect(api.calls.map((call) => `${call.method} ${decodeURIComponent(call.path)}`)).toEqual([
      `POST /api/v10/interactions/${payload.id}/${payload.token}/callback`,
      `PATCH /api/v10/webhooks/100000000000000001/${payload.token}/messages/@original`,
    ]);
    expect(api.calls[0]?.body).toEqual({ type: 5, data: {} });
    expect((api.calls[1]?.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({
      parse: [],
    });
  });

  it("GIVEN the edit is refused THEN a short ephemeral follow-up instead of silence", async () => {
    const { api, listener } = await listenerAgainst((call) =>
      call.method === "PATCH" ? 400 : 200,
    );
    const payload = commandInteraction("who-said", [stringOption("phrase", "x")]);
    await listener(payload);
    expect(api.calls.map((call) => call.method)).toEqual(["POST", "PATCH", "POST"]);
    expect(api.calls[2]?.body).toMatchObject({
      flags: 64,
      allowed_mentions: { parse: [] },
      content: expect.stringMatching(/went wrong/),
    });
  });
});

describe("gateway login", () => {
  it("GIVEN a bad token THEN start stops with a clear message after one request, no reconnect storm", async () => {
    const api = await startCaptureServer(() => ({
      status: 401,
      body: { message: "401: Unauthorized", code: 0 },
    }));
    servers.push(api);
    const memory = createMemoryLogger();
    const started = startDiscord(
      { token: "bad-token-value", applicationId: "100000000000000001", apiUrl: api.url },
      { chat: world.chat, logger: memory.logger },
    );
    await expect(started).rejects.toThrow(DiscordAdapterError);
    await expect(started).rejects.toThrow(/refused the bot token/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "GET /api/v10/gateway/bot",
    ]);
    // What a refused start says, the rejection and the log, is read whole: it names the refusal
    // and never the token.
    const refusal = await started.catch((error: unknown) => String(error));
    expect(refusal).toMatch(/refused the bot token/);
    expect(refusal + JSON.stringify(memory.lines)).not.toContain("bad-token-value");
  });

  it.each([
    [4014, /refused an intent/],
    [4004, /refused the bot token/],
  ])(
    "GIVEN the gateway closes with %i THEN start stops after one IDENTIFY, no reconnect",
    async (code, message) => {
      const gateway = await startFakeGateway(code);
      servers.push(gateway);
      const api = await startCaptureServer(() => ({
        status: 200,
        body: gatewayBotBody(gateway.url),
      }));
      servers.push(api);
      const started = startDiscord(
        { token: "token-value", applicationId: "100000000000000001", apiUrl: api.url },
        { chat: world.chat, logger: createMemoryLogger().logger },
      );
      await expect(started).rejects.toThrow(message);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(gateway.identifies).toHaveLength(1);
      expect(gateway.connections()).toBe(1);
      // The least intents: Guilds (1), GuildMessages (512), DirectMessages (4096); no Message Content.
      expect((gateway.identifies[0] as { intents: number }).intents).toBe(1 | 512 | 4096);
    },
  );

  it("GIVEN READY THEN dispatched interactions and mentions are answered over REST", async () => {
    const gateway = await startFakeGateway(null);
    servers.push(gateway);
    const api = await startCaptureServer((call) => ({
      status: 200,
      body: call.path.endsWith("/gateway/bot") ? gatewayBotBody(gateway.url) : { id: "1" },
    }));
    servers.push(api);
    const adapter = await startDiscord(
      { token: "token-value", applicationId: "100000000000000001", apiUrl: api.url },
      { chat: world.chat, logger: createMemoryLogger().logger },
    );
    servers.push({ close: () => adapter.stop() });
    const interaction = commandInteraction("who-said", [
      stringOption("phrase", "should be frozen"),
    ]);
    gateway.dispatch("INTERACTION_CREATE", interaction);
    gateway.dispatch(
      "MESSAGE_CREATE",
      messageCreate(`<@${gateway.botUserId}> what did Putin say?`),
    );
    await api.waitForCalls(4);
    const calls = api.calls
      .slice(1)
      .map((call) => `${call.method} ${decodeURIComponent(call.path)}`);
    expect(calls).toEqual(
      expect.arrayContaining([
        `POST /api/v10/interactions/${interaction.id}/${interaction.token}/callback`,
        `PATCH /api/v10/webhooks/100000000000000001/${interaction.token}/messages/@original`,
        "POST /api/v10/channels/300000000000000003/messages",
      ]),
    );
    const sent = api.calls.map((call) => JSON.stringify(call.body ?? null));
    expect(sent.some((body) => body.includes("Sergei Lavrov"))).toBe(true);
    expect(sent.some((body) => body.includes("INF"))).toBe(true);
  });

  it("GIVEN an INTERACTION_CREATE without entitlements THEN it is answered and the process does not crash", async () => {
    const gateway = await startFakeGateway(null);
    servers.push(gateway);
    const api = await startCaptureServer((call) => ({
      status: 200,
      body: call.path.endsWith("/gateway/bot") ? gatewayBotBody(gateway.url) : { id: "1" },
    }));
    servers.push(api);
    const adapter = await startDiscord(
      { token: "token-value", applicationId: "100000000000000001", apiUrl: api.url },
      { chat: world.chat, logger: createMemoryLogger().logger },
    );
    servers.push({ close: () => adapter.stop() });
    const bare = commandInteraction("who-said", [stringOption("phrase", "should be frozen")]);
    const withoutEntitlements: Record<string, unknown> = { ...bare };
    delete withoutEntitlements.entitlements;
    gateway.dispatch("INTERACTION_CREATE", withoutEntitlements);
    await api.waitForCalls(3);
    const paths = api.calls.map((call) => decodeURIComponent(call.path));
    expect(paths).toContain(`/api/v10/interactions/${bare.id}/${bare.token}/callback`);
    expect(
      api.calls.some((call) => JSON.stringify(call.body ?? null).includes("Sergei Lavrov")),
    ).toBe(true);
  });

  it("GIVEN bad options THEN a clear error naming the setting, without its value", async () => {
    const started = startDiscord(
      { token: "secret-value", applicationId: "not-a-number", interactionsPort: 0 },
      { chat: world.chat, logger: createMemoryLogger().logger },
    );
    await expect(started).rejects.toThrow(/applicationId/);
    await expect(started).rejects.not.toThrow(/secret-value/);
    const noKey = startDiscord(
      { token: "t", applicationId: "100000000000000001", interactionsPort: 0 },
      { chat: world.chat, logger: createMemoryLogger().logger },
    );
    await expect(noKey).rejects.toThrow(/DISCORD_PUBLIC_KEY is required/);
  });
});
