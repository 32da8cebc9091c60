import { parseArgs } from "node:util";
import { normalizeDate } from "../core/article/normalize-date.js";

export type BriefFormat = "text" | "markdown" | "json";
export interface BriefOptions {
  /** An article file, "-" for standard input, or a JSON Lines batch with `jsonl`. */
  path: string;
  jsonl: boolean;
  date?: string;
  format: BriefFormat;
}
export type ParseResult =
  { ok: true; value: BriefOptions } | { ok: false; error: { code: "usage"; message: string } };

export const briefUsage =
  "usage: briefbot brief <file | -> [--date YYYY-MM-DD] [--format text|markdown|json]\n       briefbot brief --jsonl <file>";
const formats: readonly string[] = ["text", "markdown", "json"];
const usageError = (message: string): ParseResult => ({
  ok: false,
  error: { code: "usage", message },
});

/** Reads `brief`'s arguments; every mistake comes back as one sentence, never an exception. */
export function parseBriefArgs(args: string[]): ParseResult {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    return usageError(
      error instanceof Error ? error.message.replace(/\. To specify.*$/s, ".") : String(error),
    );
  }
  const { values, positionals } = parsed;
  const path = values.jsonl ?? positionals[0];
  if (!path) return usageError("Name an article file (or - for standard input).");
  if (positionals.length > (values.jsonl ? 0 : 1))
    return usageError(`Unexpected argument "${positionals.at(-1)}".`);
  const format = values.format ?? "text";
  if (!formats.includes(format))
    return usageError(`Unknown format "${format}"; use text, markdown or json.`);
  const date = values.date === undefined ? undefined : normalizeDate(values.date);
  if (values.date !== undefined && (!date || values.date.trim() !== date))
    return usageError(`"${values.date}" is not a date; use YYYY-MM-DD.`);
  return {
    ok: true,
    value: {
      path,
      jsonl: values.jsonl !== undefined,
      format: format as BriefFormat,
      ...(date ? { date } : {}),
    },
  };
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { date: { type: "string" }, format: { type: "string" }, jsonl: { type: "string" } },
  });
}
