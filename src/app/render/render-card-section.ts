import type { BriefingCard, NextStep, Quote } from "../../core/card/card-schema.js";
import type { Block, Section } from "../reply.js";
import { topSteps, type ShownWords } from "./compact-steps.js";
import { renderAttribution } from "./render-attribution.js";
import { truncateText } from "./split-text.js";
import { balanceQuoteMarks } from "../../core/card/balance-quote-marks.js";
import { readerQuotes } from "../../core/card/reader-quotes.js";

export interface CardSectionOptions {
  /** Quotes shown; the rest are counted in the footer with a pointer to `/quotes`. */
  maxQuotes?: number;
  maxNextSteps?: number;
}

// Long enough for a real quote, short enough for Slack fields (2000) and Discord fields (1024).
const QUOTE_MAX = 900;
const LINE_MAX = 300;
const MAX_SIDES = 4;

/**
 * A compact card: headline, the disagreement first when there is one, the top quotes with
 * speaker and role, then next steps — dated ones first, none that repeats words shown above.
 */
export function renderCardSection(card: BriefingCard, options: CardSectionOptions = {}): Section {
  const quotes = topQuotes(card.quotes, options.maxQuotes ?? 3);
  const steps = topSteps(card.nextSteps, shownWords(card, quotes), options.maxNextSteps ?? 3);
  const blocks: Block[] = [
    ...disagreementBlocks(card),
    ...quotes.map((quote) => quoteBlock(quote)),
    ...(steps.length > 0 ? [{ type: "list" as const, items: steps.map(renderNextStep) }] : []),
  ];
  if (blocks.length === 0)
    blocks.push({ type: "paragraph", text: truncateText(card.summary.join(" "), LINE_MAX * 2) });
  const url = card.source?.url;
  return {
    title: truncateText(card.headline, 250),
    ...(url && /^https?:\/\//i.test(url) ? { url } : {}),
    blocks,
    footer: cardFooter(card, quotes.length),
  };
}

/**
 * What the card shows above its steps: the quotes, and the positions of the sides — a position
 * in quotation marks is a side's own words, any other is the card's summary of them.
 */
function shownWords(card: BriefingCard, quotes: readonly Quote[]): ShownWords[] {
  const positions = (card.disagreement?.sides ?? [])
    .slice(0, MAX_SIDES)
    .map((side) => ({ text: side.position, summary: !/^\s*[“"‘]/.test(side.position) }));
  return [...quotes, ...positions];
}

function disagreementBlocks(card: BriefingCard): Block[] {
  const d = card.disagreement;
  if (!d) return [];
  const parties = d.sides.map((side) => side.party).join(" vs ");
  return [
    { type: "paragraph", text: truncateText(`At odds: ${parties} — ${d.topic}`, LINE_MAX) },
    {
      type: "fields",
      fields: d.sides.slice(0, MAX_SIDES).map((side) => ({
        name: truncateText(side.party, 100),
        value: balanceQuoteMarks(truncateText(side.position, LINE_MAX)),
      })),
    },
  ];
}

// Direct words first: they are the article's own, which is what a reader trusts most.
function topQuotes(quotes: readonly Quote[], max: number): Quote[] {
  const rank = { direct: 0, partial: 1, indirect: 2 } as const;
  return readerQuotes(quotes)
    .filter((quote) => quote.speaker.name)
    .sort((a, b) => rank[a.kind] - rank[b.kind] || a.start - b.start)
    .slice(0, max);
}

function quoteBlock(quote: Quote): Block {
  return {
    type: "quote",
    kind: quoteBlockKind(quote.kind),
    text: balanceQuoteMarks(truncateText(quote.text, QUOTE_MAX)),
    attribution:
      quote.kind === "indirect"
        ? `${renderAttribution(quote.speaker)} (reported speech)`
        : renderAttribution(quote.speaker),
  };
}

/** Direct and partial quotes are the speaker's own words; indirect ones are the article's report. */
export function quoteBlockKind(kind: Quote["kind"]): "direct" | "reported" {
  return kind === "indirect" ? "reported" : "direct";
}

/** "Putin will travel next week to Tehran — Vladimir Putin — next week (2007-10-19)". */
export function renderNextStep(step: NextStep): string {
  const parts = [truncateText(step.text, LINE_MAX), step.actor, whenLabel(step)];
  return parts.filter((part): part is string => Boolean(part)).join(" — ");
}

function whenLabel(step: NextStep): string | null {
  if (step.whenText && step.when) return `${step.whenText} (${step.when})`;
  return step.whenText ?? (step.when ? `by ${step.when}` : null);
}

function cardFooter(card: BriefingCard, shown: number): string {
  const parts = [card.source?.publisher, card.date].filter((part): part is string => Boolean(part));
  const more = card.quotes.length - shown;
  if (more > 0) {
    const speakers = [...card.people]
      .filter((p) => p.quoteCount > 0)
      .sort((a, b) => b.quoteCount - a.quoteCount)
      .slice(0, 2);
    const pointer = speakers.map((p) => `/quotes ${p.name}`).join(", ");
    parts.push(`${more} more quote${more === 1 ? "" : "s"}${pointer ? `: ${pointer}` : ""}`);
  }
  return parts.join(" · ") || "briefbot";
}
