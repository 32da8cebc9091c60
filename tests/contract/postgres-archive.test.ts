import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";
import { openPostgresArchive } from "../../src/archive/postgres/postgres-archive.js";
import { describeArchiveContract, type OpenContractArchive } from "./archive-contract.js";
import { describePersonRolesContract } from "./person-roles-contract.js";
import { postgresAnswers, scratchDatabase, testServerUrl } from "./postgres-server.js";

// Without a server the suite is not run, and says so plainly; CI sets
// BRIEFBOT_REQUIRE_POSTGRES=1 so that a missing server fails instead.
const server = await postgresAnswers();
const notRun = `PostgreSQL suite not run: no server at ${testServerUrl.replace(/\/\/[^@/]*@/, "//")}`;

if (!server) {
  console.warn(notRun);
  if (process.env.BRIEFBOT_REQUIRE_POSTGRES === "1")
    describe("PostgreSQL archive", () => {
      it("needs a PostgreSQL server (BRIEFBOT_REQUIRE_POSTGRES=1)", () => {
        throw new Error(notRun);
      });
    });
  else describe.skip(notRun, () => it("runs against PostgreSQL", () => undefined));
} else {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let schemas = 0;
  beforeAll(async () => {
    database = await scratchDatabase("bb_contract");
  });
  afterAll(async () => {
    await database.drop();
  });

  // Each case gets its own schema in the file's database (pg_trgm stays in public).
  const openOnPostgres: OpenContractArchive = async ({ now }) => {
    schemas += 1;
    const schema = `archive_${schemas}`;
    const open = () =>
      new pg.Pool({ connectionString: database.url, options: `-c search_path=${schema},public` });
    const pools = [open()];
    await pools[0]?.query(`CREATE SCHEMA ${schema}`);
    const first = pools[0] as pg.Pool;
    const archive = await openPostgresArchive(first, { now });
    return {
      archive,
      async another() {
        const pool = open();
        pools.push(pool);
        return openPostgresArchive(pool, { now });
      },
      async cleanup() {
        await first.query(`DROP SCHEMA ${schema} CASCADE`);
        await Promise.all(pools.map((p) => p.end()));
      },
    };
  };
  describeArchiveContract("PostgreSQL", openOnPostgres);
  describePersonRolesContract("PostgreSQL", openOnPostgres);
}
