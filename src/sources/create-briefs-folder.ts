import { join } from "node:path";
import type { BriefsFolder } from "../app/ports/briefs-folder.js";
import { listBriefFiles } from "./list-brief-files.js";
import { readBriefFile } from "./read-brief-file.js";

/** The briefs folder on disk. A missing folder lists as empty rather than failing. */
export function createBriefsFolder(dir: string): BriefsFolder {
  return {
    async list() {
      try {
        return await listBriefFiles(dir);
      } catch (error) {
        if ((error as { code?: unknown }).code === "ENOENT") return [];
        throw error;
      }
    },
    read: (path) => readBriefFile(join(dir, path), path),
  };
}
