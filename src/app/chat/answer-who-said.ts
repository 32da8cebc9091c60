import type { Archive, ArticleRef, QuoteMatch } from "../ports/archive.js";
import type { Reply, Section } from "../reply.js";
import { renderAttribution } from "../render/render-attribution.js";
import { quoteBlockKind } from "../render/render-card-section.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/split-text.js";
import { balanceQuoteMarks } from "../../core/card/balance-quote-marks.js";

/** `/who-said <phrase>`: the best match with speaker, role, exact words, article and date; near misses after. */
export async function answerWhoSaid(archive: Archive, phrase: string): Promise<Reply> {
  if (phrase === "")
    return textReply("Tell me the phrase to look for, e.g. /who-said should be frozen", {
      ephemeral: true,
    });
  const result = await archive.whoSaid(phrase, { limit: 4 });
  const shown = truncateText(phrase, 80);
  if (!result.ok) {
    if (result.error.code === "invalid-query")
      return textReply(result.error.message, { ephemeral: true });
    const text = `No match: no one in the archive said “${shown}”.`;
    const close = result.alternatives.slice(0, 3);
    return close.length === 0
      ? textReply(text)
      : { text, sections: [textSection(text), nearMisses(close, "Closest quotes")] };
  }
  const [best, ...rest] = result.value;
  if (!best) return textReply(`No match: no one in the archive said “${shown}”.`);
  const who = renderAttribution(best.speaker);
  const exact = best.score >= 0.999;
  const words = balanceQuoteMarks(truncateText(best.text, 120));
  // Reported speech is the article's paraphrase: it gets no quotation marks.
  const said = best.kind === "indirect" ? `said that ${words}` : `said “${words}”`;
  const text = `${who} ${exact ? said : `said something close to: ${words}`}`;
  const sections = [
    quoteSection(best),
    ...(rest.length > 0 ? [nearMisses(rest.slice(0, 3), "Also close")] : []),
  ];
  return { text, sections };
}

/** One quote as a section: the exact words, who said them, and the article they are from. */
export function quoteSection(quote: QuoteMatch | Omit<QuoteMatch, "score">): Section {
  return {
    title: truncateText(quote.article.headline, 250),
    ...(quote.article.url && /^https?:\/\//i.test(quote.article.url)
      ? { url: quote.article.url }
      : {}),
    blocks: [
      {
        type: "quote",
        kind: quoteBlockKind(quote.kind),
        text: balanceQuoteMarks(truncateText(quote.text, 900)),
        attribution: speakerLine(quote),
      },
    ],
    footer: articleDate(quote.article),
  };
}

function speakerLine(quote: Omit<QuoteMatch, "score">): string {
  const who = renderAttribution(quote.speaker);
  return quote.kind === "indirect" ? `${who} (reported speech)` : who;
}

/** "Russia, U.S. at odds over missile shield · 2007-10-12" — which article, and when. */
export function articleLine(article: ArticleRef): string {
  return `${truncateText(article.headline, 120)} · ${articleDate(article)}`;
}

/** The article's own date, or when the archive received it when the article gave none. */
export function articleDate(article: ArticleRef): string {
  return article.date ?? `added ${article.addedAt.slice(0, 10)}`;
}

function nearMisses(quotes: readonly QuoteMatch[], title: string): Section {
  const items = quotes.map(
    (q) => `${quotedWords(q)} — ${renderAttribution(q.speaker)} (${articleDate(q.article)})`,
  );
  return { title, blocks: [{ type: "list", items }] };
}

/** A quote in a line of text: a speaker's own words in quotation marks, reported speech never. */
export function quotedWords(quote: Pick<QuoteMatch, "kind" | "text">, max = 160): string {
  const words = balanceQuoteMarks(truncateText(quote.text, max));
  return quote.kind === "indirect" ? `(reported) ${words}` : `“${words}”`;
}

function textSection(text: string): Section {
  return { blocks: [{ type: "paragraph", text }] };
}
