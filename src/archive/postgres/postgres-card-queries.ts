import { toArchivedCard, type CardQuoteRow, type CardRow } from "../archive-rows.js";
import { searchWords, tsTerm } from "../search-text.js";
import { stopwords } from "../stopwords.js";
import type { ArchivedCard } from "./archive-port.js";
import type { Queryable } from "./open-postgres.js";
import { pgArticleColumns, pgCardQuotesSql } from "./postgres-rows.js";

const cardColumns = `${pgArticleColumns}, a.card`;
const newestFirst = "a.date DESC NULLS LAST, a.added_at DESC, a.id DESC";
// Headline words weigh most: ts_rank's weights are {D, C, B, A}; as SQLite's bm25(5, 1).
const rank = "ts_rank('{0, 0, 0.2, 1}', a.search, query)";

/** Card lookups: by id, newest, by words, and new since a time (for briefings). */
export function createPostgresCardQueries(db: Queryable) {
  async function toCards(rows: CardRow[]): Promise<ArchivedCard[]> {
    if (rows.length === 0) return [];
    const { rows: quotes } = await db.query<CardQuoteRow & { article_id: number }>(
      pgCardQuotesSql,
      [rows.map((r) => r.article_id)],
    );
    const byArticle = new Map<number, CardQuoteRow[]>();
    for (const q of quotes)
      byArticle.set(q.article_id, [...(byArticle.get(q.article_id) ?? []), q]);
    return rows.map((row) => toArchivedCard(row, byArticle.get(row.article_id) ?? []));
  }

  async function cards(sql: string, params: unknown[]): Promise<ArchivedCard[]> {
    return toCards((await db.query<CardRow>(sql, params)).rows);
  }

  return {
    async getCard(articleId: number): Promise<ArchivedCard | null> {
      const [card] = await cards(`SELECT ${cardColumns} FROM articles a WHERE a.id = $1`, [
        articleId,
      ]);
      return card ?? null;
    },
    latestCards(
      options: { limit?: number; sources?: readonly string[] } = {},
    ): Promise<ArchivedCard[]> {
      return cards(
        `SELECT ${cardColumns} FROM articles a WHERE ($1::text[] IS NULL OR a.source_id = ANY($1))
         ORDER BY ${newestFirst} LIMIT $2`,
        [options.sources ?? null, options.limit ?? 1],
      );
    },
    async findArticles(words: string, options: { limit?: number } = {}): Promise<ArchivedCard[]> {
      const all = searchWords(words);
      const content = all.filter((w) => !stopwords.has(w));
      const terms = (content.length > 0 ? content : all).map(tsTerm);
      if (terms.length === 0) return [];
      const limit = options.limit ?? 5;
      // Narrowest first, as on SQLite: the headline, every word, every word as a prefix, any word.
      const tries = [
        terms.map((t) => `${t}:A`).join(" & "),
        terms.join(" & "),
        terms.map((t) => `${t}:*`).join(" & "),
        terms.join(" | "),
      ];
      for (const query of tries) {
        const found = await cards(
          `SELECT ${cardColumns} FROM articles a, to_tsquery('simple', $1) query
           WHERE a.search @@ query ORDER BY ${rank} DESC, a.id DESC LIMIT $2`,
          [query, limit],
        );
        if (found.length > 0) return found;
      }
      return [];
    },
    newSince(time: string, sources?: readonly string[]): Promise<ArchivedCard[]> {
      return cards(
        `SELECT ${cardColumns} FROM articles a
         WHERE a.added_at > $1 AND ($2::text[] IS NULL OR a.source_id = ANY($2))
         ORDER BY a.added_at, a.id`,
        [time, sources ?? null],
      );
    },
  };
}
