import pg from "pg";

/** The server the PostgreSQL suites use: `TEST_DATABASE_URL`, else the CI default. */
export const testServerUrl =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** The server's URL with the database name replaced. */
export function urlFor(database: string): string {
  const url = new URL(testServerUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Whether a PostgreSQL server answers at `testServerUrl` (within 2 s). */
export async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testServerUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A database of its own for one test file (unique name, so parallel runs never collide), with
 * pg_trgm in `public`; `drop` removes it.
 */
export async function scratchDatabase(prefix: string) {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const setup = new pg.Client({ connectionString: urlFor(name) });
  await setup.connect();
  await setup.query("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
  await setup.end();
  return {
    name,
    url: urlFor(name),
    async drop() {
      const dropper = new pg.Client({ connectionString: testServerUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
