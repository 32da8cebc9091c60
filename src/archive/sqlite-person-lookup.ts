import type Database from "better-sqlite3";
import type { PersonRef } from "../app/ports/archive.js";
import { nameKey, surnameKey } from "./name-key.js";
import {
  byProminence,
  firstNamesAgree,
  maxShown,
  type PersonLookup,
  type Prominence,
  shownAliases,
  surnameBearers,
} from "./person-rules.js";
import { rankRoles } from "./role-text.js";
import { editDistance } from "./search-text.js";

export type { PersonLookup } from "./person-rules.js";

/**
 * Finds the person a user means: "Putin", "Vladimir Putin" and "President Putin" all reduce to
 * a key found among the aliases. A name several people carry ("Blair", "Mr Brown") goes to the
 * most prominent of them (most quotes, then most recent), the others named as namesakes; it is
 * "many" only when nothing tells them apart. A full name not seen falls back to a full name
 * with its surname when the first names agree ("T Blair"); a misspelt name yields near misses.
 */
export function createPersonLookup(db: Database.Database) {
  const byAlias = db.prepare<[string], { person_id: number; surnameKey: string }>(
    `SELECT DISTINCT a.person_id, p.surname_key AS surnameKey FROM person_aliases a
     JOIN people p ON p.id = a.person_id WHERE a.alias_key = ? ORDER BY a.person_id`,
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
  const quotedRoles = db.prepare<[number], { role: string; quotes: number }>(
    "SELECT speaker_role AS role, count(*) AS quotes FROM quotes WHERE person_id = ? AND speaker_role IS NOT NULL GROUP BY speaker_role",
  );
  // Both counts walk an index on person_id; max(sort_key) is one seek on (person_id, sort_key).
  const prominence = db.prepare<{ id: number }, Prominence>(
    `SELECT @id AS id, (SELECT count(*) FROM quotes WHERE person_id = @id) AS quotes,
       (SELECT count(*) FROM article_people WHERE person_id = @id) AS articles,
       coalesce((SELECT max(sort_key) FROM quotes WHERE person_id = @id), '') AS latest`,
  );
  const nameOf = db.prepare<[number], { name: string }>("SELECT name FROM people WHERE id = ?");

  function ref(id: number): PersonRef | null {
    const row = person.get(id);
    if (!row) return null;
    // A card's "Exchequer Gordon Brown" finds Gordon Brown, but is not shown as a name of his.
    const names = shownAliases(
      row.name,
      aliases.all(id).map((a) => a.alias),
    );
    return {
      personId: row.id,
      name: row.name,
      aliases: names,
      roles: rankRoles(
        roles.all(id).map((r) => r.role),
        quotedRoles.all(id),
      ),
    };
  }

  function refs(ids: number[]): PersonRef[] {
    return ids.map(ref).filter((p): p is PersonRef => p !== null);
  }

  function ranked(ids: Iterable<number>): Prominence[] {
    return [...new Set(ids)]
      .map((id) => prominence.get({ id }))
      .filter((p): p is Prominence => p !== undefined)
      .sort(byProminence);
  }

  function near(key: string, also: number[] = []): PersonRef[] {
    const first = key[0] ?? "";
    const rows = aliasRange.all(first, String.fromCodePoint((first.codePointAt(0) ?? 0) + 1));
    const max = key.length >= 6 ? 2 : 1;
    const ids = rows
      .filter((r) => editDistance(key, r.alias_key, max) <= max)
      .map((r) => r.person_id);
    return refs(ranked([...also, ...ids].slice(0, 50)).map((p) => p.id)).slice(0, maxShown);
  }

  function choose(candidates: Prominence[]): PersonLookup {
    const [lead, second] = candidates;
    const leader = lead ? ref(lead.id) : null;
    if (!lead || !leader) return { kind: "none", near: [] };
    if (second && byProminence(lead, second) === 0) {
      const tied = candidates.filter((c) => byProminence(lead, c) === 0);
      return { kind: "many", people: refs(tied.slice(0, maxShown).map((c) => c.id)) };
    }
    const namesakes = refs(candidates.slice(1, maxShown + 1).map((c) => c.id));
    return { kind: "one", person: leader, namesakes };
  }

  return function lookup(query: string): PersonLookup {
    const key = nameKey(query);
    if (!key) return { kind: "none", near: [] };
    const exact = surnameBearers(
      query,
      byAlias.all(key).map((r) => ({ id: r.person_id, surnameKey: r.surnameKey })),
    );
    if (exact.length > 0) return choose(ranked(exact));
    if (!key.includes(" ")) return { kind: "none", near: near(key) };
    const sameSurname = byAlias.all(surnameKey(key)).map((r) => r.person_id);
    // Only full names can agree: a bare "Blair" stored says nothing about "John Blair".
    const agreeing = sameSurname.filter((id) => {
      const stored = nameKey(nameOf.get(id)?.name ?? "");
      return stored.includes(" ") && firstNamesAgree(key, stored);
    });
    if (agreeing.length > 0) return choose(ranked(agreeing));
    return { kind: "none", near: near(key, sameSurname) };
  };
}
