import type { InstallationStore } from "./chat-ports.js";
import type { Queryable } from "./queryable.js";

/**
 * Slack installations (multi-workspace OAuth) in PostgreSQL (chat migration 200), shared by
 * every instance behind the load balancer: an install finished on one instance is used by all.
 * Keys and values as the port says (`T:<team>` / `E:<enterprise>`, Bolt's installation as JSON).
 */
export function createPostgresInstallationStore(
  db: Queryable,
  now: () => number = Date.now,
): InstallationStore {
  return {
    async save(key, installation) {
      await db.query(
        `INSERT INTO slack_installations (install_key, installation, updated_at)
         VALUES ($1, $2::jsonb, $3)
         ON CONFLICT (install_key) DO UPDATE
         SET installation = excluded.installation, updated_at = excluded.updated_at`,
        [key, installation, new Date(now()).toISOString()],
      );
    },
    async find(key) {
      const { rows } = await db.query<{ installation: string }>(
        "SELECT installation::text AS installation FROM slack_installations WHERE install_key = $1",
        [key],
      );
      return rows[0]?.installation ?? null;
    },
    async delete(key) {
      await db.query("DELETE FROM slack_installations WHERE install_key = $1", [key]);
    },
  };
}
