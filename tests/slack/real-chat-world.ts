import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "../../src/app/system-clock.js";
import { createChatService } from "../../src/app/chat/create-chat-service.js";
import type { IngestLink } from "../../src/app/chat/chat-service-deps.js";
import { createBriefsIngester } from "../../src/app/ingest/ingest-briefs.js";
import { createLinkIngester } from "../../src/app/ingest/ingest-link.js";
import type { Logger } from "../../src/app/ports/logger.js";
import { chatMigrations } from "../../src/archive/migrations/chat-migrations.js";
import { createSqliteArchive } from "../../src/archive/sqlite-archive.js";
import { createSqliteEventDedup } from "../../src/archive/sqlite-event-dedup.js";
import { createSqliteInstallationStore } from "../../src/archive/sqlite-installation-store.js";
import { createSqliteSubscriptionStore } from "../../src/archive/sqlite-subscription-store.js";
import { createBriefsFolder } from "../../src/sources/create-briefs-folder.js";
import { createGuardedFetch } from "../../src/sources/guarded-fetch.js";
import { createParser } from "../../src/sources/run-off-thread.js";

/**
 * The real thing behind the adapter: an archive file, briefs folders read by the real engine,
 * and the real chat service. `extraArticles` are written to a folder of their own first.
 * `readLinks` lets `/brief <link>` fetch through the guarded client (loopback allowed for tests)
 * and read pages in the real worker pool.
 */
export async function openRealChatWorld(
  briefsDirs: string[],
  logger: Logger,
  extraArticles: Record<string, string> = {},
  options: { readLinks?: boolean } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-slack-e2e-"));
  const archive = createSqliteArchive({
    path: join(dir, "briefbot.db"),
    migrations: chatMigrations,
  });
  const extraDir = join(dir, "briefs");
  mkdirSync(extraDir);
  for (const [name, text] of Object.entries(extraArticles))
    writeFileSync(join(extraDir, name), text);
  for (const folder of [extraDir, ...briefsDirs]) {
    const source = await archive.sources.add("briefs", folder);
    const sourceId = source.ok ? source.source.id : "file";
    await createBriefsIngester({
      archive,
      folder: createBriefsFolder(folder),
      parser: createParser(),
      sourceId,
      logger,
    }).scan();
  }
  const subscriptions = createSqliteSubscriptionStore(archive.db);
  const parser = createParser();
  const chat = createChatService({
    ...(options.readLinks ? { ingestLink: linkReader(archive, parser) } : {}),
    archive,
    subscriptions,
    clock: systemClock,
    logger,
    defaults: { localTime: "08:00", timeZone: "UTC" },
    limits: { quotesPerAnswer: 5, cardsPerBriefing: 10 },
  });
  const close = async () => {
    void parser.close();
    await archive.close();
    rmSync(dir, { recursive: true, force: true });
  };
  // The adapter's stores on the archive's file, as the composition root wires them.
  const slackStores = {
    eventDedup: createSqliteEventDedup(archive.db),
    installations: createSqliteInstallationStore(archive.db),
  };
  return { archive, subscriptions, chat, slackStores, close };
}

function linkReader(
  archive: ReturnType<typeof createSqliteArchive>,
  parser: ReturnType<typeof createParser>,
): IngestLink {
  const ingest = createLinkIngester({
    archive,
    fetchPage: createGuardedFetch({ allowLoopbackForTests: true }),
    parser,
  });
  return async (url) => {
    const result = await ingest(url);
    return result.ok
      ? { ok: true, articleId: result.outcome.articleId }
      : { ok: false, error: result.error };
  };
}
