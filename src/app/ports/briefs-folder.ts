import type { ArticleInput } from "../../core/article/article-input.js";

/** The briefs folder as ingestion sees it (the file system, in src/sources/create-briefs-folder.ts). */
export interface BriefsFolder {
  list(): Promise<{ path: string; mtimeMs: number; size: number }[]>;
  read(path: string): Promise<{ ok: true; input: ArticleInput } | { ok: false; message: string }>;
}
