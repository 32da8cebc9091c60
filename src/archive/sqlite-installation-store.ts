import type Database from "better-sqlite3";
import type { InstallationStore } from "../app/ports/installation-store.js";

/** Installations in the `slack_installations` table (chat migration 102; run `chatMigrations` first). */
export function createSqliteInstallationStore(db: Database.Database): InstallationStore {
  const get = db.prepare<[string], { installation: string }>(
    "SELECT installation FROM slack_installations WHERE install_key = ?",
  );
  const put = db.prepare(
    `INSERT INTO slack_installations (install_key, installation, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (install_key) DO UPDATE SET installation = excluded.installation, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare("DELETE FROM slack_installations WHERE install_key = ?");
  return {
    save: async (key, installation) => void put.run(key, installation, Date.now()),
    find: async (key) => get.get(key)?.installation ?? null,
    delete: async (key) => void remove.run(key),
  };
}
