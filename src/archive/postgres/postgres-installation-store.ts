import type { Installation, InstallationQuery } from "@slack/bolt";
import type { InstallationStore } from "./chat-ports.js";
import type { Queryable } from "./queryable.js";

/** One row per workspace (or org, for Enterprise Grid org-wide installs), as on SQLite. */
const keyOf = (enterpriseId: string | undefined, teamId: string | undefined, orgWide: boolean) =>
  orgWide ? `E:${enterpriseId ?? ""}` : `T:${teamId ?? ""}`;

/**
 * Multi-workspace Slack installs (OAuth) in PostgreSQL (chat migration 200), shared by every
 * instance behind the load balancer. A team without an install is refused, as on SQLite.
 */
export function createPostgresInstallationStore(
  db: Queryable,
  now: () => number = Date.now,
): InstallationStore {
  return {
    async storeInstallation(installation) {
      const orgWide = installation.isEnterpriseInstall === true;
      await db.query(
        `INSERT INTO slack_installations (install_key, installation, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (install_key) DO UPDATE
         SET installation = excluded.installation, updated_at = excluded.updated_at`,
        [
          keyOf(installation.enterprise?.id, installation.team?.id, orgWide),
          JSON.stringify(installation),
          new Date(now()).toISOString(),
        ],
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const { rows } = await db.query<{ installation: Installation<"v1" | "v2", boolean> }>(
        "SELECT installation FROM slack_installations WHERE install_key = $1",
        [keyOf(query.enterpriseId, query.teamId, query.isEnterpriseInstall)],
      );
      const found = rows[0];
      if (!found)
        throw new Error(`no installation for team ${query.teamId ?? query.enterpriseId ?? "?"}`);
      return found.installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await db.query("DELETE FROM slack_installations WHERE install_key = $1", [
        keyOf(query.enterpriseId, query.teamId, query.isEnterpriseInstall),
      ]);
    },
  };
}
