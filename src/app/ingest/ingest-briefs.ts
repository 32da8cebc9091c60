import type { Archive } from "../ports/archive.js";
import { ArchiveError } from "../archive-error.js";
import type { Logger } from "../ports/logger.js";
import type { ArticleParser } from "../ports/article-parser.js";
import type { BriefsFolder } from "../ports/briefs-folder.js";
import { emptyReport, type IngestReport } from "./ingest-report.js";

export interface BriefsIngester {
  /** Ingests files that are new or changed since the last scan; unreadable ones are reported and skipped. */
  scan(): Promise<IngestReport>;
  /** Scans every `intervalMs` until the returned function is called. */
  watch(intervalMs: number): () => void;
}

/**
 * Keeps the archive in step with a briefs folder. A file is read again only when its size or
 * modification time changed; the archive's content hash makes a touched-but-same file a no-op,
 * and an edited file replaces its card (matched by its path within the folder).
 */
export function createBriefsIngester(deps: {
  archive: Archive;
  folder: BriefsFolder;
  /** Builds cards off the main thread when an article is large (a hostile file must not stall chat). */
  parser: Pick<ArticleParser, "card">;
  sourceId: string;
  logger: Logger;
}): BriefsIngester {
  const seen = new Map<string, string>();
  let running: Promise<IngestReport> | null = null;

  async function ingestFile(path: string, report: IngestReport): Promise<void> {
    const read = await deps.folder.read(path);
    if (!read.ok) {
      report.failed.push({ item: path, reason: read.message });
      deps.logger.warn("skipped a briefs file", { path, reason: read.message });
      return;
    }
    const built = await deps.parser.card(read.input);
    if (!built.ok) {
      report.failed.push({ item: path, reason: `${path}: ${built.error.message}` });
      deps.logger.warn("skipped a briefs file", { path, reason: built.error.message });
      return;
    }
    const outcome = await deps.archive.ingest(read.input, {
      sourceId: deps.sourceId,
      path,
      card: built.card,
    });
    report[outcome.status].push(outcome.articleId);
  }

  async function scanOnce(): Promise<IngestReport> {
    const report = emptyReport();
    // A full disk fails every file alike: logged once per scan, counted in the report.
    const logged = new Set<string>();
    for (const file of await deps.folder.list()) {
      const stamp = `${file.size}:${file.mtimeMs}`;
      if (seen.get(file.path) === stamp) continue;
      try {
        await ingestFile(file.path, report);
        seen.set(file.path, stamp);
      } catch (error) {
        // A locked or full database: report it, keep the file unseen so the next scan retries.
        if (!(error instanceof ArchiveError)) throw error;
        report.failed.push({ item: file.path, reason: error.message, fault: error.code });
        if (!logged.has(error.code))
          deps.logger.error("could not store a briefs file", { path: file.path, code: error.code });
        logged.add(error.code);
        // Each locked write holds the event loop for the busy timeout: stop, the next scan retries.
        if (error.code === "database-locked") break;
      }
    }
    return report;
  }

  return {
    scan() {
      // Overlapping scans (a slow disk, a short interval) share one pass.
      running ??= scanOnce().finally(() => (running = null));
      return running;
    },
    watch(intervalMs) {
      const timer = setInterval(() => {
        this.scan().catch((error: unknown) =>
          deps.logger.error("briefs scan failed", { error: String(error) }),
        );
      }, intervalMs);
      return () => clearInterval(timer);
    },
  };
}
