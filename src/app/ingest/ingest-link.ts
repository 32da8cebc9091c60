import type { Archive, IngestOutcome } from "../ports/archive.js";
import type { ArticleParser } from "../ports/article-parser.js";
import type { FetchPage } from "../ports/fetch-page.js";
import { retryWhileLocked } from "./retry-while-locked.js";

export type LinkResult =
  | { ok: true; outcome: IngestOutcome; headline: string }
  /** `is-feed`: the address is a feed; add it as a source instead. */
  | { ok: false; error: { code: "fetch-failed" | "no-article" | "is-feed"; message: string } };

const feedTypes = /xml|rss|atom|json/;
/** Longer text would keep the engine busy on the main thread while chat waits. */
export const maxArticleChars = 500_000;

/**
 * Fetches a link through the guarded fetch, extracts the article and stores it (deduplicated by
 * the final URL and by content hash). Every failure is a sentence for the user.
 */
export function createLinkIngester(deps: {
  archive: Archive;
  fetchPage: FetchPage;
  parser: ArticleParser;
}) {
  return async function ingestLink(url: string, sourceId = "link"): Promise<LinkResult> {
    const page = await deps.fetchPage(url, {
      accept: "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
    });
    if (!page.ok)
      return { ok: false, error: { code: "fetch-failed", message: page.error.message } };
    if (page.notModified)
      return { ok: false, error: { code: "fetch-failed", message: "The server sent no page." } };
    if (feedTypes.test(page.contentType)) {
      return {
        ok: false,
        error: { code: "is-feed", message: "That address is a feed, not an article." },
      };
    }
    const extracted =
      page.contentType === "text/plain" || page.contentType === "text/markdown"
        ? {
            ok: true as const,
            article: { title: null, text: page.text, date: null, publisher: null },
          }
        : await deps.parser.article(page.text);
    if (!extracted.ok)
      return { ok: false, error: { code: "no-article", message: extracted.error.message } };
    const { title, text, date, publisher } = extracted.article;
    if (text.length > maxArticleChars)
      return {
        ok: false,
        error: { code: "no-article", message: "The page's text is too long to be one article." },
      };
    const input = {
      text,
      url: page.url,
      ...(title ? { title } : {}),
      ...(date ? { date } : {}),
      ...(publisher ? { publisher } : {}),
    };
    const built = await deps.parser.card(input);
    if (!built.ok)
      return { ok: false, error: { code: "no-article", message: built.error.message } };
    const outcome = await retryWhileLocked(() =>
      deps.archive.ingest(input, { sourceId, url: page.url, card: built.card }),
    );
    return {
      ok: true,
      outcome,
      headline: (await deps.archive.getCard(outcome.articleId))?.card.headline ?? title ?? url,
    };
  };
}
