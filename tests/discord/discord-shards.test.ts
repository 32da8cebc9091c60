import { resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startDiscord } from "../../src/adapters/discord/start-discord.js";
import { startCaptureServer } from "./capture-server.js";
import { gatewayBotBody, startFakeGateway } from "./fake-gateway.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import { openRealChatWorld } from "../slack/real-chat-world.js";

// Each instance holds a slice of the gateway shards: what it sends in IDENTIFY is the wire truth.
const servers: { close(): Promise<void> }[] = [];
let world: Awaited<ReturnType<typeof openRealChatWorld>>;
beforeAll(async () => {
  world = await openRealChatWorld(
    [resolve(import.meta.dirname, "../../briefs")],
    createMemoryLogger().logger,
  );
});
afterAll(() => world.close());
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function identifiedShards(
  options: { shardCount?: number | "auto"; shards?: number[] | "auto" },
  recommendedShards = 1,
): Promise<unknown[]> {
  const gateway = await startFakeGateway(null);
  servers.push(gateway);
  // Enough identify concurrency that shards need not wait five seconds for each other.
  const bot = gatewayBotBody(gateway.url, { shards: recommendedShards, maxConcurrency: 16 });
  const api = await startCaptureServer((call) => ({
    status: 200,
    body: call.path.endsWith("/gateway/bot") ? bot : { id: "1" },
  }));
  servers.push(api);
  const adapter = await startDiscord(
    { token: "token-value", applicationId: "100000000000000001", apiUrl: api.url, ...options },
    { chat: world.chat, logger: createMemoryLogger().logger },
  );
  servers.push({ close: () => adapter.stop() });
  return gateway.identifies
    .map((identify) => (identify as { shard?: unknown }).shard)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe("Discord gateway shards", () => {
  it("GIVEN no shard settings THEN one unsharded session as before", async () => {
    expect(await identifiedShards({})).toEqual([[0, 1]]);
  });

  it("GIVEN DISCORD_SHARD_COUNT=4 and DISCORD_SHARDS=1,3 THEN this instance identifies as shards 1 and 3 of 4 only", async () => {
    expect(await identifiedShards({ shardCount: 4, shards: [1, 3] })).toEqual([
      [1, 4],
      [3, 4],
    ]);
  });

  it("GIVEN a count and no list THEN the instance holds every shard", async () => {
    expect(await identifiedShards({ shardCount: 2 })).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("GIVEN DISCORD_SHARD_COUNT=auto THEN Discord's recommended count is used", async () => {
    expect(await identifiedShards({ shardCount: "auto" }, 3)).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
  });

  it("GIVEN a shard id outside the count THEN start refuses with a sentence, before connecting", async () => {
    await expect(
      startDiscord(
        { token: "token-value", applicationId: "100000000000000001", shardCount: 2, shards: [2] },
        { chat: world.chat, logger: createMemoryLogger().logger },
      ),
    ).rejects.toThrow(/shard 2 does not exist: shard ids run from 0 to 1/);
  });
});
