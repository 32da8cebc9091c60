import type {
  Installation,
  InstallationQuery,
  InstallationStore as BoltInstallationStore,
} from "@slack/bolt";
import type { InstallationStore } from "../../app/ports/installation-store.js";

/** One record per workspace (or org, for Enterprise Grid org-wide installs). */
const keyOf = (enterpriseId: string | undefined, teamId: string | undefined, orgWide: boolean) =>
  orgWide ? `E:${enterpriseId ?? ""}` : `T:${teamId ?? ""}`;

/**
 * Bolt's installation store over the app's port (multi-workspace installs through OAuth).
 * A team without an install is refused: this is the `team_id` check in OAuth mode.
 */
export function createBoltInstallationStore(store: InstallationStore): BoltInstallationStore {
  return {
    async storeInstallation(installation) {
      const orgWide = installation.isEnterpriseInstall === true;
      await store.save(
        keyOf(installation.enterprise?.id, installation.team?.id, orgWide),
        JSON.stringify(installation),
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const json = await store.find(
        keyOf(query.enterpriseId, query.teamId, query.isEnterpriseInstall),
      );
      if (json === null)
        throw new Error(`no installation for team ${query.teamId ?? query.enterpriseId ?? "?"}`);
      return JSON.parse(json) as Installation<"v1" | "v2", boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await store.delete(keyOf(query.enterpriseId, query.teamId, query.isEnterpriseInstall));
    },
  };
}
