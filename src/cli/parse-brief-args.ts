import { normalizeDate } from "../core/article/normalize-date.js";
import { specOf, usageOf } from "./command-specs.js";
import { parseOptions } from "./parse-options.js";

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

export const briefUsage = usageOf("brief");
const formats: readonly string[] = ["text", "markdown", "json"];
const usageError = (message: string): ParseResult => ({
  ok: false,
  error: { code: "usage", message },
});

/** Reads `brief`'s arguments; every mistake comes back as one sentence, never an exception. */
export function parseBriefArgs(args: string[]): ParseResult {
  const parsed = parseOptions(specOf("brief").options, args);
  if (!parsed.ok) return usageError(parsed.message);
  const values = {
    date: text(parsed.options.get("date")),
    format: text(parsed.options.get("format")),
    jsonl: text(parsed.options.get("jsonl")),
  };
  const { positionals } = parsed;
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

function text(value: string | true | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}
