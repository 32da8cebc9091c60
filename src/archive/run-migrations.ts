import type Database from "better-sqlite3";
import { ArchiveError } from "../app/archive-error.js";
import type { Migration } from "./migration.js";

const ledgerSql = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/**
 * Applies every migration not yet recorded in `schema_migrations`, in version order, each in its
 * own transaction: a failing migration rolls back alone and leaves earlier ones applied. Any
 * pending version is applied, not only those above the highest, because stores in separate
 * version ranges (archive 1–99, chat 100–199) arrive independently.
 * Returns the versions applied now.
 */
export function runMigrations(
  db: Database.Database,
  migrations: readonly Migration[],
  now: () => string,
): number[] {
  assertDistinct(migrations);
  db.exec(ledgerSql);
  const applied = new Set(
    db.prepare("SELECT version FROM schema_migrations").pluck().all() as number[],
  );
  const pending = [...migrations]
    .filter((m) => !applied.has(m.version))
    .sort((a, b) => a.version - b.version);
  const record = db.prepare(
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
  );
  const isApplied = db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?");
  const done: number[] = [];
  for (const migration of pending) {
    // Checked again under the write lock: another process opening the same file may have won.
    const apply = db.transaction(() => {
      if (isApplied.get(migration.version)) return;
      if (typeof migration.up === "string") db.exec(migration.up);
      else migration.up(db);
      record.run(migration.version, migration.name, now());
      done.push(migration.version);
    });
    try {
      apply.immediate();
    } catch (error) {
      throw asMigrationError(migration, error);
    }
  }
  return done;
}

function asMigrationError(migration: Migration, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  // Lock and disk faults keep their own meaning (mapped by the caller); anything else is a broken migration.
  if (
    typeof code === "string" &&
    /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|READONLY|NOTADB|CORRUPT)/.test(code)
  )
    return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ArchiveError(
    "migration-failed",
    `The archive database could not be upgraded at migration ${migration.version} (${migration.name}): ${reason}.`,
    { cause: error },
  );
}

function assertDistinct(migrations: readonly Migration[]): void {
  const seen = new Set<number>();
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version < 1 || seen.has(m.version)) {
      throw new Error(`migration "${m.name}" has a missing or repeated version ${m.version}`);
    }
    seen.add(m.version);
  }
}
