import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPostgresMigrations } from "../../src/archive/postgres/open-postgres.js";
import { postgresArchiveMigrations } from "../../src/archive/postgres/postgres-migrations/archive-migrations.js";
import { chatPostgresMigrations } from "../../src/archive/postgres/postgres-migrations/chat-tables.js";
import { createPostgresEventDedup } from "../../src/archive/postgres/postgres-event-dedup.js";
import { createPostgresFeedState } from "../../src/archive/postgres/postgres-feed-state.js";
import { createPostgresInstallationStore } from "../../src/archive/postgres/postgres-installation-store.js";
import { createPostgresPostingLedger } from "../../src/archive/postgres/postgres-posting-ledger.js";
import { createPostgresSubscriptionStore } from "../../src/archive/postgres/postgres-subscription-store.js";
import { testServerUrl } from "./postgres-server.js";
import { describeChatStoresContract, type OpenedStores } from "./chat-stores-contract.js";

// A real server (issue 14: CI and development machines run one). Each run makes its own
// database and each case its own schema in it, so parallel runs never meet; all dropped after.
const serverUrl = testServerUrl;
const required = process.env.CI !== undefined || process.env.BRIEFBOT_REQUIRE_POSTGRES === "1";
const database = `bb_chat_${process.pid}_${Date.now().toString(36)}`;

async function serverAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const available = await serverAvailable();
if (!available && required)
  throw new Error(`PostgreSQL is required here but ${serverUrl} does not answer`);
if (!available)
  console.warn(`No PostgreSQL at ${serverUrl}: the PostgreSQL chat stores contract did NOT run.`);

function urlFor(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(
  work: (client: pg.Client) => Promise<T>,
  url: string = serverUrl,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let schemas = 0;

async function open(): Promise<OpenedStores> {
  const schema = `case_${++schemas}`;
  const pool = new pg.Pool({
    connectionString: urlFor(database),
    // The extensions stay in public (made once per database), the tables in the case's schema.
    options: `-c search_path=${schema},public`,
    max: 10,
  });
  await pool.query(`CREATE SCHEMA ${schema}`);
  // The real migrations, archive and chat, as an instance runs them.
  await runPostgresMigrations(pool, [...postgresArchiveMigrations, ...chatPostgresMigrations]);
  return {
    stores: {
      subscriptions: createPostgresSubscriptionStore(pool),
      ledger: createPostgresPostingLedger(pool),
      feedState: createPostgresFeedState(pool),
      events: (now) => createPostgresEventDedup(pool, now),
      installations: createPostgresInstallationStore(pool),
      async addSource(id) {
        await pool.query(
          "INSERT INTO sources (id, kind, location, added_at) VALUES ($1, 'feed', $2, $3)",
          [id, `https://${id}.test/feed.xml`, new Date().toISOString()],
        );
      },
    },
    async cleanup() {
      await pool.end();
      await admin((client) => client.query(`DROP SCHEMA ${schema} CASCADE`), urlFor(database));
    },
  };
}

if (available) {
  beforeAll(async () => {
    await admin((client) => client.query(`CREATE DATABASE ${database}`));
    await admin(
      (client) => client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"),
      urlFor(database),
    );
  });
  afterAll(() =>
    admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)),
  );
  describeChatStoresContract("PostgreSQL", open);

  describe("chat stores on PostgreSQL: separate instances (one pool each)", () => {
    it("4 instances × 50 due runs claimed at once: each run is new for exactly one", async () => {
      const first = await open();
      const schema = `case_${schemas}`;
      const instances = Array.from(
        { length: 4 },
        () =>
          new pg.Pool({
            connectionString: urlFor(database),
            options: `-c search_path=${schema}`,
            max: 4,
          }),
      );
      try {
        const channels = Array.from({ length: 50 }, (_, i) => ({
          platform: "slack" as const,
          workspaceId: "T1",
          channelId: `C${i}`,
        }));
        const due = "2026-12-02T07:00:00.000Z";
        const claimAt = "2026-12-02T07:00:01.000Z";
        const leaseUntil = "2026-12-02T07:01:01.000Z";
        const started = performance.now();
        const results = await Promise.all(
          instances.flatMap((pool, n) => {
            const ledger = createPostgresPostingLedger(pool);
            return channels.map(async (channel) => ({
              channel: channel.channelId,
              instance: n,
              result: await ledger.claim(channel, due, `instance-${n}`, claimAt, leaseUntil),
            }));
          }),
        );
        const elapsedMs = performance.now() - started;
        for (const channel of channels) {
          const mine = results.filter((r) => r.channel === channel.channelId);
          const fresh = mine.filter((r) => r.result.kind === "new");
          expect(fresh).toHaveLength(1);
          const by = `instance-${fresh[0]?.instance}`;
          expect(mine.filter((r) => r.result.kind === "held" && r.result.by === by)).toHaveLength(
            3,
          );
        }
        const wins = instances.map(
          (_, n) => results.filter((r) => r.instance === n && r.result.kind === "new").length,
        );
        console.info(
          `200 concurrent claims of 50 runs from 4 instances in ${elapsedMs.toFixed(0)} ms; new per instance: ${wins.join(", ")}`,
        );
      } finally {
        await Promise.all(instances.map((pool) => pool.end()));
        await first.cleanup();
      }
    });
  });
} else {
  describe.skip("chat stores contract: PostgreSQL (no server)", () => {
    it("needs PostgreSQL", () => undefined);
  });
}
