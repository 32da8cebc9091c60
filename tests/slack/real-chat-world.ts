import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "../../src/app/briefings/clock.js";
import { createChatService } from "../../src/app/chat/create-chat-service.js";
import { createBriefsIngester } from "../../src/app/ingest/ingest-briefs.js";
import type { Logger } from "../../src/app/logger.js";
import { chatMigrations } from "../../src/archive/migrations/chat-migrations.js";
import { createSqliteArchive } from "../../src/archive/sqlite-archive.js";
import { createSqliteSubscriptionStore } from "../../src/archive/sqlite-subscription-store.js";
import { createBriefsFolder } from "../../src/sources/create-briefs-folder.js";
import { createParser } from "../../src/sources/run-off-thread.js";

/**
 * The real thing behind the adapter: an archive file, briefs folders read by the real engine,
 * and the real chat service. `extraArticles` are written to a folder of their own first.
 */
export async function openRealChatWorld(
  briefsDirs: string[],
  logger: Logger,
  extraArticles: Record<string, string> = {},
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
    const source = archive.sources.add("briefs", folder);
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
  const chat = createChatService({
    archive,
    subscriptions,
    clock: systemClock,
    logger,
    defaults: { localTime: "08:00", timeZone: "UTC" },
    limits: { quotesPerAnswer: 5, cardsPerBriefing: 10 },
  });
  const close = () => {
    archive.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { archive, subscriptions, chat, close };
}
