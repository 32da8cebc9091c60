/**
 * Installations of a multi-workspace app (Slack OAuth): one record per workspace or, for an
 * organisation-wide install, per organisation, shared by every instance. The record is the
 * platform's installation object as JSON text; the store never looks inside it.
 *
 * Keys are the adapter's: Slack uses `T:<team id>` for a workspace, `E:<enterprise id>` for an
 * org-wide install.
 */
export interface InstallationStore {
  /** Stores the installation under `key`, replacing any earlier one. */
  save(key: string, installation: string): Promise<void>;
  /** The installation kept under `key`, or null when there is none. */
  find(key: string): Promise<string | null>;
  /** Forgets the installation under `key` (nothing happens when there is none). */
  delete(key: string): Promise<void>;
}
