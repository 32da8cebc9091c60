import type { ArchivedCard, ArchivedQuote, ArticleRef } from "../app/ports/archive.js";
import type { Quote, QuoteKind, Span } from "../core/card/card-schema.js";
import { unpackCard } from "./card-packing.js";
import { cleanRole } from "./role-text.js";

/** Columns of `articles` every query selects as `a`, for an `ArticleRef`. */
export const articleColumns =
  "a.id AS article_id, a.headline, a.date, a.url, a.source_id, a.added_at";

export interface ArticleRow {
  article_id: number;
  headline: string;
  date: string | null;
  url: string | null;
  source_id: string;
  added_at: string;
}

export interface CardRow extends ArticleRow {
  card: Buffer;
}

/** Columns of `quotes` (as `q`) and its article, for an `ArchivedQuote`. */
export const quoteColumns = `q.id AS quote_id, q.text, q.start_offset, q.end_offset, q.kind, q.person_id,
  coalesce(p.name, q.speaker_name) AS speaker_name, q.speaker_role, q.anonymous, ${articleColumns}`;

/** The joins `quoteColumns` needs, after `FROM quotes q`. */
export const quoteJoins =
  "JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id";

export interface QuoteRow extends ArticleRow {
  quote_id: number;
  text: string;
  start_offset: number;
  end_offset: number;
  kind: string;
  person_id: number | null;
  speaker_name: string | null;
  speaker_role: string | null;
  anonymous: number;
}

export function toArticleRef(row: ArticleRow): ArticleRef {
  return {
    id: row.article_id,
    headline: row.headline,
    date: row.date,
    url: row.url,
    sourceId: row.source_id,
    addedAt: row.added_at,
  };
}

/** A quote row as a card's quote, exactly as the engine gave it. */
export interface CardQuoteRow {
  text: string;
  start_offset: number;
  end_offset: number;
  kind: string;
  speaker_name: string | null;
  speaker_role: string | null;
  anonymous: number;
  cue: string | null;
  evidence: string | null;
}

export const cardQuotesSql =
  "SELECT text, start_offset, end_offset, kind, speaker_name, speaker_role, anonymous, cue, evidence FROM quotes WHERE article_id = ? ORDER BY position";

export function toCardQuote(row: CardQuoteRow): Quote {
  const evidence = row.evidence ? { evidence: JSON.parse(row.evidence) as Span[] } : {};
  return {
    text: row.text,
    start: row.start_offset,
    end: row.end_offset,
    kind: row.kind as QuoteKind,
    speaker: {
      name: row.speaker_name,
      role: row.speaker_role,
      anonymous: row.anonymous === 1,
      ...evidence,
    },
    ...(row.cue ? { cue: row.cue } : {}),
  };
}

export function toArchivedCard(row: CardRow, quotes: CardQuoteRow[]): ArchivedCard {
  return { article: toArticleRef(row), card: unpackCard(row.card, quotes.map(toCardQuote)) };
}

export function toArchivedQuote(row: QuoteRow): ArchivedQuote {
  return {
    quoteId: row.quote_id,
    text: row.text,
    start: row.start_offset,
    end: row.end_offset,
    kind: row.kind as QuoteKind,
    speaker: {
      personId: row.person_id,
      name: row.speaker_name,
      // Shown as a person's role elsewhere: the same trimming ("Lord Chancellor Lord" → "Lord Chancellor").
      role: cleanRole(row.speaker_role),
      anonymous: row.anonymous === 1,
    },
    article: toArticleRef(row),
  };
}
