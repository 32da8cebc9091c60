import type Database from "better-sqlite3";
import type { QueryResult, QuoteMatch } from "../app/archive.js";
import { quoteColumns, quoteJoins, toArchivedQuote, type QuoteRow } from "./archive-rows.js";
import { createPhraseScorer } from "./phrase-score.js";
import { editDistance, ftsTerm, searchWords } from "./search-text.js";
import { stopwords } from "./stopwords.js";

/** A quote counts as the phrase at this score; below it, down to `nearScore`, it is a near miss. */
const matchScore = 0.75;
const nearScore = 0.45;
const maxPhraseLength = 500;
const candidateLimit = 120;

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
  const known = db.prepare<[string], { word: string }>("SELECT word FROM quote_words WHERE word = ?");
  const wordRange = db.prepare<[string, string], { word: string }>("SELECT word FROM quote_words WHERE word >= ? AND word < ?");
  const quoteById = db.prepare<[number], QuoteRow>(`SELECT ${quoteColumns} FROM quotes q ${quoteJoins} WHERE q.id = ?`);

  /** The word and, if the archive never quoted it, the quoted words one typo away (same first letter). */
  function variants(word: string, isLast: boolean): string {
    const prefix = isLast && word.length >= 3 ? `${ftsTerm(word)}*` : ftsTerm(word);
    if (word.length < 4 || known.get(word)) return prefix;
    const first = word[0] ?? "";
    const near = wordRange.all(first, String.fromCodePoint((first.codePointAt(0) ?? 0) + 1));
    const close = near.map((r) => r.word).filter((w) => editDistance(word, w, 1) <= 1).slice(0, 8);
    return close.length > 0 ? `(${[prefix, ...close.map(ftsTerm)].join(" OR ")})` : prefix;
  }

  function candidateIds(words: string[]): number[] {
    const exact = search.all(ftsTerm(words.join(" ")), candidateLimit);
    if (exact.length > 0) return exact.map((r) => r.rowid);
    const content = words.map((w, i) => [w, i] as const).filter(([w]) => !stopwords.has(w));
    const picked = content.length > 0 ? content : words.map((w, i) => [w, i] as const);
    const groups = picked.map(([w, i]) => variants(w, i === words.length - 1));
    const all = search.all(groups.join(" AND "), candidateLimit);
    if (all.length > 0 || groups.length < 2) return all.map((r) => r.rowid);
    const pairs = groups.flatMap((a, i) => groups.slice(i + 1).map((b) => `(${a} AND ${b})`)).slice(0, 21);
    const some = search.all(pairs.join(" OR "), candidateLimit);
    return (some.length > 0 ? some : search.all(groups.join(" OR "), candidateLimit)).map((r) => r.rowid);
  }

  function score(words: string[], ids: number[]): QuoteMatch[] {
    const scorer = createPhraseScorer(words);
    const byText = new Map<string, number>();
    const scored: QuoteMatch[] = [];
    for (const id of ids) {
      const row = quoteById.get(id);
      if (!row) continue;
      const value = byText.get(row.text) ?? Math.round(scorer(searchWords(row.text)) * 1000) / 1000;
      byText.set(row.text, value);
      scored.push({ ...toArchivedQuote(row), score: value });
    }
    return scored.sort(byScoreThenNewest);
  }

  return function whoSaid(phrase: string, options: { limit?: number } = {}): QueryResult<QuoteMatch[], QuoteMatch> {
    const words = searchWords(phrase);
    if (words.length === 0 || phrase.length > maxPhraseLength) {
      const message = words.length === 0 ? "Give me some words to look for." : "That phrase is too long to be a quote; try a few of its words.";
      return { ok: false, error: { code: "invalid-query", message }, alternatives: [] };
    }
    const scored = score(words, candidateIds(words));
    const matches = scored.filter((m) => m.score >= matchScore).slice(0, options.limit ?? 5);
    if (matches.length > 0) return { ok: true, value: matches };
    const alternatives = scored.filter((m) => m.score >= nearScore).slice(0, 3);
    return { ok: false, error: { code: "no-match", message: `No one in the archive said "${phrase.trim()}".` }, alternatives };
  };
}

function byScoreThenNewest(a: QuoteMatch, b: QuoteMatch): number {
  if (b.score !== a.score) return b.score - a.score;
  const dateA = a.article.date ?? a.article.addedAt;
  const dateB = b.article.date ?? b.article.addedAt;
  return dateA < dateB ? 1 : dateA > dateB ? -1 : b.quoteId - a.quoteId;
}
