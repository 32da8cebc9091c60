import { extraLeadingWords, nameKey, surnameKey, titleOnly } from "../name-key.js";
import { roleCovers, roleWords, type PersonMention } from "../person-rules.js";
import { cleanRole } from "../role-text.js";
import type { Queryable } from "./open-postgres.js";

interface PersonRow {
  id: number;
  partial: boolean;
  name: string;
}

/**
 * Resolves people across articles with the same rules as the SQLite archive (sqlite-people.ts):
 * a full name is one person everywhere; a bare surname joins the only person carrying it, or one
 * with the same role, else stays a separate partial person, upgraded in place when its full name
 * first appears; a full name with words of the person's role in front is the same person when
 * the roles agree. Runs inside the ingest transaction, which holds the archive's write lock, so
 * two instances never create the same person twice.
 */
export function createPostgresPeopleResolver(db: Queryable) {
  const one = async <R extends object>(sql: string, params: unknown[]) =>
    (await db.query<R & Record<string, unknown>>(sql, params)).rows;

  const byAlias = (key: string) =>
    one<PersonRow>(
      "SELECT p.id, p.partial, p.name FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.alias_key = $1 ORDER BY p.id",
      [key],
    );
  const bySurname = (key: string) =>
    one<PersonRow>("SELECT id, partial, name FROM people WHERE surname_key = $1 ORDER BY id", [
      key,
    ]);
  const rolesOf = async (id: number) =>
    (await one<{ role: string }>("SELECT role FROM person_roles WHERE person_id = $1", [id])).map(
      (r) => r.role,
    );
  const rename = (name: string, id: number) =>
    db.query("UPDATE people SET name = $1 WHERE id = $2", [name, id]);

  async function create(name: string, key: string, partial: boolean): Promise<number> {
    const [row] = await one<{ id: number }>(
      "INSERT INTO people (name, surname_key, partial) VALUES ($1, $2, $3) RETURNING id",
      [name, surnameKey(key), partial],
    );
    if (!row) throw new Error("person insert returned no id");
    return row.id;
  }

  async function sameWithRoleWords(row: PersonRow, key: string, role: string | null) {
    if (row.partial) return false;
    const extra = extraLeadingWords(nameKey(row.name), key);
    if (!extra) return false;
    const known = roleWords(await rolesOf(row.id));
    const mine = roleWords(role ? [role] : []);
    const all = new Set([...known, ...mine]);
    return extra.every((w) => all.has(w)) || [...mine].some((w) => known.has(w));
  }

  async function keepShorterName(row: PersonRow, name: string, key: string): Promise<void> {
    if (key.length < nameKey(row.name).length && extraLeadingWords(nameKey(row.name), key))
      await rename(name, row.id);
  }

  async function resolveFull(name: string, key: string, role: string | null): Promise<number> {
    const known = (await byAlias(key)).find((row) => !row.partial);
    if (known) {
      await keepShorterName(known, name, key);
      return known.id;
    }
    const namesakes = await bySurname(surnameKey(key));
    for (const row of namesakes) {
      if (await sameWithRoleWords(row, key, role)) {
        await keepShorterName(row, name, key);
        return row.id;
      }
    }
    const partials = namesakes.filter((row) => row.partial);
    const [only] = partials;
    if (only && partials.length === 1 && namesakes.length === 1) {
      await db.query("UPDATE people SET name = $1, partial = false WHERE id = $2", [name, only.id]);
      return only.id;
    }
    return create(name, key, false);
  }

  async function resolveSurname(name: string, key: string, role: string | null): Promise<number> {
    const candidates = await byAlias(key);
    const [first] = candidates;
    if (first && candidates.length === 1) return first.id;
    if (role && candidates.length > 0) {
      const sameRole = await one<{ person_id: number }>(
        "SELECT person_id FROM person_roles WHERE person_id = ANY($1::int[]) AND role = $2",
        [candidates.map((c) => c.id), role],
      );
      const [only] = sameRole;
      if (only && sameRole.length === 1) return only.person_id;
      // Else the one full name whose roles hold every word of this one ("Labour peer").
      const covered: number[] = [];
      for (const row of candidates)
        if (!row.partial && roleCovers(role, await rolesOf(row.id))) covered.push(row.id);
      const [sole] = covered;
      if (sole !== undefined && covered.length === 1) return sole;
    }
    return candidates.find((row) => row.partial)?.id ?? create(name, key, true);
  }

  /** A title taken for a name is a person only as the one full name carrying the word (SQLite's rule). */
  async function resolveTitle(key: string): Promise<number | null> {
    const full = (await byAlias(key)).filter((row) => !row.partial);
    return full.length === 1 && full[0] ? full[0].id : null;
  }

  /** The person id for a mention, recording its aliases and role; null for no usable name. */
  return async function resolve(mention: PersonMention, seenAt: string): Promise<number | null> {
    const key = nameKey(mention.name);
    if (!key) return null;
    // Kept trimmed, so that one role cut two ways ("Chancellor", "Chancellor of") is one role;
    // its words as written still tell a name with role words in front ("Deputy" for "PM X").
    const role = cleanRole(mention.role);
    const id = titleOnly(mention.name)
      ? await resolveTitle(key)
      : key.includes(" ")
        ? await resolveFull(mention.name, key, mention.role)
        : await resolveSurname(mention.name, key, role);
    if (id === null) return null;
    const words = new Set(key.split(" "));
    const aliases: [string, string][] = [];
    for (const alias of [mention.name, ...mention.aliases]) {
      const aliasKey = nameKey(alias);
      // Only aliases made of the name's own words: "Lavrov" for "Sergei Lavrov", never "the minister".
      if (aliasKey && aliasKey.split(" ").every((word) => words.has(word)))
        aliases.push([aliasKey, alias]);
    }
    aliases.push([surnameKey(key), mention.name.split(/\s+/).at(-1) ?? mention.name]);
    // In order, first spelling kept per key (as SQLite's INSERT OR IGNORE).
    await db.query(
      `INSERT INTO person_aliases (alias_key, person_id, alias)
       SELECT k, $1, a FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(k, a, n)
       ORDER BY n ON CONFLICT DO NOTHING`,
      [id, aliases.map((a) => a[0]), aliases.map((a) => a[1])],
    );
    // A name with role words in front came from a cut-up role ("UK Chancellor of"): not kept.
    if (role) {
      const [row] = await one<{ name: string }>("SELECT name FROM people WHERE id = $1", [id]);
      const stored = nameKey(row?.name ?? key);
      const garbled = key.length > stored.length && extraLeadingWords(key, stored) !== null;
      if (!garbled)
        await db.query(
          `INSERT INTO person_roles (person_id, role, seen_at) VALUES ($1, $2, $3)
           ON CONFLICT (person_id, role) DO UPDATE SET seen_at = greatest(person_roles.seen_at, excluded.seen_at)`,
          [id, role, seenAt],
        );
    }
    return id;
  };
}
