import type Database from "better-sqlite3";
import type { ArchivedCard } from "../app/ports/archive.js";
import {
  articleColumns,
  cardQuotesSql,
  toArchivedCard,
  type CardQuoteRow,
  type CardRow,
} from "./archive-rows.js";
import { ftsTerm, searchWords } from "./search-text.js";
import { stopwords } from "./stopwords.js";

const cardColumns = `${articleColumns}, a.card`;
// Sources filter as one JSON array parameter, so any number of ids binds as one value.
const inSources = "(? IS NULL OR a.source_id IN (SELECT value FROM json_each(?)))";

/** Card lookups: by id, newest, by words, and new since a time (for briefings). */
export function createCardQueries(db: Database.Database) {
  const byId = db.prepare<[number], CardRow>(
    `SELECT ${cardColumns} FROM articles a WHERE a.id = ?`,
  );
  const latest = db.prepare<[string | null, string | null, number], CardRow>(
    `SELECT ${cardColumns} FROM articles a WHERE ${inSources} ORDER BY a.date DESC, a.added_at DESC, a.id DESC LIMIT ?`,
  );
  const matching = db.prepare<[string, number], CardRow>(
    `SELECT ${cardColumns} FROM articles_fts f JOIN articles a ON a.id = f.rowid
     WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?`,
  );
  const since = db.prepare<[string, string | null, string | null], CardRow>(
    `SELECT ${cardColumns} FROM articles a WHERE a.added_at > ? AND ${inSources} ORDER BY a.added_at, a.id`,
  );
  const sourcesParam = (sources?: readonly string[]) => (sources ? JSON.stringify(sources) : null);
  const cardQuotes = db.prepare<[number], CardQuoteRow>(cardQuotesSql);
  const toCard = (row: CardRow) => toArchivedCard(row, cardQuotes.all(row.article_id));

  return {
    getCard(articleId: number): ArchivedCard | null {
      const row = byId.get(articleId);
      return row ? toCard(row) : null;
    },
    latestCards(options: { limit?: number; sources?: readonly string[] } = {}): ArchivedCard[] {
      const json = sourcesParam(options.sources);
      return latest.all(json, json, options.limit ?? 1).map(toCard);
    },
    findArticles(words: string, options: { limit?: number } = {}): ArchivedCard[] {
      const all = searchWords(words);
      const content = all.filter((w) => !stopwords.has(w));
      const terms = (content.length > 0 ? content : all).map(ftsTerm);
      if (terms.length === 0) return [];
      const limit = options.limit ?? 5;
      // Narrowest first: most "/brief <words>" name a headline, and small result sets rank fast.
      const tries = [
        `{headline}: (${terms.join(" AND ")})`,
        terms.join(" AND "),
        terms.map((t) => `${t}*`).join(" AND "),
        terms.join(" OR "),
      ];
      for (const query of tries) {
        const found = matching.all(query, limit);
        if (found.length > 0) return found.map(toCard);
      }
      return [];
    },
    newSince(time: string, sources?: readonly string[]): ArchivedCard[] {
      const json = sourcesParam(sources);
      return since.all(time, json, json).map(toCard);
    },
  };
}
