import type { BriefingCard, Disagreement, NextStep, Person, Quote } from "./card-schema.js";
import { balanceQuoteMarks } from "./balance-quote-marks.js";

/** Shared wording for the text and Markdown renderers, so both say the same thing. */

export function speakerLabel(quote: Quote): string {
  const { name, role, anonymous } = quote.speaker;
  if (!name) return role ? `unnamed ${role}` : "unattributed";
  if (anonymous || !role) return name;
  return `${name}, ${role}`;
}

/** A quote as a line: quotation marks only around words the speaker actually used. */
export function quoteLine(quote: Quote): string {
  const words = balanceQuoteMarks(quote.text);
  if (quote.kind === "indirect") return `${speakerLabel(quote)} (reported): ${words}`;
  return `“${words}” — ${speakerLabel(quote)}${quote.kind === "partial" ? " (partial)" : ""}`;
}

export function sidesLine(dispute: Pick<Disagreement, "sides">): string {
  return dispute.sides.map((side) => side.party).join(" vs ");
}

export function stepLabel(step: NextStep): string {
  const when =
    step.whenText && step.when ? `${step.whenText}, ${step.when}` : (step.when ?? step.whenText);
  const parts = [when ?? "no date", step.actor ?? "actor unclear"];
  if (step.conditional) parts.push("conditional");
  return parts.join(" · ");
}

export function personLine(person: Person): string {
  const quotes = person.quoteCount === 1 ? "1 quote" : `${person.quoteCount} quotes`;
  return `${person.name}${person.role ? ` — ${person.role}` : ""} (${quotes})`;
}

export function metaLine(card: BriefingCard): string {
  return [card.date, card.source?.publisher, card.source?.url, `id ${card.id}`]
    .filter(Boolean)
    .join(" · ");
}
