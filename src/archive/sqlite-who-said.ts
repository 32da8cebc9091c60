import type Database from "better-sqlite3";
import type { QueryResult, QuoteMatch } from "../app/archive.js";
import { quoteColumns, quoteJoins, toArchivedQuote, type QuoteRow } from "./archive-rows.js";
import { phraseScore } from "./phrase-score.js";
import { editDistance, ftsTerm, searchWords } from "./search-text.js";
import { stopwords } from "./stopwords.js";

/** A quote counts as the phrase at this score; below it, down to `nearScore`, it is a near miss. */
const matchScore = 0.75;
const nearScore = 0.45;
const maxPhraseLength = 500;
const candidateLimit = 150;

/**
 * `whoSaid`: candidates from the quotes' full-text index (the exact phrase, then the phrase's
 * content words with typo variants from the index's vocabulary), re-scored by `phraseScore`.
 */
export function createWhoSaid(db: Database.Database) {
  const exact = db.prepare<[string, number], { rowid: number }>(
    "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?",
  );
  const inVocab = db.prepare<[string], { term: string }>("SELECT term FROM quotes_vocab WHERE term = ?");
  const vocabRange = db.prepare<[string, string], { term: string }>(
    "SELECT term FROM quotes_vocab WHERE term >= ? AND term < ?",
  );
  const quoteById = db.prepare<[number], QuoteRow>(`SELECT ${quoteColumns} FROM quotes q ${quoteJoins} WHERE q.id = ?`);

  function variants(word: string): string[] {
    if (word.length < 4 || inVocab.get(word)) return [word];
    const first = word[0] ?? "";
    const near = vocabRange.all(first, String.fromCodePoint((first.codePointAt(0) ?? 0) + 1));
    return [word, ...near.map((r) => r.term).filter((term) => editDistance(word, term, 1) <= 1).slice(0, 8)];
  }

  function candidateIds(words: string[]): Set<number> {
    const ids = new Set<number>(exact.all(ftsTerm(words.join(" ")), candidateLimit).map((r) => r.rowid));
    const content = words.filter((w) => !stopwords.has(w));
    const terms = (content.length > 0 ? content : words).flatMap(variants).map(ftsTerm);
    const last = words.at(-1) ?? "";
    if (last.length >= 3) terms.push(`${ftsTerm(last)}*`);
    for (const row of exact.all(terms.join(" OR "), candidateLimit)) ids.add(row.rowid);
    return ids;
  }

  return function whoSaid(phrase: string, options: { limit?: number } = {}): QueryResult<QuoteMatch[], QuoteMatch> {
    const words = searchWords(phrase);
    if (words.length === 0 || phrase.length > maxPhraseLength) {
      const message = words.length === 0 ? "Give me some words to look for." : "That phrase is too long to be a quote; try a few of its words.";
      return { ok: false, error: { code: "invalid-query", message }, alternatives: [] };
    }
    const scored: QuoteMatch[] = [];
    for (const id of candidateIds(words)) {
      const row = quoteById.get(id);
      if (row) scored.push({ ...toArchivedQuote(row), score: round(phraseScore(words, searchWords(row.text))) });
    }
    scored.sort(byScoreThenNewest);
    const limit = options.limit ?? 5;
    const matches = scored.filter((m) => m.score >= matchScore).slice(0, limit);
    if (matches.length > 0) return { ok: true, value: matches };
    const alternatives = scored.filter((m) => m.score >= nearScore).slice(0, 3);
    const message = `No one in the archive said "${phrase.trim()}".`;
    return { ok: false, error: { code: "no-match", message }, alternatives };
  };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

function byScoreThenNewest(a: QuoteMatch, b: QuoteMatch): number {
  if (b.score !== a.score) return b.score - a.score;
  const dateA = a.article.date ?? a.article.addedAt;
  const dateB = b.article.date ?? b.article.addedAt;
  return dateA < dateB ? 1 : dateA > dateB ? -1 : a.quoteId - b.quoteId;
}
