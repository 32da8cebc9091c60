import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/app/system-clock.js";
import { createChatService } from "../../src/app/chat/create-chat-service.js";
import { chatMigrations } from "../../src/archive/migrations/chat-migrations.js";
import { createSqliteArchive, type SqliteArchive } from "../../src/archive/sqlite-archive.js";
import { createSqliteSubscriptionStore } from "../../src/archive/sqlite-subscription-store.js";
import type { RunningPlatform } from "../../src/app/ports/platform.js";
import { startDiscord } from "../../src/adapters/discord/start-discord.js";
import { discordMessageSchema } from "../../src/adapters/discord/discord-limits.js";
import type { ChatService } from "../../src/app/chat-service.js";
import { createDiscordRest } from "../../src/adapters/discord/create-discord-rest.js";
import { createMentionHandler } from "../../src/adapters/discord/create-mention-handler.js";
import { startCaptureServer } from "./capture-server.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import { commandInteraction, stringOption } from "./interaction-payloads.js";
import { createTestKeys, postInteraction } from "./signed-interactions.js";

// The seed article ships in the repository's briefs folder.
const seed = readFileSync(
  new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url),
  "utf8",
);
const hostile = [
  "Ministry rejects missile plan",
  "",
  "LONDON (Reuters) - The ministry rejected the plan on Friday.",
  "",
  '"@everyone @here <@&123> <@456> read [this](https://evil.example) # now ||secret||," said Jane Doe, a spokeswoman for the ministry.',
].join("\n");

const keys = createTestKeys();
let api: Awaited<ReturnType<typeof startCaptureServer>>;
let adapter: RunningPlatform;
let archive: SqliteArchive;
let endpoint: string;
let chat: ChatService;
const { logger } = createMemoryLogger();

beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), "briefbot-discord-")), "briefbot.db");
  archive = createSqliteArchive({ path, migrations: chatMigrations });
  await archive.ingest({ text: seed }, { sourceId: "file", path: "seed.txt" });
  await archive.ingest({ text: hostile }, { sourceId: "file", path: "hostile.txt" });
  chat = createChatService({
    archive,
    subscriptions: createSqliteSubscriptionStore(archive.db),
    clock: systemClock,
    logger,
    defaults: { localTime: "08:00", timeZone: "Europe/Berlin" },
    limits: { quotesPerAnswer: 5, cardsPerBriefing: 10 },
  });
  api = await startCaptureServer((call) =>
    call.method === "DELETE" ? { status: 204 } : { status: 200, body: { id: "1" } },
  );
  adapter = await startDiscord(
    {
      token: "t",
      applicationId: "100000000000000001",
      publicKey: keys.publicKeyHex,
      interactionsPort: 0,
      interactionsHost: "127.0.0.1",
      apiUrl: api.url,
    },
    { chat, logger },
  );
  endpoint = `http://127.0.0.1:${adapter.address?.port}/interactions`;
});

afterAll(async () => {
  await adapter.stop();
  await api.close();
  await archive.close();
});

async function ask(payload: ReturnType<typeof commandInteraction>): Promise<string> {
  const response = await postInteraction(endpoint, payload, { privateKey: keys.privateKey });
  expect(response.body).toMatchObject({ type: 5 });
  for (let i = 0; i < 300 && !api.calls.some((call) => call.path.includes(payload.token)); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const calls = api.calls.filter((call) => call.path.includes(payload.token));
  expect(calls.length).toBeGreaterThan(0);
  for (const call of calls) {
    expect((call.body as { allowed_mentions: { parse: string[] } }).allowed_mentions.parse).toEqual(
      [],
    );
    expect(() => discordMessageSchema.parse(call.body)).not.toThrow();
  }
  return JSON.stringify(calls.map((call) => call.body));
}

describe("Discord end to end with the real chat service and archive", () => {
  it('GIVEN /who-said phrase:"should be frozen" THEN Lavrov', async () => {
    const answer = await ask(
      commandInteraction("who-said", [stringOption("phrase", '"should be frozen"')]),
    );
    expect(answer).toContain("Lavrov");
  });

  it("GIVEN /quotes person:Putin THEN the INF treaty remark", async () => {
    const answer = await ask(commandInteraction("quotes", [stringOption("person", "Putin")]));
    expect(answer).toContain("Intermediate-Range Nuclear Forces (INF) Treaty");
  });

  it("GIVEN a quote full of mentions THEN nothing pings and the markup is escaped", async () => {
    const answer = await ask(
      commandInteraction("brief", [stringOption("query", "Ministry rejects missile plan")]),
    );
    expect(answer).not.toMatch(/@everyone|@here|(?<!\\\\)<@/);
    const bodies = JSON.parse(answer) as { embeds: { description?: string }[] }[];
    const shown = bodies
      .flatMap((body) => body.embeds.map((embed) => embed.description ?? ""))
      .join("\n");
    expect(shown).toContain("@\u200beveryone @\u200bhere \\<@&123> \\<@456>");
    expect(shown).toContain("\\[this\\](https://evil.example)");
    expect(shown).toContain("\\|\\|secret\\|\\|");
    expect(shown).toContain("Jane Doe");
  });

  it("GIVEN a recorded mention asking what Putin said THEN the reply names the INF remark and pings no one", async () => {
    const botId = "111111111111111111";
    const handle = createMentionHandler({
      rest: createDiscordRest({ token: "t", apiUrl: api.url }),
      chat,
      logger,
    });
    const before = api.calls.length;
    await handle(
      {
        id: "810000000000000001",
        channel_id: "300000000000000003",
        guild_id: "200000000000000002",
        author: { id: "400000000000000004", username: "asker" },
        content: `<@${botId}> what did Putin say?`,
        mentions: [{ id: botId, username: "briefbot", bot: true }],
      },
      botId,
    );
    const calls = api.calls.slice(before);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "POST /api/v10/channels/300000000000000003/messages",
    ]);
    expect(JSON.stringify(calls[0]?.body)).toContain(
      "Intermediate-Range Nuclear Forces (INF) Treaty",
    );
    expect((calls[0]?.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({
      parse: [],
      replied_user: false,
    });
  });
});
