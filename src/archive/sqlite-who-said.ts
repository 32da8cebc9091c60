import type Database from "better-sqlite3";
import type { QueryResult, QuoteMatch } from "../app/ports/archive.js";
import { quoteColumns, quoteJoins, toArchivedQuote, type QuoteRow } from "./archive-rows.js";
import { createPhraseScorer } from "./phrase-score.js";
import { editDistance, ftsTerm, searchWords } from "./search-text.js";
import { stopwords } from "./stopwords.js";
import {
  byScoreThenNewest,
  candidateLimit,
  distinctQuotes,
  matchScore,
  refusedPhrase,
  nearScore,
} from "./quote-order.js";

export { distinctQuotes } from "./quote-order.js";

/**
 * `whoSaid`: candidates from the quotes' full-text index, newest first (FTS5 walks its
 * doclists in rowid order, so `ORDER BY rowid DESC LIMIT` never ranks the whole archive):
 * the exact phrase; else every content word, each with its typo variants; else any two of
 * them, else any one, for near misses. Candidates are then scored by `phraseScore`.
 */
export function createWhoSaid(db: Database.Database) {
  const search = db.prepare<[string, number], { rowid: number }>(
    "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
  );
  const known = db.prepare<[string], { word: string }>(
    "SELECT word FROM quote_words WHERE word = ?",
  );
  const wordRange = db.prepare<[string, string], { word: string }>(
    "SELECT word FROM quote_words WHERE word >= ? AND word < ?",
  );
  const texts = db.prepare<[string], { id: number; text: string }>(
    "SELECT id, text FROM quotes WHERE id IN (SELECT value FROM json_each(?))",
  );
  const quoteById = db.prepare<[number], QuoteRow>(
    `SELECT ${quoteColumns} FROM quotes q ${quoteJoins} WHERE q.id = ?`,
  );

  /** Quoted words starting with `prefix`. */
  function wordsFrom(prefix: string): string[] {
    const last = prefix.at(-1) ?? "";
    const end = prefix.slice(0, -1) + String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
    return wordRange.all(prefix, end).map((r) => r.word);
  }

  /**
   * The word and, if the archive never quoted it, the quoted words one typo away: those with
   * the same first letter, or the first two letters swapped ("eblieve").
   */
  function variants(word: string, isLast: boolean): string {
    const isKnown = word.length < 3 || known.get(word) !== undefined;
    // A prefix search merges every matching word's whole list: only for a word cut short.
    const prefix = isLast && !isKnown ? `${ftsTerm(word)}*` : ftsTerm(word);
    if (word.length < 4 || isKnown) return prefix;
    const pool = [...wordsFrom(word.slice(0, 1)), ...wordsFrom(`${word[1] ?? ""}${word[0] ?? ""}`)];
    const close = pool.filter((w) => editDistance(word, w, 1) <= 1).slice(0, 8);
    return close.length > 0 ? `(${[prefix, ...close.map(ftsTerm)].join(" OR ")})` : prefix;
  }

  function candidateIds(words: string[]): number[] {
    const content = words.map((w, i) => [w, i] as const).filter(([w]) => !stopwords.has(w));
    // Only common words: the exact phrase is the one precise question to ask.
    if (content.length === 0)
      return search.all(ftsTerm(words.join(" ")), candidateLimit).map((r) => r.rowid);
    const groups = content.map(([w, i]) => variants(w, i === words.length - 1));
    const all = search.all(groups.join(" AND "), candidateLimit);
    if (all.length > 0 || groups.length < 2) return all.map((r) => r.rowid);
    // Near misses: any two of the longest (rarest-looking) words, else any one.
    const rare = [...groups].sort((a, b) => b.length - a.length).slice(0, 4);
    const pairs = rare.flatMap((a, i) => rare.slice(i + 1).map((b) => `(${a} AND ${b})`));
    const some = search.all(pairs.join(" OR "), candidateLimit);
    return (some.length > 0 ? some : search.all(rare.join(" OR "), candidateLimit)).map(
      (r) => r.rowid,
    );
  }

  /** Scores each distinct quote text once; full rows are read only for those shown. */
  function score(words: string[], ids: number[]): { id: number; score: number }[] {
    const scorer = createPhraseScorer(words);
    const byText = new Map<string, number>();
    return texts.all(JSON.stringify(ids)).map((row) => {
      const value = byText.get(row.text) ?? Math.round(scorer(searchWords(row.text)) * 1000) / 1000;
      byText.set(row.text, value);
      return { id: row.id, score: value };
    });
  }

  function rows(
    scored: { id: number; score: number }[],
    min: number,
    max: number,
    limit: number,
  ): QuoteMatch[] {
    const kept = scored
      .filter((s) => s.score >= min && s.score < max)
      .sort((a, b) => b.score - a.score || b.id - a.id);
    const full = kept.slice(0, limit * 4).flatMap((s) => {
      const row = quoteById.get(s.id);
      return row ? [{ ...toArchivedQuote(row), score: s.score }] : [];
    });
    return distinctQuotes(full.sort(byScoreThenNewest)).slice(0, limit);
  }

  return function whoSaid(
    phrase: string,
    options: { limit?: number } = {},
  ): QueryResult<QuoteMatch[], QuoteMatch> {
    const words = searchWords(phrase);
    const refused = refusedPhrase(phrase, words);
    if (refused) return { ok: false, error: refused, alternatives: [] };
    const scored = score(words, candidateIds(words));
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
