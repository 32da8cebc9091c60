import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Writable } from "node:stream";
import { z } from "zod";
import { normalizeDate } from "../core/article/normalize-date.js";
import { buildCard } from "../core/build-card.js";
import { maxArticleBytes } from "../sources/read-article-file.js";
import { createBatchOutput } from "./create-batch-output.js";
import { readJsonlLines, type JsonlItem } from "./read-jsonl-lines.js";

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string().min(1, "text is empty"),
  // JSON null in an optional field means "absent": exporters write `"date": null` for unknown dates.
  title: z.string().nullish(),
  date: z.string().nullish(),
});

/**
 * The batch fast path: reads JSON Lines (a file, or standard input for "-") `{id, text, title?, date?}` and writes `{id, card}` per
 * line, in order, streaming (at most one line of 5 MB in memory, honouring back-pressure). A bad line
 * becomes `{id, error}` and the run goes on; a closed output pipe ends the run quietly. Returns an
 * error sentence when the file itself (or the output) is unusable, else null.
 */
export async function runJsonlBatch(path: string, out: Writable): Promise<string | null> {
  const problem = await checkBatchFile(path);
  if (problem) return problem;
  // Raw bytes, not a decoded stream: the reader checks them for NUL bytes and UTF-8 itself.
  const input = path === "-" ? process.stdin : createReadStream(path);
  const name = path === "-" ? "standard input" : path;
  const output = createBatchOutput(out);
  for await (const item of readJsonlLines(input, name, maxArticleBytes)) {
    if (item.kind === "refused") return item.message;
    const record = outputLine(item);
    // The reader is gone (`| head -1`) or the output failed: stop reading, nobody will see more.
    if (record && !(await output.write(`${JSON.stringify(record)}\n`))) break;
  }
  return output.problem();
}

function outputLine(
  item: Exclude<JsonlItem, { kind: "refused" }>,
): ReturnType<typeof cardLine> | null {
  if (item.kind === "too-long")
    return { id: null, error: `line ${item.number} is too long (over 5 MB); it was skipped.` };
  return item.text.trim() === "" ? null : cardLine(item.text, item.number);
}

async function checkBatchFile(path: string): Promise<string | null> {
  if (path === "-") return null;
  const info = await stat(path).catch(() => null);
  if (!info) return `There is no file at ${path}.`;
  if (info.isDirectory()) return `${path} is a folder, not a JSON Lines file.`;
  if (info.size === 0) return `${path} is empty.`;
  return null;
}

function cardLine(
  line: string,
  number: number,
): { id: string | null; card?: unknown; error?: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${number} is not valid JSON.` };
  }
  const id =
    typeof raw === "object" && raw && "id" in raw && raw.id != null ? String(raw.id) : null;
  const parsed = lineSchema.safeParse(raw);
  if (!parsed.success)
    return {
      id,
      error: `line ${number}: ${z.prettifyError(parsed.error).replace(/\s+/g, " ").trim()}`,
    };
  const { text, title, date } = parsed.data;
  if (date != null && !normalizeDate(date))
    return { id, error: `line ${number}: "${date}" is not a date; use YYYY-MM-DD.` };
  try {
    const card = buildCard({
      text,
      ...(id ? { id } : {}),
      ...(title ? { title } : {}),
      ...(date ? { date } : {}),
    });
    return { id: card.id, card };
  } catch (error) {
    // One article the engine cannot read must not stop the other thousands.
    return {
      id,
      error: `line ${number}: no card could be built (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}
