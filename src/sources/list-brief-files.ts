import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";

export interface BriefFileInfo {
  /** Path relative to the folder, with forward slashes. */
  path: string;
  absolute: string;
  mtimeMs: number;
  size: number;
}

const extensions = /\.(txt|md|markdown)$/i;

/** The `.txt` and `.md` files in a folder and its subfolders, in name order; hidden ones skipped. */
export async function listBriefFiles(folder: string): Promise<BriefFileInfo[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter(
    (e) =>
      e.isFile() &&
      extensions.test(e.name) &&
      !relative(folder, join(e.parentPath, e.name))
        .split(/[\\/]/)
        .some((p) => p.startsWith(".")),
  );
  const infos = await Promise.all(
    files.map(async (e) => {
      const absolute = join(e.parentPath, e.name);
      const info = await stat(absolute);
      return {
        path: relative(folder, absolute).split("\\").join("/"),
        absolute,
        mtimeMs: info.mtimeMs,
        size: info.size,
      };
    }),
  );
  return infos.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
