import { existsSync } from "node:fs";
import { ArchiveError } from "../app/archive-error.js";
import { createSqliteArchive, type SqliteArchive } from "../archive/sqlite-archive.js";

/** Arguments of the archive commands: positional words, `--db`, and the command's own flags. */
export interface ArchiveArgs {
  words: string[];
  db: string;
  flags: Map<string, string | true>;
}

export const defaultDb = "data/briefbot.db";

/**
 * Reads `--db PATH` (else `BRIEFBOT_DB`, else data/briefbot.db), the flags a command accepts
 * (`valued` take a value), and the rest as words. An unknown flag is an error sentence.
 */
export function parseArchiveArgs(
  args: string[],
  valued: string[],
  switches: string[],
  env: NodeJS.ProcessEnv,
): ArchiveArgs | string {
  const words: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("--") || arg === "--") {
      words.push(arg);
      continue;
    }
    const [name = "", inline] = arg.slice(2).split(/=(.*)/s);
    if (switches.includes(name)) flags.set(name, true);
    else if (valued.includes(name) || name === "db") {
      const value = inline ?? args[(i += 1)];
      if (!value) return `--${name} needs a value.`;
      flags.set(name, value);
    } else return `unknown option --${name}.`;
  }
  const db = flags.get("db");
  return { words, flags, db: typeof db === "string" ? db : env.BRIEFBOT_DB?.trim() || defaultDb };
}

/** Opens the archive, or returns the sentence that says why it cannot be opened. */
export function openArchive(path: string): SqliteArchive | string {
  try {
    return createSqliteArchive({ path });
  } catch (error) {
    if (error instanceof ArchiveError) return `${error.message} (${path})`;
    throw error;
  }
}

/** Runs a command body, turning archive faults into one line on stderr and exit code 1. */
export async function withArchive(
  path: string,
  body: (archive: SqliteArchive) => Promise<number> | number,
): Promise<number> {
  const archive = openArchive(path);
  if (typeof archive === "string") return fail(archive, 1);
  try {
    return await body(archive);
  } catch (error) {
    if (error instanceof ArchiveError) return fail(error.message, 1);
    throw error;
  } finally {
    archive.close();
  }
}

/**
 * Like `withArchive`, for commands that only read: a missing file is a sentence, not a new empty
 * archive (opening would create it, so a mistyped `--db` would answer "no one said that").
 */
export async function withExistingArchive(
  path: string,
  body: (archive: SqliteArchive) => Promise<number> | number,
): Promise<number> {
  if (path !== ":memory:" && !existsSync(path))
    return fail(
      `There is no archive at ${path}; run \`briefbot ingest\` or \`briefbot start\` first.`,
      1,
    );
  return withArchive(path, body);
}

export function fail(message: string, code: number): number {
  process.stderr.write(`briefbot: ${message}\n`);
  return code;
}
