import type { Migration } from "../migration.js";

/**
 * The platform stores behind the `EventDedup` and `InstallationStore` ports (Slack today),
 * created by the migration runner like every other table.
 * - `slack_seen_events`: event ids already answered, `seen_at` in ms since the epoch; rows older
 *   than a day are pruned on each claim.
 * - `slack_installations`: one OAuth installation per key (`T:<team>` / `E:<enterprise>`), the
 *   installation object as JSON text, `updated_at` in ms since the epoch.
 * Builds before this version created both tables on demand with the same shape, so an existing
 * file may have them already: they are kept as they are.
 */
export const platformStores: Migration = {
  version: 102,
  name: "platform-stores",
  up: `
CREATE TABLE IF NOT EXISTS slack_seen_events (
  event_id TEXT PRIMARY KEY,
  seen_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS slack_installations (
  install_key TEXT PRIMARY KEY,
  installation TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);`,
};
