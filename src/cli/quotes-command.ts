import type { ArchivedQuote, PersonRef } from "../app/ports/archive.js";
import { usageOf } from "./command-specs.js";
import { fail, parseArchiveArgs, withExistingArchive } from "./archive-cli.js";
import { writeJson, writeText } from "./write-safe.js";
import { balanceQuoteMarks } from "../core/card/balance-quote-marks.js";

const usage = usageOf("quotes");

/**
 * `briefbot quotes "<person>"`: what the person said, direct and reported, newest first;
 * `--about Iran` (or `quotes "Lavrov about Iran"`) narrows it. Exit codes as `who-said`.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArchiveArgs(args, ["about", "limit"], ["json"], process.cwd());
  if (typeof parsed === "string") return fail(`${parsed}\n${usage}`, 2);
  const [person = "", inlineTopic] = parsed.words
    .join(" ")
    .trim()
    .split(/\s+about\s+/i);
  const flagTopic = parsed.flags.get("about");
  const about = typeof flagTopic === "string" ? flagTopic : inlineTopic;
  if (!person.trim()) return fail(`give a person's name.\n${usage}`, 2);
  const limit = Number(parsed.flags.get("limit") ?? 10);
  if (!Number.isInteger(limit) || limit < 1)
    return fail("--limit must be a whole number above 0.", 2);
  return withExistingArchive(parsed, async (archive) => {
    const result = await archive.quotesBy(person, { limit, ...(about ? { about } : {}) });
    if (parsed.flags.has("json")) writeJson(result);
    else if (result.ok) writeText(renderQuotes(result.value.person, result.value.quotes));
    else writeText(`${result.error.message}${renderPeople(result.alternatives)}\n`);
    return result.ok || result.error.code !== "invalid-query" ? 0 : 2;
  });
}

function renderQuotes(person: PersonRef, quotes: ArchivedQuote[]): string {
  const role = person.roles[0] ? ` (${person.roles[0]})` : "";
  if (quotes.length === 0)
    return `${person.name}${role} is in the archive but has no quotes there.\n`;
  const lines = quotes.map((q) => {
    const text = balanceQuoteMarks(q.text);
    const words = q.kind === "indirect" ? text : `“${text}”`;
    return `- ${words}\n  ${[q.article.headline, q.article.date].filter(Boolean).join(" · ")}`;
  });
  return `${person.name}${role}:\n${lines.join("\n")}\n`;
}

function renderPeople(people: PersonRef[]): string {
  if (people.length === 0) return "";
  return ` Did you mean: ${people.map((p) => (p.roles[0] ? `${p.name} (${p.roles[0]})` : p.name)).join(", ")}?`;
}
