import type Database from "better-sqlite3";
import type { Sync } from "./async-methods.js";
import type { Source, SourceRegistry, SourceResult } from "../app/ports/source-registry.js";
import { sourceId, toSource, type SourceRow } from "./source-id.js";

/** Sources kept in the `sources` table. */
export function createSourceRegistry(
  db: Database.Database,
  now: () => string,
): Sync<SourceRegistry> {
  const byId = db.prepare<[string, string], SourceRow>(
    "SELECT * FROM sources WHERE id = ? OR location = ?",
  );
  const insert = db.prepare(
    "INSERT INTO sources (id, kind, location, added_at) VALUES (?, ?, ?, ?)",
  );
  const all = db.prepare<[], SourceRow>("SELECT * FROM sources ORDER BY added_at, id");
  const remove = db.prepare("DELETE FROM sources WHERE id = ?");

  function get(idOrLocation: string): Source | null {
    const direct = byId.get(idOrLocation, idOrLocation);
    if (direct) return toSource(direct);
    for (const kind of ["feed", "briefs"] as const) {
      const key = sourceId(kind, idOrLocation);
      const row = "id" in key ? byId.get(key.id, key.id) : undefined;
      if (row) return toSource(row);
    }
    return null;
  }

  return {
    add(kind, location): SourceResult {
      const key = sourceId(kind, location);
      if ("error" in key)
        return { ok: false, error: { code: "invalid-source", message: key.error } };
      const existing = byId.get(key.id, key.id);
      if (existing) return { ok: true, source: toSource(existing), created: false };
      insert.run(key.id, kind, key.location, now());
      const created = byId.get(key.id, key.id);
      if (!created) throw new Error(`source ${key.id} vanished after insert`);
      return { ok: true, source: toSource(created), created: true };
    },
    remove(idOrLocation) {
      const source = get(idOrLocation);
      return source ? remove.run(source.id).changes > 0 : false;
    },
    list: () => all.all().map(toSource),
    get,
  };
}
