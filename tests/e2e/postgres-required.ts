import { postgresAnswers } from "../contract/postgres-server.js";

/**
 * Whether the multi-instance tests can run here. Without a server they are not run (and the
 * global check says so); where one is required (CI, BRIEFBOT_REQUIRE_POSTGRES=1) that is a failure.
 */
export async function postgresForEndToEnd(): Promise<boolean> {
  const server = await postgresAnswers();
  const required = process.env.CI !== undefined || process.env.BRIEFBOT_REQUIRE_POSTGRES === "1";
  if (!server && required) throw new Error("PostgreSQL is required here but does not answer");
  return server;
}
