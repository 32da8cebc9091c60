import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSqliteArchive } from "../../src/archive/sqlite-archive.js";
import { describeArchiveContract, type OpenContractArchive } from "./archive-contract.js";
import { describePersonRolesContract } from "./person-roles-contract.js";

// The same contract on SQLite. It type-checks once the async ports (issue 14) are merged:
// until then `createSqliteArchive` returns the synchronous archive.
const openOnSqlite: OpenContractArchive = async ({ now }) => {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-contract-"));
  const path = join(dir, "briefbot.db");
  const opened = [createSqliteArchive({ path, now })];
  return {
    archive: opened[0] as ReturnType<typeof createSqliteArchive>,
    async another() {
      const archive = createSqliteArchive({ path, now });
      opened.push(archive);
      return archive;
    },
    async cleanup() {
      for (const archive of opened) await archive.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

describeArchiveContract("SQLite", openOnSqlite);
describePersonRolesContract("SQLite", openOnSqlite);
