import type { BriefingCard } from "./card-schema.js";
import { stripTerminalControls } from "../text/strip-terminal-controls.js";
import { metaLine, personLine, quoteLine, sidesLine, stepLabel } from "./describe-card.js";
import { wrapText } from "./wrap-text.js";
import { balanceQuoteMarks } from "./balance-quote-marks.js";
import { readerQuotes } from "./reader-quotes.js";

/** Columns when the caller does not know the window's width (a pipe, a file). */
export const defaultTextWidth = 96;

/**
 * Renders a card as plain text for a terminal: headline, summary, disagreement, quotes, next
 * steps, people, wrapped to `width` columns.
 */
export function renderCardText(card: BriefingCard, width = defaultTextWidth): string {
  const out: string[] = [card.headline.toUpperCase(), metaLine(card), ""];
  out.push("SUMMARY", ...card.summary.map((s) => wrapText(s, width, "  ")), "");
  out.push(...disagreementLines(card, width), "");
  const quotes = readerQuotes(card.quotes);
  out.push(`QUOTES (${quotes.length})`);
  for (const q of quotes) {
    out.push(wrapText(quoteLine(q), width, "    ", "  • "));
  }
  if (!quotes.length) out.push("  none found");
  out.push("", `NEXT STEPS (${card.nextSteps.length})`);
  for (const step of card.nextSteps)
    out.push(wrapText(`[${stepLabel(step)}] ${step.text}`, width, "    ", "  • "));
  if (!card.nextSteps.length) out.push("  none found");
  out.push(
    "",
    `PEOPLE (${card.people.length})`,
    ...card.people.map((p) => wrapText(personLine(p), width, "    ", "  • ")),
  );
  // Article text reaches a terminal or a file: escape sequences in it must stay inert.
  return `${stripTerminalControls(out.join("\n"))}\n`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 150 ? `${flat.slice(0, 147).replace(/\s+\S*$/, "")} …` : flat;
}

function disagreementLines(card: BriefingCard, width: number): string[] {
  const d = card.disagreement;
  if (!d) return ["KEY DISAGREEMENT", "  none found"];
  const lines = [wrapText(`KEY DISAGREEMENT: ${sidesLine(d)} over ${d.topic}`, width, "  ", "")];
  for (const side of d.sides) {
    lines.push(
      wrapText(`${side.party}: ${balanceQuoteMarks(side.position)}`, width, "    ", "  • "),
    );
    for (const e of side.evidence.slice(0, 2))
      if (e.text) lines.push(wrapText(excerpt(e.text), width, "        ", "      ▸ "));
    if (side.evidence.length > 2) lines.push(`      ▸ … ${side.evidence.length - 2} more`);
  }
  for (const other of d.also ?? [])
    lines.push(wrapText(`Also: ${sidesLine(other)} over ${other.topic}`, width, "    ", "  "));
  return lines;
}
