import { toArchivedQuote, toArticleRef, type ArticleRow, type QuoteRow } from "../archive-rows.js";
import { lookupFailure } from "../person-rules.js";
import { distinctQuotes } from "../quote-order.js";
import { topicCoreTsQuery, topicTsQuery } from "../topic-terms.js";
import type { PersonProfile, PersonQuotes, PersonRef, QueryResult } from "./archive-port.js";
import type { Queryable } from "./open-postgres.js";
import { createPostgresPersonLookup } from "./postgres-person-lookup.js";
import { pgArticleColumns, pgQuoteColumns, pgQuoteJoins } from "./postgres-rows.js";

const newestQuotes = "ORDER BY q.sort_key DESC, q.position";

/** `quotesBy` and `whoIs`, with the SQLite rules (sqlite-person-queries.ts). */
export function createPostgresPersonQueries(db: Queryable) {
  const lookup = createPostgresPersonLookup(db);

  async function quotes(personId: number, limit: number): Promise<QuoteRow[]> {
    // Named: parsed and planned once per connection (one plan fits every person).
    const { rows } = await db.query<QuoteRow>({
      name: "bb_quotes_by",
      text: `SELECT ${pgQuoteColumns} FROM quotes q ${pgQuoteJoins} WHERE q.person_id = $1 ${newestQuotes} LIMIT $2`,
      values: [personId, limit],
    });
    return rows;
  }

  /** The person's quotes whose own words match the tsquery. */
  async function quotesMatching(personId: number, query: string, limit: number) {
    const { rows } = await db.query<QuoteRow>(
      `SELECT ${pgQuoteColumns} FROM quotes q ${pgQuoteJoins}
       WHERE q.person_id = $1 AND q.search @@ to_tsquery('simple', $2) ${newestQuotes} LIMIT $3`,
      [personId, query, limit],
    );
    return rows;
  }

  /** The person's quotes in articles matching the tsquery (headline only with weight A). */
  async function quotesInArticles(personId: number, query: string, limit: number) {
    const { rows } = await db.query<QuoteRow>(
      `SELECT ${pgQuoteColumns} FROM quotes q ${pgQuoteJoins}
       WHERE q.person_id = $1 AND a.search @@ to_tsquery('simple', $2) ${newestQuotes} LIMIT $3`,
      [personId, query, limit],
    );
    return rows;
  }

  // Evidence a quote is on a topic, best first: the person's own words name all of it, or its
  // core word; the article's headline names it; its text does.
  const topicTiers = (topic: string): Array<(id: number, limit: number) => Promise<QuoteRow[]>> => {
    const all = topicTsQuery(topic);
    const headline = topicTsQuery(topic, "A");
    const core = topicCoreTsQuery(topic);
    if (all === null || headline === null) return [];
    return [
      (id, limit) => quotesMatching(id, all, limit),
      ...(core ? [(id: number, limit: number) => quotesMatching(id, core, limit)] : []),
      (id, limit) => quotesInArticles(id, headline, limit),
      (id, limit) => quotesInArticles(id, all, limit),
    ];
  };

  /** Quotes on a topic, from the best tier of evidence that has any, across the namesakes. */
  async function about(people: readonly PersonRef[], topic: string, limit: number) {
    const [first] = people;
    if (!first) return null;
    const tiers = topicTiers(topic);
    if (tiers.length === 0) return { person: first, rows: await quotes(first.personId, limit) };
    for (const tier of tiers)
      for (const person of people) {
        const rows = await tier(person.personId, limit);
        if (rows.length > 0) return { person, rows };
      }
    return null;
  }

  async function quotesBy(
    person: string,
    options: { about?: string; limit?: number } = {},
  ): Promise<QueryResult<PersonQuotes, PersonRef>> {
    const found = await lookup(person);
    if (found.kind !== "one") return lookupFailure(person, found);
    const limit = options.limit ?? 10;
    const everyone = [found.person, ...found.namesakes];
    // Read extra rows so that collapsing one quote carried by several articles still fills the page.
    const chosen = options.about
      ? await about(everyone, options.about, limit * 3)
      : { person: found.person, rows: await quotes(found.person.personId, limit * 3) };
    if (!chosen) {
      const message = `${found.person.name} is not quoted about “${options.about?.trim()}” in the archive.`;
      return { ok: false, error: { code: "no-match", message }, alternatives: [] };
    }
    const list = distinctQuotes(chosen.rows.map(toArchivedQuote)).slice(0, limit);
    const namesakes = everyone.filter((p) => p !== chosen.person);
    return { ok: true, value: { person: chosen.person, quotes: list, namesakes } };
  }

  async function whoIs(
    person: string,
    options: { limit?: number } = {},
  ): Promise<QueryResult<PersonProfile, PersonRef>> {
    const found = await lookup(person);
    if (found.kind !== "one") return lookupFailure(person, found);
    const id = found.person.personId;
    const [articles, count] = await Promise.all([
      db.query<ArticleRow>(
        `SELECT ${pgArticleColumns} FROM article_people ap JOIN articles a ON a.id = ap.article_id
         WHERE ap.person_id = $1 ORDER BY a.date DESC NULLS LAST, a.added_at DESC, a.id DESC LIMIT $2`,
        [id, options.limit ?? 10],
      ),
      db.query<{ n: number }>("SELECT count(*)::int AS n FROM quotes WHERE person_id = $1", [id]),
    ]);
    return {
      ok: true,
      value: {
        person: found.person,
        articles: articles.rows.map(toArticleRef),
        quoteCount: count.rows[0]?.n ?? 0,
        namesakes: found.namesakes,
      },
    };
  }

  return { quotesBy, whoIs };
}
