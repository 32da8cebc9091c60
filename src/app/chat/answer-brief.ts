import type { ArchivedCard } from "../ports/archive.js";
import { linkSourceId } from "../briefings/briefing-scope.js";
import type { ChannelRef } from "../chat-request.js";
import type { Reply, Section } from "../reply.js";
import { renderCardSection } from "../render/render-card-section.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/split-text.js";
import type { ChatServiceDeps } from "./chat-service-deps.js";

/** `/brief [words | link | article id]`: the newest card, or the best match; a link is ingested first. */
export async function answerBrief(
  deps: ChatServiceDeps,
  query: string,
  channel: ChannelRef,
): Promise<Reply> {
  if (/^https?:\/\//i.test(query)) return briefLink(deps, query, channel);
  if (query === "")
    return cardReply(
      await deps.archive.latestCards({ limit: 1 }),
      "The archive is empty: add articles to the briefs folder or a feed.",
    );
  const byId = /^\d+$/.test(query) ? await deps.archive.getCard(Number(query)) : null;
  if (byId) return cardReply([byId], "");
  return cardReply(
    await deps.archive.findArticles(query, { limit: 4 }),
    `No match: no article in the archive matches “${truncateText(query, 80)}”.`,
  );
}

// The article is filed under the asking channel's own link source: it answers there and enters
// that channel's briefings, never another channel's (a link one person asks about is not a
// source everyone follows).
async function briefLink(deps: ChatServiceDeps, url: string, channel: ChannelRef): Promise<Reply> {
  if (!deps.ingestLink)
    return textReply(
      "Reading links is not available here; put the article in the briefs folder instead.",
      { ephemeral: true },
    );
  const result = await deps.ingestLink(url, linkSourceId(channel));
  if (!result.ok)
    return textReply(`I could not read that link: ${result.error.message}`, { ephemeral: true });
  const card = await deps.archive.getCard(result.articleId);
  return cardReply(card ? [card] : [], "I read the link but found no article in it.");
}

function cardReply(cards: readonly ArchivedCard[], emptyText: string): Reply {
  const [first, ...others] = cards;
  if (!first) return textReply(emptyText);
  const sections: Section[] = [renderCardSection(first.card, { maxQuotes: 5, maxNextSteps: 5 })];
  if (others.length > 0) {
    const items = others.map(
      (c) => `${truncateText(c.card.headline, 150)} — /brief ${c.article.id}`,
    );
    sections.push({ title: "Also matching", blocks: [{ type: "list", items }] });
  }
  return { text: first.card.headline, sections };
}

/** "what's new?": the newest few cards, compact. */
export async function answerWhatsNew(deps: ChatServiceDeps): Promise<Reply> {
  const cards = await deps.archive.latestCards({ limit: 3 });
  if (cards.length === 0) return textReply("Nothing yet: the archive is empty.");
  return {
    text: `The ${cards.length} newest article${cards.length === 1 ? "" : "s"}: ${cards.map((c) => c.card.headline).join("; ")}`,
    sections: cards.map((c) => renderCardSection(c.card, { maxQuotes: 2, maxNextSteps: 2 })),
  };
}
