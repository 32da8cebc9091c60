import type Database from "better-sqlite3";
import { extraLeadingWords, nameKey, surnameKey, titleOnly } from "./name-key.js";
import { roleCovers, roleWords, type PersonMention } from "./person-rules.js";
import { cleanRole } from "./role-text.js";

export type { PersonMention } from "./person-rules.js";

interface PersonRow {
  id: number;
  partial: number;
  name: string;
}

/**
 * Resolves people across articles. A full name is one person everywhere ("Sergei Lavrov").
 * A bare surname joins the only person carrying it; with several ("John Smith", "Jane Smith")
 * it joins one only on evidence (the same role), else stays a separate partial person. A partial
 * person is upgraded in place when its full name first appears, so Monday's "Lavrov" and
 * Tuesday's "Sergei Lavrov" share one id. A full name with words of the person's role in front
 * ("Exchequer Gordon Brown") is the same person when the roles agree.
 */
export function createPeopleResolver(db: Database.Database) {
  const byAlias = db.prepare<[string], PersonRow>(
    "SELECT p.id, p.partial, p.name FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.alias_key = ? ORDER BY p.id",
  );
  const bySurname = db.prepare<[string], PersonRow>(
    "SELECT id, partial, name FROM people WHERE surname_key = ? ORDER BY id",
  );
  const rolesOf = db.prepare<[number], { role: string }>(
    "SELECT role FROM person_roles WHERE person_id = ?",
  );
  const rename = db.prepare("UPDATE people SET name = ? WHERE id = ?");
  const withRole = db.prepare<[number, string], { one: number }>(
    "SELECT 1 AS one FROM person_roles WHERE person_id = ? AND role = ?",
  );
  const insertPerson = db.prepare(
    "INSERT INTO people (name, surname_key, partial) VALUES (?, ?, ?)",
  );
  const upgrade = db.prepare("UPDATE people SET name = ?, partial = 0 WHERE id = ?");
  const nameOf = db.prepare<[number], { name: string }>("SELECT name FROM people WHERE id = ?");
  const insertAlias = db.prepare(
    "INSERT OR IGNORE INTO person_aliases (alias_key, person_id, alias) VALUES (?, ?, ?)",
  );
  const upsertRole = db.prepare(
    "INSERT INTO person_roles (person_id, role, seen_at) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET seen_at = max(seen_at, excluded.seen_at)",
  );

  function create(name: string, key: string, partial: boolean): number {
    return Number(insertPerson.run(name, surnameKey(key), partial ? 1 : 0).lastInsertRowid);
  }

  /**
   * The same person written with words of their role before the name ("Exchequer Gordon Brown"
   * for Gordon Brown, Chancellor of the Exchequer): joined when those words are in a role of
   * either, or the two roles share a word; the shorter name is the one kept.
   */
  function sameWithRoleWords(row: PersonRow, key: string, role: string | null): boolean {
    if (row.partial === 1) return false;
    const extra = extraLeadingWords(nameKey(row.name), key);
    if (!extra) return false;
    const known = roleWords(rolesOf.all(row.id).map((r) => r.role));
    const mine = roleWords(role ? [role] : []);
    const all = new Set([...known, ...mine]);
    return extra.every((w) => all.has(w)) || [...mine].some((w) => known.has(w));
  }

  function keepShorterName(row: PersonRow, name: string, key: string): void {
    if (key.length < nameKey(row.name).length && extraLeadingWords(nameKey(row.name), key))
      rename.run(name, row.id);
  }

  function resolveFull(name: string, key: string, role: string | null): number {
    const known = byAlias.all(key).find((row) => row.partial === 0);
    if (known) {
      keepShorterName(known, name, key);
      return known.id;
    }
    const namesakes = bySurname.all(surnameKey(key));
    const variant = namesakes.find((row) => sameWithRoleWords(row, key, role));
    if (variant) {
      keepShorterName(variant, name, key);
      return variant.id;
    }
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
    // Else the one full name whose roles hold every word of this one ("Labour peer").
    const covered = role
      ? candidates.filter(
          (row) =>
            row.partial === 0 &&
            roleCovers(
              role,
              rolesOf.all(row.id).map((r) => r.role),
            ),
        )
      : [];
    if (covered.length === 1 && covered[0]) return covered[0].id;
    return candidates.find((row) => row.partial === 1)?.id ?? create(name, key, true);
  }

  /**
   * A title taken for a name ("Chancellor", "Bishop") is a person only as the one full name
   * that carries the word ("Bishop" for Tom Bishop); else it names no one, and is not stored.
   */
  function resolveTitle(key: string): number | null {
    const full = byAlias.all(key).filter((row) => row.partial === 0);
    return full.length === 1 && full[0] ? full[0].id : null;
  }

  /** Returns the person id for a mention, recording its aliases and role; null for no usable name. */
  return function resolve(mention: PersonMention, seenAt: string): number | null {
    const key = nameKey(mention.name);
    if (!key) return null;
    // Kept trimmed, so that one role cut two ways ("Chancellor", "Chancellor of") is one role;
    // its words as written still tell a name with role words in front ("Deputy" for "PM X").
    const role = cleanRole(mention.role);
    const id = titleOnly(mention.name)
      ? resolveTitle(key)
      : key.includes(" ")
        ? resolveFull(mention.name, key, mention.role)
        : resolveSurname(mention.name, key, role);
    if (id === null) return null;
    const words = new Set(key.split(" "));
    for (const alias of [mention.name, ...mention.aliases]) {
      const aliasKey = nameKey(alias);
      // Only aliases made of the name's own words: "Lavrov" for "Sergei Lavrov", never "the minister".
      if (aliasKey && aliasKey.split(" ").every((word) => words.has(word)))
        insertAlias.run(aliasKey, id, alias);
    }
    insertAlias.run(surnameKey(key), id, mention.name.split(/\s+/).at(-1) ?? mention.name);
    // A name with role words in front came from a cut-up role ("UK Chancellor of"): not kept.
    const stored = nameKey(nameOf.get(id)?.name ?? key);
    const garbled = key.length > stored.length && extraLeadingWords(key, stored) !== null;
    if (role && !garbled) upsertRole.run(id, role, seenAt);
    return id;
  };
}
