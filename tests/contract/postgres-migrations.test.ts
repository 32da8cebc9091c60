import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Migration } from "../../src/archive/migration.js";
import { runPostgresMigrations } from "../../src/archive/postgres/open-postgres.js";
import { postgresArchiveMigrations } from "../../src/archive/postgres/postgres-migrations/archive-migrations.js";
import { postgresAnswers, scratchDatabase, testServerUrl } from "./postgres-server.js";

const server = await postgresAnswers();
const notRun = `PostgreSQL suite not run: no server at ${testServerUrl.replace(/\/\/[^@/]*@/, "//")}`;

// A chat store's migration as pg-chat writes them: `{ version, name, up }` with SQL.
const chatTable: Migration = {
  version: 100,
  name: "chat-example",
  up: "CREATE TABLE chat_example (id TEXT PRIMARY KEY)",
};

describe.skipIf(!server)(server ? "PostgreSQL migrations" : notRun, () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    database = await scratchDatabase("bb_migrate");
  });
  afterAll(async () => {
    await database.drop();
  });

  it("GIVEN four instances starting at once THEN each migration is applied once", async () => {
    const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: database.url }));
    try {
      const runs = await Promise.all(
        pools.map((pool) => runPostgresMigrations(pool, [...postgresArchiveMigrations, chatTable])),
      );
      expect(runs.flat().sort((a, b) => a - b)).toEqual([1, 100]);
      const { rows } = await (pools[0] as pg.Pool).query(
        "SELECT version, name FROM schema_migrations ORDER BY version",
      );
      expect(rows).toEqual([
        { version: 1, name: "archive-schema" },
        { version: 100, name: "chat-example" },
      ]);
      expect(await runPostgresMigrations(pools[0] as pg.Pool, postgresArchiveMigrations)).toEqual(
        [],
      );
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it("GIVEN a failing migration THEN it rolls back alone, as migration-failed", async () => {
    const pool = new pg.Pool({ connectionString: database.url });
    try {
      const broken = [
        { version: 101, name: "good", up: "CREATE TABLE good_one (id INT)" },
        {
          version: 102,
          name: "broken",
          up: "CREATE TABLE half_done (id INT); SELECT * FROM no_such_table",
        },
      ];
      await expect(runPostgresMigrations(pool, broken)).rejects.toMatchObject({
        code: "migration-failed",
      });
      const tables = await pool.query(
        "SELECT tablename FROM pg_tables WHERE tablename IN ('good_one', 'half_done')",
      );
      expect(tables.rows).toEqual([{ tablename: "good_one" }]);
    } finally {
      await pool.end();
    }
  });

  it("GIVEN no server at the address THEN database-unavailable", async () => {
    const pool = new pg.Pool({
      connectionString: "postgres://postgres@127.0.0.1:1/none",
      connectionTimeoutMillis: 1000,
    });
    try {
      await expect(runPostgresMigrations(pool, postgresArchiveMigrations)).rejects.toMatchObject({
        code: "database-unavailable",
      });
    } finally {
      await pool.end();
    }
  });
});
