import type { Archive, ArchivedQuote, PersonRef } from "../ports/archive.js";
import type { Reply, Section } from "../reply.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/split-text.js";
import { quoteSection } from "./answer-who-said.js";
import { namesakesSection, personLabel } from "./namesakes-section.js";

// The archive is asked for one page past the current one, so "is there more?" needs no count.
const MAX_PAGE = 20;

export interface QuotesQuery {
  person: string;
  about?: string | undefined;
  page?: number | undefined;
}

/** `/quotes <person> [about <topic>] [page N]`: what they said, direct and reported, newest first. */
export async function answerQuotes(
  archive: Archive,
  query: QuotesQuery,
  perPage: number,
): Promise<Reply> {
  const { person, about } = query;
  if (person === "")
    return textReply("Tell me whose quotes you want, e.g. /quotes Lavrov about Iran", {
      ephemeral: true,
    });
  const page = Math.min(query.page ?? 1, MAX_PAGE);
  const result = await archive.quotesBy(person, {
    ...(about ? { about } : {}),
    limit: page * perPage + 1,
  });
  if (!result.ok) {
    // A topic miss: say so of the person the name means, if it means one.
    const anyTopic = about ? await archive.quotesBy(person, { limit: 1 }) : null;
    if (about && anyTopic?.ok) return notQuotedAbout(anyTopic.value.person, about);
    return notFound(result.error.code, result.error.message, result.alternatives, person, about);
  }
  const { person: who, quotes, namesakes } = result.value;
  const topic = about ? ` about “${truncateText(about, 60)}”` : "";
  const shown = quotes.slice((page - 1) * perPage, page * perPage);
  if (shown.length === 0) {
    return textReply(
      page > 1
        ? `No more quotes from ${who.name}${topic}: there are ${quotes.length}.`
        : `No match: I have no quotes from ${who.name}${topic}.`,
    );
  }
  const sections = groupByArticle(shown);
  if (quotes.length > page * perPage) sections.push(morePointer(who.name, about, page));
  if (page === 1)
    sections.push(...namesakesSection(person, namesakes, (name) => quotesCommand(name, about)));
  const role = who.roles[0] ? ` (${who.roles[0]})` : "";
  const pageNote = page > 1 ? `, page ${page}` : "";
  return {
    text: `What ${who.name}${role} said${topic}: ${shown.length} quote${shown.length === 1 ? "" : "s"}, newest first${pageNote}.`,
    sections,
  };
}

function quotesCommand(name: string, about: string | undefined): string {
  return `/quotes ${name}${about ? ` about ${truncateText(about, 60)}` : ""}`;
}

function morePointer(name: string, about: string | undefined, page: number): Section {
  const next = `${quotesCommand(name, about)} page ${page + 1}`;
  const narrow = about ? "" : ` — or narrow it: /quotes ${name} about <topic>`;
  const text =
    page < MAX_PAGE
      ? `More quotes: ${truncateText(next, 200)}${narrow}`
      : `More quotes than I page through — narrow it: /quotes ${name} about <topic>`;
  return { blocks: [{ type: "paragraph", text }] };
}

// One section per article keeps a platform's message count low (Discord: 10 embeds).
function groupByArticle(quotes: readonly ArchivedQuote[]): Section[] {
  const sections = new Map<number, Section>();
  for (const quote of quotes) {
    const section = sections.get(quote.article.id);
    const single = quoteSection(quote);
    if (section) section.blocks.push(...single.blocks);
    else sections.set(quote.article.id, single);
  }
  return [...sections.values()];
}

function notQuotedAbout(who: PersonRef, about: string): Reply {
  return textReply(
    `No match: ${personLabel(who)} is not quoted about “${truncateText(about, 60)}” in the archive. /quotes ${who.name} lists everything they said.`,
  );
}

function notFound(
  code: string,
  message: string,
  alternatives: readonly PersonRef[],
  person: string,
  about?: string,
): Reply {
  if (code === "invalid-query") return textReply(message, { ephemeral: true });
  const names = alternatives.slice(0, 5).map(personLabel);
  const asked = truncateText(person, 60);
  if (code === "ambiguous-person")
    return textReply(
      `Several people are called “${asked}”: ${names.join("; ")}. Ask with the full name.`,
    );
  const topic = about ? ` about “${truncateText(about, 60)}”` : "";
  const hint = names.length > 0 ? ` Did you mean ${names.join(", ")}?` : "";
  return textReply(`No match: I have no quotes from “${asked}”${topic}.${hint}`);
}
