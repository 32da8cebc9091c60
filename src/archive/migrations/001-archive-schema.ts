import type { Migration } from "../migration.js";

/** Articles, cards, quotes, people and sources, with full-text indexes for the chat queries. */
export const archiveSchema: Migration = {
  version: 1,
  name: "archive-schema",
  up: `
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('feed', 'briefs')),
  location TEXT NOT NULL,
  added_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new',
  failure_reason TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  last_polled_at TEXT,
  next_poll_at TEXT,
  etag TEXT,
  last_modified TEXT,
  cap_day TEXT,
  cap_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL,
  url TEXT,
  url_key TEXT,
  path_key TEXT,
  headline TEXT NOT NULL,
  date TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  -- The card as JSON, deflated: cards repeat the article's words and compress well.
  card BLOB NOT NULL,
  added_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url_key ON articles (url_key) WHERE url_key IS NOT NULL;
CREATE UNIQUE INDEX articles_path_key ON articles (path_key) WHERE path_key IS NOT NULL;
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX articles_added ON articles (added_at, id);
CREATE INDEX articles_latest ON articles (date, added_at, id);

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  surname_key TEXT NOT NULL,
  partial INTEGER NOT NULL
);
CREATE INDEX people_surname ON people (surname_key);

CREATE TABLE person_aliases (
  alias_key TEXT NOT NULL,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  PRIMARY KEY (alias_key, person_id)
) WITHOUT ROWID;
CREATE INDEX person_aliases_person ON person_aliases (person_id);

CREATE TABLE person_roles (
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (person_id, role)
) WITHOUT ROWID;

CREATE TABLE article_people (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, person_id)
) WITHOUT ROWID;
CREATE INDEX article_people_person ON article_people (person_id, article_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  kind TEXT NOT NULL,
  person_id INTEGER REFERENCES people (id),
  speaker_name TEXT,
  speaker_role TEXT,
  anonymous INTEGER NOT NULL,
  -- The article's date (else the day it was added) then the time added: newest-first order.
  sort_key TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_person ON quotes (person_id, sort_key);

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
  text, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
-- Every word quoted, for typo variants: a plain index is fast where fts5vocab scans the index.
CREATE TABLE quote_words (word TEXT PRIMARY KEY) WITHOUT ROWID;

-- Positions are not needed to find articles by words: detail=column keeps the index small.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  headline, text, content = 'articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', detail = 'column'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, headline, text) VALUES (new.id, new.headline, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, headline, text) VALUES ('delete', old.id, old.headline, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF headline, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, headline, text) VALUES ('delete', old.id, old.headline, old.text);
  INSERT INTO articles_fts (rowid, headline, text) VALUES (new.id, new.headline, new.text);
END;

-- Every key a feed item was seen under (guid, link, title): a republished item matches one.
CREATE TABLE feed_items (
  source_id TEXT NOT NULL,
  item_key TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (source_id, item_key)
) WITHOUT ROWID;
`,
};
