import { sourceId, toSource, type SourceRow } from "../source-id.js";
import type { Source, SourceRegistry, SourceResult } from "./archive-port.js";
import type { Queryable } from "./open-postgres.js";
import { isoSql } from "./postgres-rows.js";

const columns = `id, kind, location, ${isoSql("added_at")} AS added_at, status, failure_reason,
  consecutive_failures, ${isoSql("last_polled_at")} AS last_polled_at, ${isoSql("next_poll_at")} AS next_poll_at`;

/** Sources kept in the `sources` table; ids as on SQLite (source-id.ts). */
export function createPostgresSourceRegistry(db: Queryable, now: () => string): SourceRegistry {
  async function byId(id: string): Promise<SourceRow | undefined> {
    const { rows } = await db.query<SourceRow>(
      `SELECT ${columns} FROM sources WHERE id = $1 OR location = $1 ORDER BY id = $1 DESC LIMIT 1`,
      [id],
    );
    return rows[0];
  }

  async function get(idOrLocation: string): Promise<Source | null> {
    const direct = await byId(idOrLocation);
    if (direct) return toSource(direct);
    for (const kind of ["feed", "briefs"] as const) {
      const key = sourceId(kind, idOrLocation);
      const row = "id" in key ? await byId(key.id) : undefined;
      if (row) return toSource(row);
    }
    return null;
  }

  return {
    async add(kind, location): Promise<SourceResult> {
      const key = sourceId(kind, location);
      if ("error" in key)
        return { ok: false, error: { code: "invalid-source", message: key.error } };
      // Two instances adding one feed at once: one row, and each learns whether it created it.
      const inserted = await db.query(
        "INSERT INTO sources (id, kind, location, added_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING",
        [key.id, kind, key.location, now()],
      );
      const row = await byId(key.id);
      if (!row) throw new Error(`source ${key.id} vanished after insert`);
      return { ok: true, source: toSource(row), created: inserted.rowCount === 1 };
    },
    async remove(idOrLocation) {
      const source = await get(idOrLocation);
      if (!source) return false;
      const { rowCount } = await db.query("DELETE FROM sources WHERE id = $1", [source.id]);
      return (rowCount ?? 0) > 0;
    },
    async list() {
      const { rows } = await db.query<SourceRow>(
        `SELECT ${columns} FROM sources ORDER BY sources.added_at, id`,
      );
      return rows.map(toSource);
    },
    get,
  };
}
