import type { ArticleInput } from "../core/article/article-input.js";
import { parseFrontMatter } from "../core/article/front-matter.js";
import { normalizeDate } from "../core/article/normalize-date.js";
import { readArticleFile } from "./read-article-file.js";

export type BriefFileResult = { ok: true; input: ArticleInput } | { ok: false; message: string };

// Far beyond any article; a larger file would keep the engine busy while chat waits.
const maxBytes = 500_000;

/**
 * Reads one briefs-folder file as an article: the text exactly as written (the engine reads
 * its front matter), plus `title`, `date` and `url` from that front matter for the archive.
 * Binary, oversized, empty and non-UTF-8 files are refused with one sentence naming `label`.
 */
export async function readBriefFile(path: string, label = path): Promise<BriefFileResult> {
  const read = await readArticleFile(path, maxBytes, label);
  if (!read.ok) return { ok: false, message: read.error.message };
  const { fields, bodyStart } = parseFrontMatter(read.text);
  if (read.text.slice(bodyStart).trim() === "") return { ok: false, message: `${label} is empty.` };
  const date = normalizeDate(fields["date"]);
  return {
    ok: true,
    input: {
      text: read.text,
      ...(fields["title"] ? { title: fields["title"] } : {}),
      ...(date ? { date } : {}),
      ...(fields["url"] ? { url: fields["url"] } : {}),
    },
  };
}
