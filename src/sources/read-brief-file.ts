import { readFile, stat } from "node:fs/promises";
import type { ArticleInput } from "../core/article/article-input.js";

export type BriefFileResult = { ok: true; input: ArticleInput } | { ok: false; reason: string };

// Far beyond any article; a larger file would keep the engine busy while chat waits.
const maxBytes = 500_000;
const frontMatter = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Reads one briefs-folder file as an article: the text exactly as written (the engine reads
 * its front matter), plus `title`, `date` and `url` from that front matter for the archive.
 * Binary, oversized, empty and non-UTF-8 files are refused with a reason.
 */
export async function readBriefFile(path: string): Promise<BriefFileResult> {
  const info = await stat(path);
  if (!info.isFile()) return { ok: false, reason: "is not a file" };
  if (info.size > maxBytes) return { ok: false, reason: `is larger than ${maxBytes / 1000} KB, too long for an article` };
  const bytes = await readFile(path);
  if (bytes.includes(0)) return { ok: false, reason: "is a binary file, not text" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "is not UTF-8 text" };
  }
  if (!text.replace(frontMatter, "").trim()) return { ok: false, reason: "is empty" };
  return { ok: true, input: { text, ...fields(text) } };
}

function fields(text: string): Partial<Pick<ArticleInput, "title" | "date" | "url">> {
  const block = frontMatter.exec(text)?.[1] ?? "";
  const found: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const pair = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line.trim());
    const value = pair?.[2]?.trim().replace(/^(["'])(.*)\1$/, "$2");
    if (pair?.[1] && value) found[pair[1].toLowerCase()] = value;
  }
  return {
    ...(found.title ? { title: found.title } : {}),
    ...(found.date && /^\d{4}-\d{2}-\d{2}/.test(found.date) ? { date: found.date.slice(0, 10) } : {}),
    ...(found.url ? { url: found.url } : {}),
  };
}
