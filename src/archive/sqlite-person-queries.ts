import type Database from "better-sqlite3";
import type { PersonProfile, PersonQuotes, PersonRef, QueryResult } from "../app/ports/archive.js";
import {
  articleColumns,
  quoteColumns,
  quoteJoins,
  toArchivedQuote,
  toArticleRef,
  type ArticleRow,
  type QuoteRow,
} from "./archive-rows.js";
import { lookupFailure } from "./person-rules.js";
import { createPersonLookup } from "./sqlite-person-lookup.js";
import { distinctQuotes } from "./sqlite-who-said.js";
import { topicCoreMatch, topicMatch } from "./topic-terms.js";

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

  // Evidence a quote is on a topic, best first: the person's own words name all of it, or its
  // core word ("Iraq" of "the Iraq war"); the article's headline names it; its text does.
  const topicTiers = (topic: string): Array<(id: number, limit: number) => QuoteRow[]> => {
    const all = topicMatch(topic);
    const core = topicCoreMatch(topic);
    if (all === null) return [];
    return [
      (id, limit) => quotesMatching.all(id, all, limit),
      ...(core ? [(id: number, limit: number) => quotesMatching.all(id, core, limit)] : []),
      (id, limit) => quotesInArticles.all(id, `{headline}: (${all})`, limit),
      (id, limit) => quotesInArticles.all(id, all, limit),
    ];
  };

  /**
   * Quotes on a topic, from the best tier of evidence that has any. A namesake whose own words
   * name it answers before the most prominent bearer's quotes that merely sit in articles about it ("what did Kennedy say about the
   * harvest?"), so the question decides between people sharing a name.
   */
  function about(people: readonly PersonRef[], topic: string, limit: number) {
    const [first] = people;
    if (!first) return null;
    const tiers = topicTiers(topic);
    if (tiers.length === 0) return { person: first, rows: quotes.all(first.personId, limit) };
    for (const tier of tiers)
      for (const person of people) {
        const rows = tier(person.personId, limit);
        if (rows.length > 0) return { person, rows };
      }
    return null;
  }

  function quotesBy(
    person: string,
    options: { about?: string; limit?: number } = {},
  ): QueryResult<PersonQuotes, PersonRef> {
    const found = lookup(person);
    if (found.kind !== "one") return lookupFailure(person, found);
    const limit = options.limit ?? 10;
    const everyone = [found.person, ...found.namesakes];
    // Read extra rows so that collapsing one quote carried by several articles still fills the page.
    const chosen = options.about
      ? about(everyone, options.about, limit * 3)
      : { person: found.person, rows: quotes.all(found.person.personId, limit * 3) };
    if (!chosen) {
      const message = `${found.person.name} is not quoted about “${options.about?.trim()}” in the archive.`;
      return { ok: false, error: { code: "no-match", message }, alternatives: [] };
    }
    const list = distinctQuotes(chosen.rows.map(toArchivedQuote)).slice(0, limit);
    const namesakes = everyone.filter((p) => p !== chosen.person);
    return { ok: true, value: { person: chosen.person, quotes: list, namesakes } };
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
      value: {
        person: found.person,
        articles: list,
        quoteCount: quoteCount.get(id)?.n ?? 0,
        namesakes: found.namesakes,
      },
    };
  }

  return { quotesBy, whoIs };
}
