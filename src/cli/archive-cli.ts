import { existsSync } from "node:fs";
import { ArchiveError } from "../app/archive-error.js";
import { stripTerminalControls } from "../core/text/strip-terminal-controls.js";
import { loadConfig } from "../config/load-config.js";
import { loadDotEnv, readConfigFiles } from "../config/read-config-files.js";
import { createSqliteArchive, type SqliteArchive } from "../archive/sqlite-archive.js";
import { commandSpecs } from "./command-specs.js";
import { parseOptions } from "./parse-options.js";

/** Arguments of the archive commands: positional words, `--db`, and the command's own flags. */
export interface ArchiveArgs {
  words: string[];
  db: string;
  flags: Map<string, string | true>;
}

/**
 * Reads `--db PATH` (else the database `start` and `chat` use: `BRIEFBOT_DB`, from `.env` in
 * `root` too, else config/briefbot.json, else data/briefbot.db), the flags a command accepts
 * (`valued` take a value), and the rest as words. An unknown flag or a bad config is an error sentence.
 */
export function parseArchiveArgs(
  args: string[],
  valued: string[],
  switches: string[],
  root: string,
): ArchiveArgs | string {
  const options = [
    ...["db", ...valued].map((name) => ({ name, value: placeholder(name), summary: "" })),
    ...switches.map((name) => ({ name, summary: "" })),
  ];
  const parsed = parseOptions(options, args);
  if (!parsed.ok) return parsed.message;
  const { options: flags, positionals: words } = parsed;
  const db = flags.get("db");
  if (typeof db === "string") return { words, flags, db };
  const configured = configuredDb(root);
  return configured.ok ? { words, flags, db: configured.db } : configured.message;
}

/** The value's name in the commands' help ("PATH" for --db), so errors read the same. */
function placeholder(name: string): string {
  const option = commandSpecs.flatMap((spec) => spec.options).find((o) => o.name === name);
  return option?.value ?? "VALUE";
}

// Only BRIEFBOT_DB is checked: a bad platform token must not stop a local archive query.
function configuredDb(root: string): { ok: true; db: string } | { ok: false; message: string } {
  loadDotEnv(root);
  const loaded = loadConfig({ BRIEFBOT_DB: process.env.BRIEFBOT_DB }, readConfigFiles(root));
  if (loaded.ok) return { ok: true, db: loaded.config.db };
  return { ok: false, message: loaded.error.message.replace(/^briefbot: /, "") };
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
    await archive.close();
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
  // Messages can quote a document (a headline, a URL): never terminal escapes.
  process.stderr.write(`briefbot: ${stripTerminalControls(message)}\n`);
  return code;
}
