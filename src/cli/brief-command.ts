import type { BriefingCard } from "../core/card/card-schema.js";
import { renderCardMarkdown } from "../core/card/render-card-markdown.js";
import { renderCardText } from "../core/card/render-card-text.js";
import { buildCard } from "../core/build-card.js";
import { terminalWidth } from "../adapters/terminal/terminal-width.js";
import { briefUsage, parseBriefArgs, type BriefFormat } from "./parse-brief-args.js";
import { readArticleFile } from "../sources/read-article-file.js";

/**
 * `briefbot brief <file | -> [--date YYYY-MM-DD] [--format text|markdown|json]` prints one card;
 * `briefbot brief --jsonl <file>` turns a JSON Lines batch into one `{id, card}` line each.
 * Exit codes: 0 done, 1 unusable input, 2 wrong arguments.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseBriefArgs(args);
  if (!parsed.ok) {
    process.stderr.write(`briefbot brief: ${parsed.error.message}\n${briefUsage}\n`);
    return 2;
  }
  const { path, jsonl, date, format } = parsed.value;
  // The batch path and the schema check need zod; a plain text card does not load it.
  if (jsonl) {
    const { runJsonlBatch } = await import("./run-jsonl-batch.js");
    return reportProblem(await runJsonlBatch(path, process.stdout));
  }
  const file = await readArticleFile(path);
  if (!file.ok) return reportProblem(file.error.message);
  let card: BriefingCard;
  try {
    card = buildCard({ text: file.text, ...(date ? { date } : {}) });
  } catch (error) {
    return reportProblem(
      `no card could be built for ${path} (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return printCard(card, format);
}

async function printCard(card: BriefingCard, format: BriefFormat): Promise<number> {
  if (format === "json") {
    const { briefingCardSchema } = await import("../core/card/card-schema.js");
    const checked = briefingCardSchema.safeParse(card);
    if (!checked.success)
      return reportProblem("the card did not pass its schema check; please report this article.");
    process.stdout.write(`${JSON.stringify(checked.data, null, 2)}\n`);
  } else {
    const width = terminalWidth(process.stdout);
    process.stdout.write(
      format === "markdown" ? renderCardMarkdown(card) : renderCardText(card, width),
    );
  }
  return 0;
}

function reportProblem(message: string | null): number {
  if (message === null) return 0;
  process.stderr.write(`briefbot brief: ${message}\n`);
  return 1;
}
