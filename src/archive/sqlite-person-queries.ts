import type Database from "better-sqlite3";
import type {
  ArchivedQuote,
  PersonProfile,
  PersonQuotes,
  PersonRef,
  QueryResult,
} from "../app/archive.js";
import {
  articleColumns,
  quoteColumns,
  quoteJoins,
  toArchivedQuote,
  toArticleRef,
  type ArticleRow,
  type QuoteRow,
} from "./archive-rows.js";
import { ftsTerm, searchWords } from "./search-text.js";
import { createPersonLookup, type PersonLookup } from "./sqlite-person-lookup.js";
import { stopwords } from "./stopwords.js";
import { distinctQuotes } from "./sqlite-who-said.js";

type Failure = {
  ok: false;
  error: { code: "no-match" | "ambiguous-person" | "invalid-query"; message: string };
  alternatives: PersonRef[];
};

function lookupFailure(query: string, found: Exclude<PersonLookup, { kind: "one" }>): Failure {
  const name = query.trim();
  if (!name)
    return {
      ok: false,
      error: { code: "invalid-query", message: "Tell me whose name to look for." },
      alternatives: [],
    };
  if (found.kind === "many") {
    const message = `Several people in the archive are called "${name}"; say which one.`;
    return { ok: false, error: { code: "ambiguous-person", message }, alternatives: found.people };
  }
  return {
    ok: false,
    error: { code: "no-match", message: `No one called "${name}" is in the archive.` },
    alternatives: found.near,
  };
}

/** `quotesBy` and `whoIs`: one person's quotes (newest first, optionally about a topic) and profile. */
export function createPersonQueries(db: Database.Database) {
  const lookup = createPersonLookup(db);
  const quotes = db.prepare<[number, number], QuoteRow>(
    `SELECT ${quoteColumns} FROM quotes q ${quoteJoins} WHERE q.person_id = ? ORDER BY q.sort_key DESC, q.position LIMIT ?`,
  );
  const quotesMatching = db.prepare<[number, string, number], QuoteRow>(
    `SELECT ${quoteColumns} FROM quotes q ${quoteJoins} WHERE q.person_id = ?
     AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?) ORDER BY q.sort_key DESC, q.position LIMIT ?`,
  );
  const quotesInArticles = db.prepare<[number, string, number], QuoteRow>(
    `SELECT ${quoteColumns} FROM quotes q ${quoteJoins} WHERE q.person_id = ?
     AND q.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) ORDER BY q.sort_key DESC, q.position LIMIT ?`,
  );
  const articles = db.prepare<[number, number], ArticleRow>(
    `SELECT ${articleColumns} FROM article_people ap JOIN articles a ON a.id = ap.article_id
     WHERE ap.person_id = ? ORDER BY a.date DESC, a.added_at DESC, a.id DESC LIMIT ?`,
  );
  const quoteCount = db.prepare<[number], { n: number }>(
    "SELECT count(*) AS n FROM quotes WHERE person_id = ?",
  );

  function about(personId: number, topic: string, limit: number): ArchivedQuote[] {
    const words = searchWords(topic).filter((w) => !stopwords.has(w));
    if (words.length === 0) return quotes.all(personId, limit).map(toArchivedQuote);
    // Prefix terms so "Iran" also finds "Iranian"; quotes that name the topic first, else quotes from articles about it.
    const match = words.map((w) => `${ftsTerm(w)}*`).join(" AND ");
    const direct = quotesMatching.all(personId, match, limit);
    return (direct.length > 0 ? direct : quotesInArticles.all(personId, match, limit)).map(
      toArchivedQuote,
    );
  }

  function quotesBy(
    person: string,
    options: { about?: string; limit?: number } = {},
  ): QueryResult<PersonQuotes, PersonRef> {
    const found = lookup(person);
    if (found.kind !== "one") return lookupFailure(person, found);
    const limit = options.limit ?? 10;
    const { personId, name } = found.person;
    // Read extra rows so that collapsing one quote carried by several articles still fills the page.
    const rows = options.about
      ? about(personId, options.about, limit * 3)
      : quotes.all(personId, limit * 3).map(toArchivedQuote);
    const list = distinctQuotes(rows).slice(0, limit);
    if (list.length === 0 && options.about) {
      const message = `${name} is not quoted about "${options.about.trim()}" in the archive.`;
      return { ok: false, error: { code: "no-match", message }, alternatives: [found.person] };
    }
    return { ok: true, value: { person: found.person, quotes: list } };
  }

  function whoIs(
    person: string,
    options: { limit?: number } = {},
  ): QueryResult<PersonProfile, PersonRef> {
    const found = lookup(person);
    if (found.kind !== "one") return lookupFailure(person, found);
    const id = found.person.personId;
    const list = articles.all(id, options.limit ?? 10).map(toArticleRef);
    return {
      ok: true,
      value: { person: found.person, articles: list, quoteCount: quoteCount.get(id)?.n ?? 0 },
    };
  }

  return { quotesBy, whoIs };
}
