import type { ArchivedCard } from "../ports/archive.js";
import type { Reply, Section } from "../reply.js";
import { renderCardSection } from "../render/render-card-section.js";
import { sharpness } from "../render/sharpness.js";

export interface ComposedBriefing {
  /** Null when the day is empty and the channel wants silence. */
  reply: Reply | null;
  /** The newest `addedAt` covered: the channel's next cut-off (null when nothing was new). */
  until: string | null;
  /** How many new articles it covers, and the source of each (for "from 2 sources"). */
  count: number;
  sourceIds: string[];
}

/**
 * A briefing from the cards new since the channel's last one: the sharpest disagreement first,
 * each card compact, at most `maxCards` with a pointer to the rest.
 */
export function composeBriefing(
  cards: readonly ArchivedCard[],
  options: { maxCards: number; quietWhenEmpty: boolean; notices?: readonly string[] },
): ComposedBriefing {
  const notices = noticeSection(options.notices ?? []);
  if (cards.length === 0) {
    const text = "Nothing new since the last briefing.";
    // A quiet channel still hears that a source is failing: silence would hide it.
    return {
      reply:
        options.quietWhenEmpty && !notices
          ? null
          : {
              text,
              sections: [{ blocks: [{ type: "paragraph", text }] }, ...(notices ? [notices] : [])],
            },
      until: null,
      count: 0,
      sourceIds: [],
    };
  }
  const ranked = [...cards].sort(
    (a, b) =>
      sharpness(b.card) - sharpness(a.card) || b.article.addedAt.localeCompare(a.article.addedAt),
  );
  const shown = ranked.slice(0, options.maxCards);
  const sections = shown.map(({ card }) =>
    renderCardSection(card, { maxQuotes: 2, maxNextSteps: 2 }),
  );
  const rest = ranked.length - shown.length;
  if (rest > 0) {
    const more = `${rest} more new article${rest === 1 ? "" : "s"}: ask /brief <words> for any of them.`;
    sections.push({
      blocks: [
        {
          type: "list",
          items: ranked.slice(shown.length, shown.length + 10).map((c) => c.card.headline),
        },
      ],
      footer: more,
    });
  }
  if (notices) sections.push(notices);
  const count = `${cards.length} new article${cards.length === 1 ? "" : "s"}`;
  const lead = ranked[0]?.card.headline ?? "";
  return {
    reply: { text: `Briefing: ${count}. First: ${lead}`, sections },
    until: cards.reduce((max, c) => (c.article.addedAt > max ? c.article.addedAt : max), ""),
    count: cards.length,
    sourceIds: [...new Set(cards.map((c) => c.article.sourceId))],
  };
}

function noticeSection(notices: readonly string[]): Section | null {
  if (notices.length === 0) return null;
  return { title: "Sources not read", blocks: [{ type: "list", items: [...notices] }] };
}
