import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import type { Stores } from "./open-stores.js";
import { createBriefsIngester } from "../app/ingest/ingest-briefs.js";
import { createLinkIngester } from "../app/ingest/ingest-link.js";
import type { IngestReport } from "../app/ingest/ingest-report.js";
import { createFeedPoller } from "../app/ingest/poll-feed.js";
import { createStderrLogger } from "../app/stderr-logger.js";
import { stripTerminalControls } from "../core/text/strip-terminal-controls.js";
import { createBriefsFolder } from "../sources/create-briefs-folder.js";
import { createGuardedFetch } from "../sources/guarded-fetch.js";
import { readBriefFile } from "../sources/read-brief-file.js";
import { createParser } from "../sources/run-off-thread.js";
import { usageOf } from "./command-specs.js";
import { fail, parseArchiveArgs, withArchive } from "./archive-cli.js";

const usage = usageOf("ingest");

/** One line per target: what it added, or why it could not. Returns whether it worked. */
type Ingest = (target: string) => Promise<boolean>;

/** Counts, then one line per distinct reason (a full disk is one line, not one per file). */
function summary(label: string, report: IngestReport): string {
  const counts = `added ${report.added.length}, updated ${report.updated.length}, unchanged ${report.unchanged.length}`;
  const byReason = new Map<string, number>();
  for (const f of report.failed) byReason.set(f.reason, (byReason.get(f.reason) ?? 0) + 1);
  const failed = [...byReason]
    .map(([reason, n]) => `\n  skipped${n > 1 ? ` ${n} items` : ""}: ${reason}`)
    .join("");
  return `${label}: ${counts}${failed}\n`;
}

/** A line on stderr when the archive itself failed for some items: the run did not succeed. */
function faultLine(report: IngestReport): string | null {
  const faults = report.failed.filter((f) => f.fault);
  if (faults.length === 0) return null;
  const codes = [...new Set(faults.map((f) => f.fault))].join(", ");
  return `${faults.length} item${faults.length === 1 ? " was" : "s were"} not stored because the archive failed (${codes}).`;
}

function createIngest({ archive, feedState }: Stores): Ingest {
  const logger = createStderrLogger((line) => process.stderr.write(line));
  const fetchPage = createGuardedFetch();
  const parser = createParser();
  const ingestLink = createLinkIngester({ archive, fetchPage, parser });
  const pollFeed = createFeedPoller(
    { archive, feedState, fetchPage, parser, logger, now: () => new Date() },
    { firstPoll: "ingest" },
  );
  // Headlines and reasons come from the documents: a terminal shows them, never obeys them.
  const print = (line: string) => process.stdout.write(stripTerminalControls(line));

  async function ingestUrl(url: string): Promise<boolean> {
    const linked = await ingestLink(url);
    if (linked.ok) return (print(`${url}: ${linked.outcome.status} “${linked.headline}”\n`), true);
    if (linked.error.code !== "is-feed") return (fail(`${url}: ${linked.error.message}`, 1), false);
    const added = await archive.sources.add("feed", url);
    if (!added.ok) return (fail(added.error.message, 1), false);
    const polled = await pollFeed(added.source);
    if (polled.status === "failed") return (fail(`${url}: ${polled.reason}`, 1), false);
    if (polled.status === "baseline" || polled.status === "polled") {
      print(summary(`feed ${url}`, polled.report));
      const fault = faultLine(polled.report);
      if (fault) return (fail(fault, 1), false);
    } else print(`feed ${url}: nothing new\n`);
    return true;
  }

  async function ingestPath(path: string): Promise<boolean> {
    const info = await stat(path).catch(() => null);
    if (!info) return (fail(`"${path}" is not a file, a folder or an http(s) address.`, 2), false);
    const folder = info.isDirectory() ? resolve(path) : dirname(resolve(path));
    if (info.isDirectory()) {
      const ingester = createBriefsIngester({
        archive,
        folder: createBriefsFolder(folder),
        parser,
        sourceId: `briefs:${folder}`,
        logger,
      });
      const report = await ingester.scan();
      print(summary(path, report));
      const fault = faultLine(report);
      return fault ? (fail(fault, 1), false) : true;
    }
    const read = await readBriefFile(path);
    if (!read.ok) return (fail(read.message, 1), false);
    const outcome = await archive.ingest(read.input, {
      sourceId: `briefs:${folder}`,
      path: basename(path),
    });
    const headline = (await archive.getCard(outcome.articleId))?.card.headline ?? path;
    return (print(`${path}: ${outcome.status} “${headline}”\n`), true);
  }

  return (target) => (/^https?:\/\//i.test(target) ? ingestUrl(target) : ingestPath(target));
}

/**
 * `briefbot ingest`: files and folders (.txt / .md, front matter allowed), article links and
 * feeds (RSS, Atom, JSON Feed; a feed is also registered as a source). Exit 0 when every
 * target went in, 1 when one failed or the archive failed for any item (disk full, locked,
 * damaged; the rest still go in), 2 on bad usage.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArchiveArgs(args, [], [], process.cwd());
  if (typeof parsed === "string") return fail(`${parsed}\n${usage}`, 2);
  if (parsed.words.length === 0) return fail(`say what to ingest.\n${usage}`, 2);
  return withArchive(parsed, async (_archive, stores) => {
    const ingest = createIngest(stores);
    let allOk = true;
    for (const target of parsed.words) allOk = (await ingest(target)) && allOk;
    return allOk ? 0 : 1;
  });
}
