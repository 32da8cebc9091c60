import type Database from "better-sqlite3";
import type { BriefingCard } from "../../core/card/card-schema.js";
import { packCard, packText } from "../card-packing.js";
import type { Migration } from "../migration.js";
import { searchWords } from "../search-text.js";
import { inflateRawSync } from "node:zlib";

interface OldRow {
  id: number;
  headline: string;
  text: string;
  /** Deflated JSON; early builds of version 1 stored plain JSON text. */
  card: Buffer | string;
}

function readOldCard(card: Buffer | string): BriefingCard {
  return JSON.parse(
    typeof card === "string" ? card : inflateRawSync(card).toString("utf8"),
  ) as BriefingCard;
}

/**
 * Keeps the file under three times the text it holds: article text is stored deflated, the
 * article index becomes contentless (it no longer reads `articles.text`), and cards are stored
 * without their quotes, which gain `cue` and `evidence` columns so a card can be rebuilt.
 */
export const compactArticles: Migration = {
  version: 2,
  name: "compact-articles",
  up(db) {
    db.exec(`
DROP TRIGGER articles_ai;
DROP TRIGGER articles_ad;
DROP TRIGGER articles_au;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  headline, text, content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', detail = 'column'
);
ALTER TABLE articles ADD COLUMN text_z BLOB;
-- Early builds of version 1 had a vocabulary view instead of this table.
DROP TABLE IF EXISTS quotes_vocab;
CREATE TABLE IF NOT EXISTS quote_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
ALTER TABLE quotes ADD COLUMN cue TEXT;
ALTER TABLE quotes ADD COLUMN evidence TEXT;
`);
    convertRows(db);
    db.exec("ALTER TABLE articles DROP COLUMN text");
  },
};

function convertRows(db: Database.Database): void {
  const batch = db.prepare<[number], OldRow>(
    "SELECT id, headline, text, card FROM articles WHERE id > ? ORDER BY id LIMIT 500",
  );
  const index = db.prepare("INSERT INTO articles_fts (rowid, headline, text) VALUES (?, ?, ?)");
  const update = db.prepare("UPDATE articles SET text_z = ?, card = ? WHERE id = ?");
  const quote = db.prepare(
    "UPDATE quotes SET cue = ?, evidence = ? WHERE article_id = ? AND position = ?",
  );
  const word = db.prepare("INSERT OR IGNORE INTO quote_words (word) VALUES (?)");
  for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)?.id ?? 0)) {
    for (const row of rows) {
      const card = readOldCard(row.card);
      card.quotes.forEach((q, position) => {
        for (const w of searchWords(q.text)) if (w.length >= 3) word.run(w);
        quote.run(
          q.cue ?? null,
          q.speaker.evidence ? JSON.stringify(q.speaker.evidence) : null,
          row.id,
          position,
        );
      });
      index.run(row.id, row.headline, row.text);
      update.run(packText(row.text), packCard(card), row.id);
    }
  }
}
