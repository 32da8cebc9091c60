import type Database from "better-sqlite3";
import type { ArticleOrigin, IngestOutcome } from "../app/ports/archive.js";
import type { ArticleInput } from "../core/article/article-input.js";
import type { BriefingCard } from "../core/card/card-schema.js";
import { packCard, packText } from "./card-packing.js";
import { contentHash } from "./content-hash.js";
import { articleDate, groundCard } from "./ground-card.js";
import { normaliseUrl } from "../app/policy/normalise-url.js";
import { searchWords } from "./search-text.js";
import { createPeopleResolver } from "./sqlite-people.js";

export type CardBuilder = (input: ArticleInput) => BriefingCard;

interface ExistingRow {
  id: number;
  content_hash: string;
}

/**
 * Stores articles with their cards and quotes. Identity is the normalised URL, else the
 * briefs-folder path; an unknown article whose content hash is already stored is a duplicate.
 */
export function createArticleWriter(
  db: Database.Database,
  buildCard: CardBuilder,
  now: () => string,
) {
  const resolvePerson = createPeopleResolver(db);
  const byUrl = db.prepare<[string], ExistingRow>(
    "SELECT id, content_hash FROM articles WHERE url_key = ?",
  );
  const byPath = db.prepare<[string], ExistingRow>(
    "SELECT id, content_hash FROM articles WHERE path_key = ?",
  );
  const byHash = db.prepare<[string], ExistingRow>(
    "SELECT id, content_hash FROM articles WHERE content_hash = ? LIMIT 1",
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (source_id, url, url_key, path_key, headline, date, text_z, content_hash, card, added_at, updated_at)
     VALUES (@sourceId, @url, @urlKey, @pathKey, @headline, @date, @textZ, @hash, @card, @now, @now)`,
  );
  const updateArticle = db.prepare(
    `UPDATE articles SET headline = @headline, date = @date, text_z = @textZ, content_hash = @hash, card = @card,
     url = coalesce(@url, url), updated_at = @now WHERE id = @id`,
  );
  const clearQuotes = db.prepare("DELETE FROM quotes WHERE article_id = ?");
  // The article index is contentless: it is fed and cleared here, not by triggers.
  const indexArticle = db.prepare(
    "INSERT INTO articles_fts (rowid, headline, text) VALUES (?, ?, ?)",
  );
  const unindexArticle = db.prepare("DELETE FROM articles_fts WHERE rowid = ?");
  const clearPeople = db.prepare("DELETE FROM article_people WHERE article_id = ?");
  const insertQuote = db.prepare(
    `INSERT INTO quotes (article_id, position, text, start_offset, end_offset, kind, person_id, speaker_name, speaker_role, anonymous, sort_key, cue, evidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const linkPerson = db.prepare(
    "INSERT OR IGNORE INTO article_people (article_id, person_id) VALUES (?, ?)",
  );
  const addWord = db.prepare("INSERT OR IGNORE INTO quote_words (word) VALUES (?)");
  // Words already known to be in quote_words: most of a quote's words are, so skip the write.
  const knownWords = new Set<string>();

  function rememberWords(text: string): void {
    for (const word of searchWords(text)) {
      if (word.length < 3 || knownWords.has(word)) continue;
      addWord.run(word);
      knownWords.add(word);
    }
  }

  function storeQuotesAndPeople(
    articleId: number,
    card: BriefingCard,
    seenAt: string,
    sortKey: string,
  ): void {
    const ids = new Map<string, number | null>();
    for (const person of card.people) {
      const id = resolvePerson(person, seenAt);
      ids.set(person.name, id);
      if (id !== null) linkPerson.run(articleId, id);
    }
    card.quotes.forEach((quote, position) => {
      const { name, role, anonymous } = quote.speaker;
      let personId: number | null = null;
      if (name && !anonymous) {
        personId = ids.has(name)
          ? (ids.get(name) ?? null)
          : resolvePerson({ name, role, aliases: [] }, seenAt);
        ids.set(name, personId);
        if (personId !== null) linkPerson.run(articleId, personId);
      }
      rememberWords(quote.text);
      insertQuote.run(
        articleId,
        position,
        quote.text,
        quote.start,
        quote.end,
        quote.kind,
        personId,
        name,
        role,
        anonymous ? 1 : 0,
        sortKey,
        quote.cue ?? null,
        quote.speaker.evidence ? JSON.stringify(quote.speaker.evidence) : null,
      );
    });
  }

  function fields(input: ArticleInput, origin: ArticleOrigin, hash: string) {
    const card = groundCard(origin.card ?? buildCard(input), input.text);
    const rawDate = card.date ?? input.date;
    const date = articleDate(rawDate);
    const url = origin.url ?? input.url ?? null;
    return {
      card,
      date,
      url,
      hash,
      headline: card.headline,
      textZ: packText(input.text),
      now: now(),
    };
  }

  return function ingest(input: ArticleInput, origin: ArticleOrigin): IngestOutcome {
    const hash = contentHash(input);
    const rawUrl = origin.url ?? input.url;
    const urlKey = rawUrl ? normaliseUrl(rawUrl) : null;
    const pathKey = origin.path ? `${origin.sourceId}\u0000${origin.path}` : null;
    const existing =
      (urlKey ? byUrl.get(urlKey) : undefined) ?? (pathKey ? byPath.get(pathKey) : undefined);
    if (existing?.content_hash === hash) return { status: "unchanged", articleId: existing.id };
    if (!existing) {
      const duplicate = byHash.get(hash);
      if (duplicate) return { status: "unchanged", articleId: duplicate.id };
    }
    const row = fields(input, origin, hash);
    const seenAt = row.date ?? row.now;
    const sortKey = `${seenAt.slice(0, 10)} ${row.now}`;
    if (existing) {
      updateArticle.run({ ...row, card: packCard(row.card), id: existing.id });
      unindexArticle.run(existing.id);
      indexArticle.run(existing.id, row.headline, input.text);
      clearQuotes.run(existing.id);
      clearPeople.run(existing.id);
      storeQuotesAndPeople(existing.id, row.card, seenAt, sortKey);
      return { status: "updated", articleId: existing.id };
    }
    const params = { ...row, card: packCard(row.card), sourceId: origin.sourceId, urlKey, pathKey };
    const articleId = Number(insertArticle.run(params).lastInsertRowid);
    indexArticle.run(articleId, row.headline, input.text);
    storeQuotesAndPeople(articleId, row.card, seenAt, sortKey);
    return { status: "added", articleId };
  };
}
