import { existsSync } from "node:fs";
import { ArchiveError } from "../app/archive-error.js";
import { stripTerminalControls } from "../core/text/strip-terminal-controls.js";
import { loadConfig } from "../config/load-config.js";
import { loadDotEnv, readConfigFiles } from "../config/read-config-files.js";
import type { Archive } from "../app/ports/archive.js";
import { openStores, type StoreLocation, type Stores } from "./open-stores.js";
import { commandSpecs } from "./command-specs.js";
import { parseOptions } from "./parse-options.js";

/** Arguments of the archive commands: positional words, where the stores are, the command's own flags. */
export interface ArchiveArgs extends StoreLocation {
  words: string[];
  flags: Map<string, string | true>;
}

/**
 * Reads `--db PATH` (else the database `start` and `chat` use: `DATABASE_URL` for PostgreSQL,
 * else `BRIEFBOT_DB`, from `.env` in `root` too, else config/briefbot.json, else
 * data/briefbot.db; an explicit `--db` always means that SQLite file), the flags a command accepts
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
  return configured.ok
    ? { words, flags, db: configured.db, databaseUrl: configured.databaseUrl }
    : configured.message;
}

/** The value's name in the commands' help ("PATH" for --db), so errors read the same. */
function placeholder(name: string): string {
  const option = commandSpecs.flatMap((spec) => spec.options).find((o) => o.name === name);
  return option?.value ?? "VALUE";
}

// Only the database settings are checked: a bad platform token must not stop an archive query.
function configuredDb(
  root: string,
): { ok: true; db: string; databaseUrl: string | undefined } | { ok: false; message: string } {
  loadDotEnv(root);
  const loaded = loadConfig(
    { BRIEFBOT_DB: process.env.BRIEFBOT_DB, DATABASE_URL: process.env.DATABASE_URL },
    readConfigFiles(root),
  );
  if (loaded.ok) return { ok: true, db: loaded.config.db, databaseUrl: loaded.config.databaseUrl };
  return { ok: false, message: loaded.error.message.replace(/^briefbot: /, "") };
}

/** Opens the stores, or returns the sentence that says why they cannot be opened. */
export async function openArchive(location: StoreLocation): Promise<Stores | string> {
  try {
    return await openStores(location);
  } catch (error) {
    if (error instanceof ArchiveError) return `${error.message} (${describe(location)})`;
    throw error;
  }
}

function describe(location: StoreLocation): string {
  return location.databaseUrl ? "PostgreSQL, DATABASE_URL" : location.db;
}

/** Runs a command body, turning archive faults into one line on stderr and exit code 1. */
export async function withArchive(
  location: StoreLocation,
  body: (archive: Archive, stores: Stores) => Promise<number> | number,
): Promise<number> {
  const stores = await openArchive(location);
  if (typeof stores === "string") return fail(stores, 1);
  try {
    return await body(stores.archive, stores);
  } catch (error) {
    if (error instanceof ArchiveError) return fail(error.message, 1);
    throw error;
  } finally {
    await stores.close();
  }
}

/**
 * Like `withArchive`, for commands that only read: a missing file is a sentence, not a new empty
 * archive (opening would create it, so a mistyped `--db` would answer "no one said that").
 */
export async function withExistingArchive(
  location: StoreLocation,
  body: (archive: Archive, stores: Stores) => Promise<number> | number,
): Promise<number> {
  const { db, databaseUrl } = location;
  if (!databaseUrl && db !== ":memory:" && !existsSync(db))
    return fail(
      `There is no archive at ${db}; run \`briefbot ingest\` or \`briefbot start\` first.`,
      1,
    );
  return withArchive(location, body);
}

export function fail(message: string, code: number): number {
  // Messages can quote a document (a headline, a URL): never terminal escapes.
  process.stderr.write(`briefbot: ${stripTerminalControls(message)}\n`);
  return code;
}
