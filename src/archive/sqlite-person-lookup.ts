import type Database from "better-sqlite3";
import type { PersonRef } from "../app/archive.js";
import { nameKey, surnameKey } from "./name-key.js";
import { editDistance } from "./search-text.js";

export type PersonLookup =
  | { kind: "one"; person: PersonRef }
  | { kind: "many"; people: PersonRef[] }
  | { kind: "none"; near: PersonRef[] };

/**
 * Finds the person a user means: "Putin", "Vladimir Putin" and "President Putin" all reduce to
 * a key found among the aliases; a full name not seen falls back to its surname; several people
 * on one key are reported as such, never merged; a misspelt name yields near misses.
 */
export function createPersonLookup(db: Database.Database) {
  const byAlias = db.prepare<[string], { person_id: number }>(
    "SELECT DISTINCT person_id FROM person_aliases WHERE alias_key = ? ORDER BY person_id",
  );
  const aliasRange = db.prepare<[string, string], { alias_key: string; person_id: number }>(
    "SELECT alias_key, person_id FROM person_aliases WHERE alias_key >= ? AND alias_key < ?",
  );
  const person = db.prepare<[number], { id: number; name: string }>(
    "SELECT id, name FROM people WHERE id = ?",
  );
  const aliases = db.prepare<[number], { alias: string }>(
    "SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias",
  );
  const roles = db.prepare<[number], { role: string }>(
    "SELECT role FROM person_roles WHERE person_id = ? ORDER BY seen_at DESC, role",
  );

  function ref(id: number): PersonRef | null {
    const row = person.get(id);
    if (!row) return null;
    const names = [...new Set(aliases.all(id).map((a) => a.alias))];
    return {
      personId: row.id,
      name: row.name,
      aliases: names,
      roles: roles.all(id).map((r) => r.role),
    };
  }

  function refs(ids: number[]): PersonRef[] {
    return ids.map(ref).filter((p): p is PersonRef => p !== null);
  }

  function near(key: string): PersonRef[] {
    const first = key[0] ?? "";
    const rows = aliasRange.all(first, String.fromCodePoint((first.codePointAt(0) ?? 0) + 1));
    const max = key.length >= 6 ? 2 : 1;
    const ids = rows
      .filter((r) => editDistance(key, r.alias_key, max) <= max)
      .map((r) => r.person_id);
    return refs([...new Set(ids)].slice(0, 5));
  }

  return function lookup(query: string): PersonLookup {
    const key = nameKey(query);
    if (!key) return { kind: "none", near: [] };
    let ids = byAlias.all(key).map((r) => r.person_id);
    if (ids.length === 0 && key.includes(" "))
      ids = byAlias.all(surnameKey(key)).map((r) => r.person_id);
    const people = refs(ids);
    const [only] = people;
    if (only && people.length === 1) return { kind: "one", person: only };
    if (people.length > 1) return { kind: "many", people };
    return { kind: "none", near: near(key) };
  };
}
