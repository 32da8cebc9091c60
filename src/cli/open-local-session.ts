import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { ChatService } from "../app/chat-service.js";
import { createChatService } from "../app/chat/create-chat-service.js";
import { systemClock } from "../app/system-clock.js";
import type { PostingLedger } from "../app/ports/posting-ledger.js";
import type { SubscriptionStore } from "../app/ports/subscription-store.js";
import type { IngestLink } from "../app/chat/chat-service-deps.js";
import { createBriefsIngester, type BriefsIngester } from "../app/ingest/ingest-briefs.js";
import type { ArticleParser } from "../app/ports/article-parser.js";
import type { FetchPage } from "../app/ports/fetch-page.js";
import { createLinkIngester } from "../app/ingest/ingest-link.js";
import { pollAllFeeds } from "../app/ingest/poll-all-feeds.js";
import { createFeedPoller } from "../app/ingest/poll-feed.js";
import type { Logger } from "../app/ports/logger.js";
import { createStderrLogger } from "../app/stderr-logger.js";
import type { Config } from "../config/config.js";
import { loadConfig } from "../config/load-config.js";
import { loadDotEnv, readConfigFiles } from "../config/read-config-files.js";
import { INSTALL_OWNER } from "../app/briefings/briefing-scope.js";
import type { Archive } from "../app/ports/archive.js";
import { ArchiveError } from "../app/archive-error.js";
import { openStores, type Stores } from "./open-stores.js";
import { createBriefsFolder } from "../sources/create-briefs-folder.js";
import { createGuardedFetch } from "../sources/guarded-fetch.js";
import { createParser } from "../sources/run-off-thread.js";
import { specOf } from "./command-specs.js";
import { parseOptions } from "./parse-options.js";

/** Everything `start` and `chat` share: config, the archive with the chat stores, the chat service. */
export interface LocalSession {
  config: Config;
  /** Every store, on SQLite or PostgreSQL (`DATABASE_URL`). */
  stores: Stores;
  archive: Archive;
  subscriptions: SubscriptionStore;
  ledger: PostingLedger;
  chat: ChatService;
  logger: Logger;
  /** The briefs folder, already scanned once; `watch` picks up new and changed files. */
  briefs: BriefsIngester;
  /** Polls every registered feed once (each feed's own backoff decides whether it is due). */
  pollFeeds(): Promise<void>;
  close(): Promise<void>;
}

export type SessionResult =
  { ok: true; session: LocalSession } | { ok: false; message: string; exitCode: number };

/** Parses `--briefs DIR` / `--db PATH`, loads `.env` and the config, opens the archive and ingests the briefs folder. */
export async function openLocalSession(args: readonly string[]): Promise<SessionResult> {
  const flags = parseFlags(args);
  if (!flags.ok) return { ok: false, message: flags.message, exitCode: 2 };
  loadDotEnv(process.cwd());
  const env = { ...process.env, ...flags.overrides };
  const loaded = loadConfig(env, readConfigFiles(process.cwd()));
  if (!loaded.ok) return { ok: false, message: loaded.error.message, exitCode: 2 };
  const { config } = loaded;
  const briefsFolder = resolve(config.briefsDir);
  const unusable = await checkBriefsFolder(briefsFolder);
  if (unusable) return { ok: false, message: unusable, exitCode: 1 };
  const logger = createStderrLogger((line) => process.stderr.write(line));
  const stores = await openStores(
    { db: config.db, databaseUrl: config.databaseUrl },
    { backup: true },
  ).catch((error: unknown) => {
    if (error instanceof ArchiveError) return error;
    throw error;
  });
  if (stores instanceof ArchiveError)
    return { ok: false, message: `briefbot: ${stores.message}`, exitCode: 1 };
  if (stores.backupProblem)
    logger.warn("archive backup not made", { path: config.db, reason: stores.backupProblem });
  logger.info("stores open", { engine: stores.engine, where: stores.where });
  const { archive, subscriptions, ledger } = stores;
  await registerFeeds(archive, config.sources, logger, (id) =>
    subscriptions.ownSource(id, INSTALL_OWNER, "config", systemClock.now().toISOString()),
  );
  const parser = createParser();
  const briefsSource = await archive.sources.add("briefs", briefsFolder);
  const briefsSourceId = briefsSource.ok ? briefsSource.source.id : "file";
  const briefs = await scanBriefs(archive, briefsFolder, briefsSourceId, parser, logger);
  const fetchPage = createGuardedFetch();
  const pollFeed = createFeedPoller({
    archive,
    feedState: stores.feedState,
    fetchPage,
    parser,
    logger,
    now: () => systemClock.now(),
  });
  const pollFeeds = async () => void (await pollAllFeeds(archive, pollFeed, logger));
  const chat = createChatService({
    ingestLink: linkIngester(archive, fetchPage, parser),
    archive,
    subscriptions,
    clock: systemClock,
    logger,
    defaults: { localTime: config.briefingTime, timeZone: config.timezone },
    limits: config.limits,
    briefsSourceId,
  });
  return {
    ok: true,
    session: {
      config,
      stores,
      archive,
      subscriptions,
      ledger,
      chat,
      logger,
      briefs,
      pollFeeds,
      close: () => stores.close(),
    },
  };
}

type Flags = { ok: true; overrides: Record<string, string> } | { ok: false; message: string };

function parseFlags(args: readonly string[]): Flags {
  const names: Record<string, string> = { briefs: "BRIEFBOT_BRIEFS_DIR", db: "BRIEFBOT_DB" };
  const parsed = parseOptions(specOf("start").options, args);
  if (!parsed.ok) return { ok: false, message: `briefbot: ${parsed.message}` };
  const [extra] = parsed.positionals;
  if (extra !== undefined)
    return { ok: false, message: `briefbot: Unexpected argument "${extra}".` };
  const overrides: Record<string, string> = {};
  for (const [name, value] of parsed.options)
    if (typeof value === "string" && names[name]) overrides[names[name]] = value;
  return { ok: true, overrides };
}

/**
 * The briefs folder must exist and be readable: starting on a mistyped path would brief
 * nothing and say "Nothing new", which looks like success.
 */
async function checkBriefsFolder(folder: string): Promise<string | null> {
  const info = await stat(folder).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code === "ENOENT")
      return `briefbot: There is no briefs folder at ${folder}; create it, or set BRIEFBOT_BRIEFS_DIR or --briefs to one.`;
    return `briefbot: The briefs folder ${folder} cannot be read (${info.code ?? info.message}).`;
  }
  if (!info.isDirectory())
    return `briefbot: The briefs folder ${folder} is a file, not a folder; set BRIEFBOT_BRIEFS_DIR or --briefs to a folder.`;
  const readable = await access(folder, constants.R_OK | constants.X_OK).then(
    () => true,
    () => false,
  );
  return readable
    ? null
    : `briefbot: The briefs folder ${folder} cannot be read (permission denied).`;
}

/** Feeds listed in config/briefbot.json; the archive keeps one entry per source. */
async function registerFeeds(
  archive: Archive,
  sources: readonly string[],
  logger: Logger,
  ownedByInstall: (sourceId: string) => Promise<void>,
): Promise<void> {
  for (const location of sources) {
    const result = await archive.sources.add("feed", location);
    if (result.ok) await ownedByInstall(result.source.id);
    else logger.warn("config source not added", { location, reason: result.error.message });
  }
}

async function scanBriefs(
  archive: Archive,
  folder: string,
  sourceId: string,
  parser: ArticleParser,
  logger: Logger,
): Promise<BriefsIngester> {
  const briefs = createBriefsIngester({
    archive,
    folder: createBriefsFolder(folder),
    parser,
    sourceId,
    logger,
  });
  const report = await briefs.scan();
  if (report.failed.length > 0)
    logger.warn("some briefs files were skipped", { failed: report.failed.length });
  return briefs;
}

/** `/brief <link>`: fetched through the guarded client, extracted off the main thread. */
function linkIngester(archive: Archive, fetchPage: FetchPage, parser: ArticleParser): IngestLink {
  const ingest = createLinkIngester({ archive, fetchPage, parser });
  return async (url, sourceId) => {
    const result = await ingest(url, sourceId);
    return result.ok
      ? { ok: true, articleId: result.outcome.articleId }
      : { ok: false, error: result.error };
  };
}
