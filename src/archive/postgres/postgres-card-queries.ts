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
// Articles ranked per search: the most recently stored that match (see findArticles).
const rankedLimit = 100;

/**
 * The best-ranked of the `rankedLimit` most recently stored articles matching `$1` in column
 * `column`, ranked by `$2` (the query with the headline's weight when `$1` is the headline's
 * words). Ranking every match of a common word would read every one's TOASTed tsvector; the
 * match itself needs no recheck (no weights in `$1`), so only the ranked few are read.
 */
const rankedSql = (column: "search" | "headline_search") =>
  `SELECT ${cardColumns} FROM (
     SELECT id FROM articles WHERE ${column} @@ to_tsquery('simple', $1) ORDER BY id DESC LIMIT ${rankedLimit}
   ) m JOIN articles a ON a.id = m.id, to_tsquery('simple', $2) query
   ORDER BY ${rank} DESC, a.id DESC LIMIT $3`;

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
      const every = terms.join(" & ");
      const tries: [string, "search" | "headline_search", string][] = [
        [every, "headline_search", terms.map((t) => `${t}:A`).join(" & ")],
        [every, "search", every],
        ...[terms.map((t) => `${t}:*`).join(" & "), terms.join(" | ")].map(
          (q) => [q, "search", q] as [string, "search", string],
        ),
      ];
      for (const [query, column, ranked] of tries) {
        const found = await cards(rankedSql(column), [query, ranked, limit]);
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
