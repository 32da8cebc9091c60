import type { QuoteMatch } from "../app/ports/archive.js";
import { usageOf } from "./command-specs.js";
import { fail, parseArchiveArgs, withExistingArchive } from "./archive-cli.js";
import { writeJson, writeText } from "./write-safe.js";
import { balanceQuoteMarks } from "../core/card/balance-quote-marks.js";

const usage = usageOf("who-said");

/**
 * `briefbot who-said "<phrase>"`: who said it, with role, the exact words, the article and date.
 * Exit 0 when answered (a clear "no match" included), 1 on a fault, 2 on bad usage.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArchiveArgs(args, ["limit"], ["json"], process.cwd());
  if (typeof parsed === "string") return fail(`${parsed}\n${usage}`, 2);
  const phrase = parsed.words.join(" ").trim();
  if (!phrase) return fail(`give a phrase to look for.\n${usage}`, 2);
  const limit = Number(parsed.flags.get("limit") ?? 3);
  if (!Number.isInteger(limit) || limit < 1)
    return fail("--limit must be a whole number above 0.", 2);
  return withExistingArchive(parsed, async (archive) => {
    const result = await archive.whoSaid(phrase, { limit });
    if (parsed.flags.has("json")) writeJson(result);
    else if (result.ok) writeText(result.value.map(renderMatch).join("\n"));
    else writeText(renderMiss(result.error.message, result.alternatives));
    return result.ok || result.error.code === "no-match" ? 0 : 2;
  });
}

export function renderMatch(match: QuoteMatch): string {
  const who = match.speaker.name ?? "An unnamed source";
  const role = match.speaker.role ? ` (${match.speaker.role})` : "";
  const { headline, date, url } = match.article;
  const where = [headline, date, url].filter(Boolean).join(" · ");
  // Reported speech is the article's paraphrase: it gets no quotation marks.
  const text = balanceQuoteMarks(match.text);
  const words = match.kind === "indirect" ? `${text} (reported speech)` : `“${text}”`;
  return `${who}${role}:\n  ${words}\n  ${where}\n`;
}

function renderMiss(message: string, alternatives: QuoteMatch[]): string {
  if (alternatives.length === 0) return `${message}\n`;
  return `${message}\nClosest:\n${alternatives.map(renderMatch).join("\n")}`;
}
