import { readFileSync, statSync } from "node:fs";
import {
  INSTALL_OWNER,
  installSourceIds,
  registeredSources,
} from "../app/briefings/briefing-scope.js";
import { maxOpmlBytes, readOpml, writeOpml } from "../app/briefings/opml.js";
import { refuseFeedAddress } from "../app/chat/check-feed-address.js";
import type { Archive } from "../app/ports/archive.js";
import type { SubscriptionStore } from "../app/ports/subscription-store.js";
import { fail, parseArchiveArgs, withArchive } from "./archive-cli.js";

const usage = "usage: briefbot sources import FILE.opml | sources export [--db PATH]";

/**
 * `briefbot sources import FILE.opml` and `briefbot sources export`. Feeds added here belong to
 * the install: every channel that has not chosen its own sources reads them (a channel's own
 * sources, added with /briefing sources add, are neither exported nor affected).
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArchiveArgs(args, [], [], process.cwd());
  if (typeof parsed === "string") return fail(`${parsed}\n${usage}`, 2);
  const [verb, file, ...extra] = parsed.words;
  if (extra.length > 0 || !(verb === "export" ? !file : verb === "import" && file))
    return fail(usage, 2);
  return withArchive(parsed, (archive, { subscriptions }) =>
    verb === "export"
      ? exportSources(archive, subscriptions)
      : importSources(archive, subscriptions, file ?? ""),
  );
}

async function exportSources(archive: Archive, store: SubscriptionStore): Promise<number> {
  const ids = await installSourceIds(archive, store);
  const feeds = (await registeredSources(archive, ids))
    .filter((source) => source.kind === "feed")
    .map((source) => source.location);
  process.stdout.write(writeOpml("briefbot feeds", feeds));
  return 0;
}

async function importSources(
  archive: Archive,
  store: SubscriptionStore,
  file: string,
): Promise<number> {
  let text: string;
  try {
    if (statSync(file).size > maxOpmlBytes)
      return fail(`${file}: too large to be an OPML subscription list.`, 1);
    text = readFileSync(file, "utf8");
  } catch {
    return fail(`cannot read ${file}.`, 1);
  }
  const read = readOpml(text);
  if (!read.ok) return fail(`${file}: ${read.message}`, 1);
  let added = 0;
  const skipped: string[] = [];
  for (const url of read.urls) {
    const refused = refuseFeedAddress(url);
    const result = refused
      ? { ok: false as const, error: { message: refused } }
      : await archive.sources.add("feed", url);
    if (!result.ok) {
      skipped.push(`${url}: ${result.error.message}`);
      continue;
    }
    await store.ownSource(result.source.id, INSTALL_OWNER, "cli", new Date().toISOString());
    if (result.created) added += 1;
    else skipped.push(`${url}: already a source`);
  }
  const lines = skipped.map((line) => `\n  skipped ${line}`).join("");
  process.stdout.write(`${file}: added ${added}, skipped ${skipped.length}${lines}\n`);
  return 0;
}
