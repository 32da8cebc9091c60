import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import type { Database } from "better-sqlite3";

/** One row per workspace (or org, for Enterprise Grid org-wide installs). */
const keyOf = (enterpriseId: string | undefined, teamId: string | undefined, orgWide: boolean) =>
  orgWide ? `E:${enterpriseId ?? ""}` : `T:${teamId ?? ""}`;

/**
 * Multi-workspace installs (OAuth) kept in the archive's SQLite file, or in memory without one.
 * A team without an install is refused: this is the `team_id` check in OAuth mode.
 */
export function createSqliteInstallationStore(db: Database | undefined): InstallationStore {
  const rows = db ? sqliteRows(db) : memoryRows();
  return {
    async storeInstallation(installation) {
      const orgWide = installation.isEnterpriseInstall === true;
      rows.put(
        keyOf(installation.enterprise?.id, installation.team?.id, orgWide),
        JSON.stringify(installation),
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const json = rows.get(keyOf(query.enterpriseId, query.teamId, query.isEnterpriseInstall));
      if (json === undefined)
        throw new Error(`no installation for team ${query.teamId ?? query.enterpriseId ?? "?"}`);
      return JSON.parse(json) as Installation<"v1" | "v2", boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      rows.delete(keyOf(query.enterpriseId, query.teamId, query.isEnterpriseInstall));
    },
  };
}

interface Rows {
  get(key: string): string | undefined;
  put(key: string, json: string): void;
  delete(key: string): void;
}

function sqliteRows(db: Database): Rows {
  db.exec(`CREATE TABLE IF NOT EXISTS slack_installations (
    install_key TEXT PRIMARY KEY, installation TEXT NOT NULL, updated_at INTEGER NOT NULL)`);
  const get = db.prepare<[string], { installation: string }>(
    "SELECT installation FROM slack_installations WHERE install_key = ?",
  );
  const put = db.prepare(
    `INSERT INTO slack_installations (install_key, installation, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (install_key) DO UPDATE SET installation = excluded.installation, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare("DELETE FROM slack_installations WHERE install_key = ?");
  return {
    get: (key) => get.get(key)?.installation,
    put: (key, json) => void put.run(key, json, Date.now()),
    delete: (key) => void remove.run(key),
  };
}

function memoryRows(): Rows {
  const map = new Map<string, string>();
  return {
    get: (key) => map.get(key),
    put: (key, json) => void map.set(key, json),
    delete: (key) => void map.delete(key),
  };
}
