import { readerQuotes } from "./reader-quotes.js";
import type { BriefingCard } from "./card-schema.js";
import { stripTerminalControls } from "../text/strip-terminal-controls.js";
import { metaLine, personLine, quoteLine, sidesLine, stepLabel } from "./describe-card.js";
import { balanceQuoteMarks } from "./balance-quote-marks.js";

// Markdown control characters inside article text would turn words into formatting.
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]#<>|])/g, "\\$1");

/** Renders a card as Markdown: a heading per section, bullet lists, article text escaped. */
export function renderCardMarkdown(card: BriefingCard): string {
  const e = escapeMarkdown;
  const out: string[] = [
    `## ${e(card.headline)}`,
    "",
    `_${e(metaLine(card))}_`,
    "",
    card.summary.map(e).join(" "),
    "",
  ];
  const d = card.disagreement;
  if (d) {
    out.push(`### Key disagreement: ${e(sidesLine(d))} over ${e(d.topic)}`, "");
    out.push(...d.sides.map((s) => `- **${e(s.party)}**: ${e(balanceQuoteMarks(s.position))}`));
    out.push(...(d.also ?? []).map((o) => `- _Also_: ${e(sidesLine(o))} over ${e(o.topic)}`), "");
  }
  const quotes = readerQuotes(card.quotes);
  out.push(`### Quotes (${quotes.length})`, "");
  out.push(...quotes.map((q) => `- ${e(quoteLine(q))}`), "");
  out.push(`### Next steps (${card.nextSteps.length})`, "");
  out.push(...card.nextSteps.map((s) => `- **${e(stepLabel(s))}**: ${e(s.text)}`), "");
  out.push(
    `### People (${card.people.length})`,
    "",
    ...card.people.map((p) => `- ${e(personLine(p))}`),
  );
  // Article text reaches a terminal or a file: escape sequences in it must stay inert.
  return `${stripTerminalControls(out.join("\n"))}\n`;
}
