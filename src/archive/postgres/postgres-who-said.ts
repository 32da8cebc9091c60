import { toArchivedQuote, type QuoteRow } from "../archive-rows.js";
import { createPhraseScorer } from "../phrase-score.js";
import {
  byScoreThenNewest,
  candidateLimit,
  distinctQuotes,
  matchScore,
  maxPhraseLength,
  nearScore,
} from "../quote-order.js";
import { editDistance, searchWords, tsTerm } from "../search-text.js";
import { stopwords } from "../stopwords.js";
import type { QueryResult, QuoteMatch } from "./archive-port.js";
import type { Queryable } from "./open-postgres.js";
import { pgQuoteColumns, pgQuoteJoins } from "./postgres-rows.js";

// Nearest quoted words by trigram distance read per unknown word, before the edit-distance check.
const typoNeighbours = 40;

/**
 * `whoSaid` on PostgreSQL, asking the questions the SQLite version asks of FTS5 (see
 * sqlite-who-said.ts) of a GIN-indexed tsvector: the exact phrase (`<->`) when it has only
 * common words; else every content word, each with its typo variants (`&` of `|` groups); else
 * any two of the rarest-looking, else any one, for near misses. A word never quoted gets its
 * variants from `quote_words` by trigram distance (pg_trgm's GiST index, nearest first), kept
 * when one edit away; a last word never quoted is also asked as a prefix (`:*`). The newest
 * `candidateLimit` matches are scored by the shared `phraseScore`, as on SQLite.
 */
export function createPostgresWhoSaid(db: Queryable) {
  async function search(query: string): Promise<{ id: number; text: string }[]> {
    const { rows } = await db.query<{ id: number; text: string }>(
      "SELECT id, text FROM quotes WHERE search @@ to_tsquery('simple', $1) ORDER BY id DESC LIMIT $2",
      [query, candidateLimit],
    );
    return rows;
  }

  async function knownWords(words: string[]): Promise<Set<string>> {
    const { rows } = await db.query<{ word: string }>(
      "SELECT word FROM quote_words WHERE word = ANY($1::text[])",
      [words],
    );
    return new Set(rows.map((r) => r.word));
  }

  /** For each unknown word, the quoted words one typo away (nearest trigram neighbours first). */
  async function typoVariants(words: string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    if (words.length === 0) return found;
    const { rows } = await db.query<{ asked: string; word: string }>(
      `SELECT t.asked, n.word FROM unnest($1::text[]) AS t(asked)
       CROSS JOIN LATERAL (SELECT word FROM quote_words ORDER BY word <-> t.asked LIMIT $2) n`,
      [words, typoNeighbours],
    );
    for (const { asked, word } of rows) {
      const close = found.get(asked) ?? [];
      // As on SQLite: the same first letter, or the first two swapped ("eblieve").
      const start = word[0] === asked[0] || word.startsWith(`${asked[1] ?? ""}${asked[0] ?? ""}`);
      if (close.length < 8 && start && editDistance(asked, word, 1) <= 1) close.push(word);
      found.set(asked, close);
    }
    return found;
  }

  async function candidates(words: string[]): Promise<{ id: number; text: string }[]> {
    const content = words.map((w, i) => [w, i] as const).filter(([w]) => !stopwords.has(w));
    // Only common words: the exact phrase is the one precise question to ask.
    if (content.length === 0) return search(words.map(tsTerm).join(" <-> "));
    const asked = content.map(([w]) => w);
    const known = await knownWords(asked.filter((w) => w.length >= 3));
    const isKnown = (w: string) => w.length < 3 || known.has(w);
    const typos = await typoVariants([
      ...new Set(asked.filter((w) => w.length >= 4 && !isKnown(w))),
    ]);
    const groups = content.map(([w, i]) => {
      // A prefix search merges every matching word's list: only for a word cut short.
      const term = i === words.length - 1 && !isKnown(w) ? `${tsTerm(w)}:*` : tsTerm(w);
      const close = typos.get(w) ?? [];
      return close.length > 0 ? `(${[term, ...close.map(tsTerm)].join(" | ")})` : term;
    });
    const all = await search(groups.join(" & "));
    if (all.length > 0 || groups.length < 2) return all;
    // Near misses: any two of the longest (rarest-looking) words, else any one.
    const rare = [...groups].sort((a, b) => b.length - a.length).slice(0, 4);
    const pairs = rare.flatMap((a, i) => rare.slice(i + 1).map((b) => `(${a} & ${b})`));
    const some = await search(pairs.join(" | "));
    return some.length > 0 ? some : search(rare.join(" | "));
  }

  /** Scores each distinct quote text once. */
  function score(words: string[], found: { id: number; text: string }[]) {
    const scorer = createPhraseScorer(words);
    const byText = new Map<string, number>();
    return found.map((row) => {
      const value = byText.get(row.text) ?? Math.round(scorer(searchWords(row.text)) * 1000) / 1000;
      byText.set(row.text, value);
      return { id: row.id, score: value };
    });
  }

  /** Full rows only for those shown, read in one query. */
  async function rows(
    scored: { id: number; score: number }[],
    min: number,
    max: number,
    limit: number,
  ): Promise<QuoteMatch[]> {
    const kept = scored
      .filter((s) => s.score >= min && s.score < max)
      .sort((a, b) => b.score - a.score || b.id - a.id)
      .slice(0, limit * 4);
    if (kept.length === 0) return [];
    const { rows: full } = await db.query<QuoteRow>(
      `SELECT ${pgQuoteColumns} FROM quotes q ${pgQuoteJoins} WHERE q.id = ANY($1::int[])`,
      [kept.map((s) => s.id)],
    );
    const scores = new Map(kept.map((s) => [s.id, s.score]));
    const matches = full.map((row) => ({
      ...toArchivedQuote(row),
      score: scores.get(row.quote_id) ?? 0,
    }));
    return distinctQuotes(matches.sort(byScoreThenNewest)).slice(0, limit);
  }

  return async function whoSaid(
    phrase: string,
    options: { limit?: number } = {},
  ): Promise<QueryResult<QuoteMatch[], QuoteMatch>> {
    const words = searchWords(phrase);
    if (words.length === 0 || phrase.length > maxPhraseLength) {
      const message =
        words.length === 0
          ? "Give me some words to look for."
          : "That phrase is too long to be a quote; try a few of its words.";
      return { ok: false, error: { code: "invalid-query", message }, alternatives: [] };
    }
    const scored = score(words, await candidates(words));
    const matches = await rows(scored, matchScore, 2, options.limit ?? 5);
    if (matches.length > 0) return { ok: true, value: matches };
    const alternatives = await rows(scored, nearScore, matchScore, 3);
    return {
      ok: false,
      error: { code: "no-match", message: `No one in the archive said "${phrase.trim()}".` },
      alternatives,
    };
  };
}
