// Row shapes as the shared mappers (archive-rows.ts) read them: times as ISO text, flags as 0/1.

/** A timestamptz as `toISOString` writes it. */
export const isoSql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Columns of `articles` (as `a`) for an `ArticleRef`. */
export const pgArticleColumns = `a.id AS article_id, a.headline, a.date, a.url, a.source_id, ${isoSql("a.added_at")} AS added_at`;

/** Columns of `quotes` (as `q`) and its article, for an `ArchivedQuote`. */
export const pgQuoteColumns = `q.id AS quote_id, q.text, q.start_offset, q.end_offset, q.kind, q.person_id,
  coalesce(p.name, q.speaker_name) AS speaker_name, q.speaker_role, q.anonymous::int AS anonymous, ${pgArticleColumns}`;

export const pgQuoteJoins =
  "JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id";

/** A card's quotes, for many articles at once. */
export const pgCardQuotesSql =
  "SELECT article_id, text, start_offset, end_offset, kind, speaker_name, speaker_role, anonymous::int AS anonymous, cue, evidence FROM quotes WHERE article_id = ANY($1::int[]) ORDER BY article_id, position";
