import { toArchivedQuote, type QuoteRow } from "../archive-rows.js";
import { createPhraseScorer } from "../phrase-score.js";
import {
  byScoreThenNewest,
  candidateLimit,
  distinctQuotes,
  matchScore,
  refusedPhrase,
  nearScore,
} from "../quote-order.js";
import { editDistance, searchWords, tsTerm } from "../search-text.js";
import { stopwords } from "../stopwords.js";
import type { QueryResult, QuoteMatch } from "./archive-port.js";
import type { Queryable } from "./open-postgres.js";
import { pgQuoteColumns, pgQuoteJoins } from "./postgres-rows.js";

/**
 * The candidates, full rows, in one statement: the newest `$3` quotes matching tsquery `$1`;
 * only if none do, those matching `$2` (null: no second try). The second try is gated on the
 * first being empty (a one-time filter), so it costs nothing when not needed. Each try is
 * `ORDER BY id DESC LIMIT`: a GIN index returns matches in no order, so the planner either walks
 * the primary key newest first testing each row (cheap when matches are common) or reads every
 * match from the index and sorts (cheap when they are rare), choosing by its estimate of how
 * many match: that holds with a statistics entry per word (001-archive-schema.ts) and page costs
 * that fit a cached archive (open-postgres.ts).
 */
const candidatesSql = `WITH first_try AS MATERIALIZED (
  SELECT id FROM quotes WHERE search @@ to_tsquery('simple', $1) ORDER BY id DESC LIMIT $3
), second_try AS MATERIALIZED (
  SELECT id FROM quotes
  WHERE $2::text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM first_try)
    AND search @@ to_tsquery('simple', $2) ORDER BY id DESC LIMIT $3
), found AS (SELECT id FROM first_try UNION ALL SELECT id FROM second_try)
SELECT ${pgQuoteColumns} FROM found f JOIN quotes q ON q.id = f.id ${pgQuoteJoins}`;

/**
 * For each content word: whether it is quoted, and if not (4 letters or more) its nearest quoted
 * words by trigram distance (pg_trgm's `<->`) among those that could be one typo away: the same
 * first letter or the first two swapped, and a length within one. One round trip for all words.
 */
const wordsSql = `SELECT t.asked, k.known, n.word
FROM unnest($1::text[]) AS t(asked)
CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM quote_words w WHERE w.word = t.asked) AS known) k
LEFT JOIN LATERAL (
  SELECT w.word FROM quote_words w
  WHERE NOT k.known AND length(t.asked) >= 4
    AND ((w.word >= left(t.asked, 1) AND w.word < chr(ascii(t.asked) + 1))
      OR (w.word >= substr(t.asked, 2, 1) || left(t.asked, 1)
        AND w.word < substr(t.asked, 2, 1) || chr(ascii(t.asked) + 1)))
    AND length(w.word) BETWEEN length(t.asked) - 1 AND length(t.asked) + 1
  ORDER BY w.word <-> t.asked
) n ON true`;

/**
 * `whoSaid` on PostgreSQL, asking the questions the SQLite version asks of FTS5 (see
 * sqlite-who-said.ts) of a GIN-indexed tsvector: the exact phrase (`<->`) when it has only
 * common words; else every content word, each with its typo variants (`&` of `|` groups); else
 * any two of the rarest-looking, else any one, for near misses. A word never quoted gets its
 * variants from `quote_words` by trigram distance (pg_trgm), kept when one edit away; a last word
 * never quoted is also asked as a prefix (`:*`). The newest `candidateLimit` matches (`newestSql`)
 * are scored by the shared `phraseScore`, as on SQLite.
 */
export function createPostgresWhoSaid(db: Queryable) {
  /** The candidates for the first try that has any (see `candidatesSql`), in one round trip. */
  async function search(first: string, second: string | null = null): Promise<QuoteRow[]> {
    const { rows } = await db.query<QuoteRow>(candidatesSql, [first, second, candidateLimit]);
    return rows;
  }

  /**
   * Which words are quoted, and for each unknown word of 4 letters or more the quoted words one
   * typo away (nearest trigram neighbours first), in one query.
   */
  async function lookUp(words: string[]) {
    const known = new Set<string>();
    const typos = new Map<string, string[]>();
    if (words.length === 0) return { known, typos };
    // A named statement: parsed and planned once per connection (the plan fits any words).
    const { rows } = await db.query<{ asked: string; known: boolean; word: string | null }>({
      name: "bb_who_said_words",
      text: wordsSql,
      values: [words],
    });
    for (const { asked, known: isKnown, word } of rows) {
      if (isKnown) known.add(asked);
      if (word === null) continue;
      const close = typos.get(asked) ?? [];
      // As on SQLite: the same first letter, or the first two swapped ("eblieve").
      const start = word[0] === asked[0] || word.startsWith(`${asked[1] ?? ""}${asked[0] ?? ""}`);
      if (close.length < 8 && start && editDistance(asked, word, 1) <= 1) close.push(word);
      typos.set(asked, close);
    }
    return { known, typos };
  }

  async function candidates(words: string[]): Promise<QuoteRow[]> {
    const content = words.map((w, i) => [w, i] as const).filter(([w]) => !stopwords.has(w));
    // Only common words: the exact phrase is the one precise question to ask.
    if (content.length === 0) return search(words.map(tsTerm).join(" <-> "));
    const asked = content.map(([w]) => w);
    const { known, typos } = await lookUp([...new Set(asked.filter((w) => w.length >= 3))]);
    const isKnown = (w: string) => w.length < 3 || known.has(w);
    const groups = content.map(([w, i]) => {
      // A prefix search merges every matching word's list: only for a word cut short.
      const term = i === words.length - 1 && !isKnown(w) ? `${tsTerm(w)}:*` : tsTerm(w);
      const close = typos.get(w) ?? [];
      return close.length > 0 ? `(${[term, ...close.map(tsTerm)].join(" | ")})` : term;
    });
    const all = await search(groups.join(" & "));
    if (all.length > 0 || groups.length < 2) return all;
    // Near misses: any two of the longest (rarest-looking) words, else any one (one statement;
    // not folded into the first, whose planning it would slow for the common case of a match).
    const rare = [...groups].sort((a, b) => b.length - a.length).slice(0, 4);
    const pairs = rare.flatMap((a, i) => rare.slice(i + 1).map((b) => `(${a} & ${b})`));
    return search(pairs.join(" | "), rare.join(" | "));
  }

  /** Scores each distinct quote text once. */
  function score(words: string[], found: QuoteRow[]) {
    const scorer = createPhraseScorer(words);
    const byText = new Map<string, number>();
    return found.map((row) => {
      const value = byText.get(row.text) ?? Math.round(scorer(searchWords(row.text)) * 1000) / 1000;
      byText.set(row.text, value);
      return { row, id: row.quote_id, score: value };
    });
  }

  /** Those scored in [min, max), best first, one per quote; the rows came with the candidates. */
  function rows(
    scored: { row: QuoteRow; id: number; score: number }[],
    min: number,
    max: number,
    limit: number,
  ): QuoteMatch[] {
    const kept = scored
      .filter((s) => s.score >= min && s.score < max)
      .sort((a, b) => b.score - a.score || b.id - a.id)
      .slice(0, limit * 4);
    const matches = kept.map((s) => ({ ...toArchivedQuote(s.row), score: s.score }));
    return distinctQuotes(matches.sort(byScoreThenNewest)).slice(0, limit);
  }

  return async function whoSaid(
    phrase: string,
    options: { limit?: number } = {},
  ): Promise<QueryResult<QuoteMatch[], QuoteMatch>> {
    const words = searchWords(phrase);
    const refused = refusedPhrase(phrase, words);
    if (refused) return { ok: false, error: refused, alternatives: [] };
    const scored = score(words, await candidates(words));
    const matches = rows(scored, matchScore, 2, options.limit ?? 5);
    if (matches.length > 0) return { ok: true, value: matches };
    const alternatives = rows(scored, nearScore, matchScore, 3);
    return {
      ok: false,
      error: { code: "no-match", message: `No one in the archive said "${phrase.trim()}".` },
      alternatives,
    };
  };
}
