import type pg from "pg";
import type { ArticleInput } from "../../core/article/article-input.js";
import type { BriefingCard } from "../../core/card/card-schema.js";
import { packCard } from "../card-packing.js";
import { contentHash } from "../content-hash.js";
import { articleDate, groundCard } from "../ground-card.js";
import { normaliseUrl } from "../../app/policy/normalise-url.js";
import { searchWords } from "../search-text.js";
import type { ArticleOrigin, IngestOutcome } from "./archive-port.js";
import { inTransaction, type Queryable } from "./open-postgres.js";
import { createPostgresPeopleResolver } from "./postgres-people.js";

export type CardBuilder = (input: ArticleInput) => BriefingCard;

interface ExistingRow {
  id: number;
  content_hash: string;
}

// Every ingest on a database takes this transaction lock: writes are serialised across
// instances as SQLite's BEGIN IMMEDIATE serialises them across processes, so the people rules
// (find, else create) and the URL/path/hash checks see every earlier ingest. Reads never wait.
const ingestLockKey = 0x62726967; // "brig"

/** The words the full-text indexes hold, as `searchWords` gives them (both engines agree). */
export const indexWords = (text: string) => searchWords(text).join(" ");

/** The article's search vector from its headline (weight A) and text (B). */
export const articleSearchSql = (headline: string, text: string) =>
  `setweight(to_tsvector('simple', ${headline}), 'A') || setweight(to_tsvector('simple', ${text}), 'B')`;

// PostgreSQL text cannot hold U+0000; U+FFFD keeps every offset (one UTF-16 unit for one).
const nul = "\u0000";
function withoutNul(input: ArticleInput): ArticleInput {
  if (!input.text.includes(nul) && !input.title?.includes(nul)) return input;
  return {
    ...input,
    text: input.text.replaceAll(nul, "\uFFFD"),
    ...(input.title === undefined ? {} : { title: input.title.replaceAll(nul, "\uFFFD") }),
  };
}

async function findExisting(
  db: Queryable,
  urlKey: string | null,
  pathKey: string | null,
): Promise<ExistingRow | undefined> {
  const { rows } = await db.query<ExistingRow>(
    `SELECT id, content_hash FROM articles WHERE url_key = $1
     UNION ALL SELECT id, content_hash FROM articles WHERE path_key = $2 LIMIT 1`,
    [urlKey, pathKey],
  );
  return rows[0];
}

async function findDuplicate(db: Queryable, hash: string): Promise<ExistingRow | undefined> {
  const { rows } = await db.query<ExistingRow>(
    "SELECT id, content_hash FROM articles WHERE content_hash = $1 ORDER BY id LIMIT 1",
    [hash],
  );
  return rows[0];
}

/**
 * Stores articles with their cards and quotes, with the SQLite writer's rules: identity is the
 * normalised URL, else the briefs-folder path; an unknown article whose content hash is stored
 * is a duplicate. The card is built before the transaction (the engine is slow; the lock is
 * not held for it) and the checks are repeated under the lock.
 */
export function createPostgresArticleWriter(
  pool: pg.Pool,
  buildCard: CardBuilder,
  now: () => string,
) {
  async function storeQuotesAndPeople(
    db: Queryable,
    articleId: number,
    card: BriefingCard,
    seenAt: string,
    sortKey: string,
  ): Promise<void> {
    const resolvePerson = createPostgresPeopleResolver(db);
    const ids = new Map<string, number | null>();
    const linked = new Set<number>();
    for (const person of card.people) {
      const id = await resolvePerson(person, seenAt);
      ids.set(person.name, id);
      if (id !== null) linked.add(id);
    }
    const personIds: (number | null)[] = [];
    for (const quote of card.quotes) {
      const { name, role, anonymous } = quote.speaker;
      let personId: number | null = null;
      if (name && !anonymous) {
        personId = ids.has(name)
          ? (ids.get(name) ?? null)
          : await resolvePerson({ name, role, aliases: [] }, seenAt);
        ids.set(name, personId);
        if (personId !== null) linked.add(personId);
      }
      personIds.push(personId);
    }
    if (linked.size > 0)
      await db.query(
        "INSERT INTO article_people (article_id, person_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING",
        [articleId, [...linked]],
      );
    if (card.quotes.length === 0) return;
    const q = card.quotes;
    await db.query(
      `INSERT INTO quotes (article_id, position, text, start_offset, end_offset, kind, person_id,
         speaker_name, speaker_role, anonymous, sort_key, cue, evidence, search)
       SELECT $1, t.position, t.text, t.start_offset, t.end_offset, t.kind, t.person_id,
         t.speaker_name, t.speaker_role, t.anonymous, $2, t.cue, t.evidence, to_tsvector('simple', t.words)
       FROM unnest($3::int[], $4::text[], $5::int[], $6::int[], $7::text[], $8::int[], $9::text[],
         $10::text[], $11::bool[], $12::text[], $13::text[], $14::text[])
         AS t(position, text, start_offset, end_offset, kind, person_id, speaker_name, speaker_role,
           anonymous, cue, evidence, words)`,
      [
        articleId,
        sortKey,
        q.map((_, i) => i),
        q.map((x) => x.text),
        q.map((x) => x.start),
        q.map((x) => x.end),
        q.map((x) => x.kind),
        personIds,
        q.map((x) => x.speaker.name),
        q.map((x) => x.speaker.role),
        q.map((x) => x.speaker.anonymous),
        q.map((x) => x.cue ?? null),
        q.map((x) => (x.speaker.evidence ? JSON.stringify(x.speaker.evidence) : null)),
        q.map((x) => indexWords(x.text)),
      ],
    );
    const words = new Set(q.flatMap((x) => searchWords(x.text)).filter((w) => w.length >= 3));
    await db.query(
      "INSERT INTO quote_words (word) SELECT unnest($1::text[]) ORDER BY 1 ON CONFLICT DO NOTHING",
      [[...words]],
    );
  }

  function fields(input: ArticleInput, origin: ArticleOrigin, hash: string) {
    const card = groundCard(origin.card ?? buildCard(input), input.text);
    const date = articleDate(card.date ?? input.date);
    const url = origin.url ?? input.url ?? null;
    return { card, date, url, hash, headline: card.headline };
  }

  return async function ingest(given: ArticleInput, origin: ArticleOrigin): Promise<IngestOutcome> {
    const hash = contentHash(given);
    const input = withoutNul(given);
    const rawUrl = origin.url ?? input.url;
    const urlKey = rawUrl ? normaliseUrl(rawUrl) : null;
    // PostgreSQL text holds no NUL: the separator is the unit separator instead of SQLite's NUL.
    const pathKey = origin.path ? `${origin.sourceId}\u001f${origin.path}` : null;
    const unchanged = async (db: Queryable) => {
      const existing = await findExisting(db, urlKey, pathKey);
      if (existing?.content_hash === hash) return { existing, same: existing };
      return { existing, same: existing ? undefined : await findDuplicate(db, hash) };
    };
    // Without the lock first: re-reading a briefs folder finds most files unchanged.
    const early = await unchanged(pool);
    if (early.same) return { status: "unchanged", articleId: early.same.id };
    const row = fields(input, origin, hash);
    const packed = packCard(row.card);
    return inTransaction<pg.PoolClient, IngestOutcome>(pool, async (db) => {
      await db.query("SELECT pg_advisory_xact_lock($1)", [ingestLockKey]);
      const { existing, same } = await unchanged(db);
      if (same) return { status: "unchanged", articleId: same.id };
      const time = now();
      const seenAt = row.date ?? time;
      const sortKey = `${seenAt.slice(0, 10)} ${time}`;
      const search = articleSearchSql("$5", "$6");
      if (existing) {
        await db.query(
          `UPDATE articles SET headline = $1, date = $2, text = $3, content_hash = $4, search = ${search},
             card = $7, url = coalesce($8, url), updated_at = $9 WHERE id = $10`,
          [
            row.headline,
            row.date,
            input.text,
            hash,
            indexWords(row.headline),
            indexWords(input.text),
            packed,
            row.url,
            time,
            existing.id,
          ],
        );
        await db.query("DELETE FROM quotes WHERE article_id = $1", [existing.id]);
        await db.query("DELETE FROM article_people WHERE article_id = $1", [existing.id]);
        await storeQuotesAndPeople(db, existing.id, row.card, seenAt, sortKey);
        return { status: "updated", articleId: existing.id };
      }
      const { rows } = await db.query<{ id: number }>(
        `INSERT INTO articles (headline, date, text, content_hash, search, card, url, added_at, updated_at,
           source_id, url_key, path_key)
         VALUES ($1, $2, $3, $4, ${search}, $7, $8, $9, $9, $10, $11, $12) RETURNING id`,
        [
          row.headline,
          row.date,
          input.text,
          hash,
          indexWords(row.headline),
          indexWords(input.text),
          packed,
          row.url,
          time,
          origin.sourceId,
          urlKey,
          pathKey,
        ],
      );
      const articleId = rows[0]?.id;
      if (articleId === undefined) throw new Error("article insert returned no id");
      await storeQuotesAndPeople(db, articleId, row.card, seenAt, sortKey);
      return { status: "added", articleId };
    });
  };
}
