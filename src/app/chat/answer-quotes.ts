import type { Archive, ArchivedQuote, PersonRef } from "../archive.js";
import type { Reply, Section } from "../reply.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/truncate-text.js";
import { quoteSection } from "./answer-who-said.js";

/** `/quotes <person> [about <topic>]`: what they said, direct and reported, newest first. */
export function answerQuotes(archive: Archive, person: string, about: string | undefined, limit: number): Reply {
  if (person === "") return textReply("Tell me whose quotes you want, e.g. /quotes Lavrov about Iran", { ephemeral: true });
  const result = archive.quotesBy(person, { ...(about ? { about } : {}), limit: limit + 1 });
  if (!result.ok) return notFound(result.error.code, result.error.message, result.alternatives, person, about);
  const { person: who, quotes } = result.value;
  const topic = about ? ` about “${truncateText(about, 60)}”` : "";
  if (quotes.length === 0) return textReply(`No match: I have no quotes from ${who.name}${topic}.`);
  const shown = quotes.slice(0, limit);
  const sections: Section[] = groupByArticle(shown);
  if (quotes.length > limit) {
    const narrow = about ? "the newest are shown" : `narrow it: /quotes ${who.name} about <topic>`;
    sections.push({ blocks: [{ type: "paragraph", text: `More quotes than fit here — ${narrow}.` }] });
  }
  const role = who.roles[0] ? ` (${who.roles[0]})` : "";
  return { text: `What ${who.name}${role} said${topic}: ${shown.length} quote${shown.length === 1 ? "" : "s"}, newest first.`, sections };
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

function notFound(code: string, message: string, alternatives: readonly PersonRef[], person: string, about?: string): Reply {
  if (code === "invalid-query") return textReply(message, { ephemeral: true });
  const names = alternatives.slice(0, 5).map((p) => (p.roles[0] ? `${p.name} (${p.roles[0]})` : p.name));
  if (code === "ambiguous-person") {
    return textReply(`Several people are called “${truncateText(person, 60)}”: ${names.join("; ")}. Ask with the full name.`);
  }
  const topic = about ? ` about “${truncateText(about, 60)}”` : "";
  const hint = names.length > 0 ? ` Did you mean ${names.join(", ")}?` : "";
  return textReply(`No match: I have no quotes from “${truncateText(person, 60)}”${topic}.${hint}`);
}
