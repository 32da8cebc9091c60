import type Database from "better-sqlite3";
import { nameKey, surnameKey } from "./name-key.js";

/** A named speaker or person as one article's card gives it. */
export interface PersonMention {
  name: string;
  role: string | null;
  aliases: readonly string[];
}

interface PersonRow {
  id: number;
  partial: number;
}

/**
 * Resolves people across articles. A full name is one person everywhere ("Sergei Lavrov").
 * A bare surname joins the only person carrying it; with several ("John Smith", "Jane Smith")
 * it joins one only on evidence (the same role), else stays a separate partial person. A partial
 * person is upgraded in place when its full name first appears, so Monday's "Lavrov" and
 * Tuesday's "Sergei Lavrov" share one id.
 */
export function createPeopleResolver(db: Database.Database) {
  const byAlias = db.prepare<[string], PersonRow>(
    "SELECT p.id, p.partial FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.alias_key = ? ORDER BY p.id",
  );
  const bySurname = db.prepare<[string], PersonRow>(
    "SELECT id, partial FROM people WHERE surname_key = ? ORDER BY id",
  );
  const withRole = db.prepare<[number, string], { one: number }>(
    "SELECT 1 AS one FROM person_roles WHERE person_id = ? AND role = ?",
  );
  const insertPerson = db.prepare(
    "INSERT INTO people (name, surname_key, partial) VALUES (?, ?, ?)",
  );
  const upgrade = db.prepare("UPDATE people SET name = ?, partial = 0 WHERE id = ?");
  const insertAlias = db.prepare(
    "INSERT OR IGNORE INTO person_aliases (alias_key, person_id, alias) VALUES (?, ?, ?)",
  );
  const upsertRole = db.prepare(
    "INSERT INTO person_roles (person_id, role, seen_at) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET seen_at = max(seen_at, excluded.seen_at)",
  );

  function create(name: string, key: string, partial: boolean): number {
    return Number(insertPerson.run(name, surnameKey(key), partial ? 1 : 0).lastInsertRowid);
  }

  function resolveFull(name: string, key: string): number {
    const known = byAlias.all(key).find((row) => row.partial === 0);
    if (known) return known.id;
    const namesakes = bySurname.all(surnameKey(key));
    const partials = namesakes.filter((row) => row.partial === 1);
    const [only] = partials;
    if (only && partials.length === 1 && namesakes.length === 1) {
      upgrade.run(name, only.id);
      return only.id;
    }
    return create(name, key, false);
  }

  function resolveSurname(name: string, key: string, role: string | null): number {
    const candidates = byAlias.all(key);
    const [first] = candidates;
    if (first && candidates.length === 1) return first.id;
    const sameRole = role ? candidates.filter((row) => withRole.get(row.id, role)) : [];
    if (sameRole.length === 1 && sameRole[0]) return sameRole[0].id;
    return candidates.find((row) => row.partial === 1)?.id ?? create(name, key, true);
  }

  /** Returns the person id for a mention, recording its aliases and role; null for no usable name. */
  return function resolve(mention: PersonMention, seenAt: string): number | null {
    const key = nameKey(mention.name);
    if (!key) return null;
    const id = key.includes(" ")
      ? resolveFull(mention.name, key)
      : resolveSurname(mention.name, key, mention.role);
    const words = new Set(key.split(" "));
    for (const alias of [mention.name, ...mention.aliases]) {
      const aliasKey = nameKey(alias);
      // Only aliases made of the name's own words: "Lavrov" for "Sergei Lavrov", never "the minister".
      if (aliasKey && aliasKey.split(" ").every((word) => words.has(word)))
        insertAlias.run(aliasKey, id, alias);
    }
    insertAlias.run(surnameKey(key), id, mention.name.split(/\s+/).at(-1) ?? mention.name);
    if (mention.role) upsertRole.run(id, mention.role, seenAt);
    return id;
  };
}
