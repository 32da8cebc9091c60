// Vitest global setup: says, before any test runs, whether the PostgreSQL suites will run. On a
// machine without a server `npm test` still passes on SQLite, and says so plainly; where a server
// is required (CI sets BRIEFBOT_REQUIRE_POSTGRES=1) its absence fails the run instead.
import { postgresAnswers, testServerUrl } from "./contract/postgres-server.js";

export default async function setup(): Promise<void> {
  const required = process.env.CI !== undefined || process.env.BRIEFBOT_REQUIRE_POSTGRES === "1";
  if (await postgresAnswers()) return;
  const where = new URL(testServerUrl);
  const message = `No PostgreSQL at ${where.host}${where.pathname}: ran the SQLite suite only (the PostgreSQL contract suites and the multi-instance end-to-end tests did not run).`;
  if (required)
    throw new Error(`${message} A server is required here (BRIEFBOT_REQUIRE_POSTGRES / CI).`);
  process.stderr.write(`\n${message}\n\n`);
}
