import { nameKey, surnameKey } from "../name-key.js";
import {
  byProminence,
  firstNamesAgree,
  maxShown,
  shownAliases,
  surnameBearers,
  type PersonLookup,
  type Prominence,
} from "../person-rules.js";
import { rankRoles } from "../role-text.js";
import { editDistance } from "../search-text.js";
import type { PersonRef } from "./archive-port.js";
import type { Queryable } from "./open-postgres.js";

/**
 * Finds the person a user means, with the SQLite lookup's rules (sqlite-person-lookup.ts): a
 * name's key among the aliases; several bearers go to the most prominent, the others named as
 * namesakes ("many" only when nothing tells them apart); a full name not seen falls back to a
 * full name with its surname when the first names agree; a misspelt name yields near misses.
 */
export function createPostgresPersonLookup(db: Queryable) {
  async function byAlias(key: string): Promise<number[]> {
    return (await bearers(key)).map((r) => r.id);
  }

  async function bearers(key: string): Promise<Array<{ id: number; surnameKey: string }>> {
    // The lookup's fixed questions are named statements: parsed and planned once per connection.
    const { rows } = await db.query<{ id: number; surnameKey: string }>({
      name: "bb_person_bearers",
      text: `SELECT DISTINCT a.person_id AS id, p.surname_key AS "surnameKey" FROM person_aliases a
        JOIN people p ON p.id = a.person_id WHERE a.alias_key = $1 ORDER BY a.person_id`,
      values: [key],
    });
    return rows;
  }

  /** People in the order of `ids`, each with aliases and roles, in one query. */
  async function refs(ids: number[]): Promise<PersonRef[]> {
    if (ids.length === 0) return [];
    const { rows } = await db.query<{
      id: number;
      name: string;
      aliases: string[] | null;
      roles: string[] | null;
      quoted: Array<{ role: string; quotes: number }> | null;
    }>({
      name: "bb_person_refs",
      text: `SELECT p.id, p.name,
         (SELECT array_agg(alias ORDER BY alias COLLATE "C") FROM person_aliases WHERE person_id = p.id) AS aliases,
         (SELECT array_agg(role ORDER BY seen_at DESC, role COLLATE "C") FROM person_roles WHERE person_id = p.id) AS roles,
         (SELECT json_agg(json_build_object('role', r.role, 'quotes', r.quotes)) FROM
           (SELECT speaker_role AS role, count(*)::int AS quotes FROM quotes
            WHERE person_id = p.id AND speaker_role IS NOT NULL GROUP BY speaker_role) r) AS quoted
       FROM people p WHERE p.id = ANY($1::int[])`,
      values: [ids],
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          personId: row.id,
          name: row.name,
          aliases: shownAliases(row.name, row.aliases ?? []),
          roles: rankRoles(row.roles ?? [], row.quoted ?? []),
        },
      ];
    });
  }

  async function ranked(ids: Iterable<number>): Promise<Prominence[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    // One bearer has no one to be ranked against: skip the counts (a prolific speaker's run to
    // thousands of rows); `refs` drops an id with no person, as the EXISTS below would.
    if (unique.length === 1)
      return [{ id: unique[0] as number, quotes: 0, articles: 0, latest: "" }];
    // Both counts walk an index on person_id; max(sort_key) is one seek on (person_id, sort_key).
    const { rows } = await db.query<Prominence>(
      `SELECT t.id, (SELECT count(*) FROM quotes q WHERE q.person_id = t.id)::int AS quotes,
         (SELECT count(*) FROM article_people ap WHERE ap.person_id = t.id)::int AS articles,
         coalesce((SELECT max(q.sort_key) FROM quotes q WHERE q.person_id = t.id), '') AS latest
       FROM unnest($1::int[]) AS t(id) WHERE EXISTS (SELECT 1 FROM people p WHERE p.id = t.id)`,
      [unique],
    );
    const order = new Map(unique.map((id, i) => [id, i]));
    // A stable sort on the ids' order, as SQLite's ranks them.
    return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)).sort(byProminence);
  }

  async function near(key: string, also: number[] = []): Promise<PersonRef[]> {
    const first = key[0] ?? "";
    const { rows } = await db.query<{ alias_key: string; person_id: number }>(
      "SELECT alias_key, person_id FROM person_aliases WHERE alias_key >= $1 AND alias_key < $2",
      [first, String.fromCodePoint((first.codePointAt(0) ?? 0) + 1)],
    );
    const max = key.length >= 6 ? 2 : 1;
    const ids = rows
      .filter((r) => editDistance(key, r.alias_key, max) <= max)
      .map((r) => r.person_id);
    const top = await ranked([...also, ...ids].slice(0, 50));
    return (await refs(top.map((p) => p.id))).slice(0, maxShown);
  }

  async function choose(candidates: Prominence[]): Promise<PersonLookup> {
    const [lead, second] = candidates;
    if (!lead) return { kind: "none", near: [] };
    if (second && byProminence(lead, second) === 0) {
      const tied = candidates.filter((c) => byProminence(lead, c) === 0);
      return { kind: "many", people: await refs(tied.slice(0, maxShown).map((c) => c.id)) };
    }
    const [leader, ...namesakes] = await refs(candidates.slice(0, maxShown + 1).map((c) => c.id));
    if (!leader) return { kind: "none", near: [] };
    return { kind: "one", person: leader, namesakes };
  }

  return async function lookup(query: string): Promise<PersonLookup> {
    const key = nameKey(query);
    if (!key) return { kind: "none", near: [] };
    const exact = surnameBearers(query, await bearers(key));
    if (exact.length > 0) return choose(await ranked(exact));
    if (!key.includes(" ")) return { kind: "none", near: await near(key) };
    const sameSurname = await byAlias(surnameKey(key));
    const names = await db.query<{ id: number; name: string }>(
      "SELECT id, name FROM people WHERE id = ANY($1::int[])",
      [sameSurname],
    );
    const nameOf = new Map(names.rows.map((r) => [r.id, r.name]));
    // Only full names can agree: a bare "Blair" stored says nothing about "John Blair".
    const agreeing = sameSurname.filter((id) => {
      const stored = nameKey(nameOf.get(id) ?? "");
      return stored.includes(" ") && firstNamesAgree(key, stored);
    });
    if (agreeing.length > 0) return choose(await ranked(agreeing));
    return { kind: "none", near: await near(key, sameSurname) };
  };
}
