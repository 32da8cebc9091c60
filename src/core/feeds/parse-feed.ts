import { XMLParser, XMLValidator } from "fast-xml-parser";
import { decodeEntities } from "./decode-entities.js";
import { feedDate } from "./feed-date.js";
import type { FeedItem, FeedParseResult } from "./feed-item.js";
import { parseJsonFeed } from "./parse-json-feed.js";

type Node = Record<string, unknown>;

// Entity processing off: DOCTYPE entities (external, "billion laughs", one huge entity
// repeated) are never expanded; CVE-2026-26278 and CVE-2026-33036 were in that code.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  processEntities: false,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/**
 * Reads RSS 2.0 (and 0.9x / 1.0), Atom and JSON Feed. Junk or a byte-order mark before the
 * first tag is skipped; broken or cut-off XML and web pages are reported, never half-read.
 * At most `maxItems` items are returned, in the feed's order.
 */
export function parseFeed(body: string, maxItems = 200): FeedParseResult {
  const start = body.search(/[<{]/);
  if (start < 0) return notAFeed("The address gave no feed at all.");
  // A DOCTYPE only declares entities, which are never expanded: drop it before parsing.
  const text = body.slice(start).replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\]\s*)?>/i, "");
  if (text.startsWith("{")) return parseJsonFeed(text, maxItems);
  if (/^<(!doctype\s+html|html)[\s>]/i.test(text))
    return notAFeed("The address gave a web page, not a feed.");
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return {
      ok: false,
      error: {
        code: "malformed-feed",
        message: `The feed's XML is broken or cut off (line ${valid.err.line}).`,
      },
    };
  }
  const doc = parseXml(text);
  if (!doc)
    return {
      ok: false,
      error: { code: "malformed-feed", message: "The feed uses XML that briefbot does not read." },
    };
  const rss = (doc.rss ?? doc.RDF) as Node | undefined;
  if (rss) return fromRss(rss, maxItems);
  const feed = doc.feed as Node | undefined;
  if (feed) return fromAtom(feed, maxItems);
  return notAFeed(
    doc.html
      ? "The address gave a web page, not a feed."
      : "The address gave XML, but not RSS or Atom.",
  );
}

function parseXml(text: string): Node | null {
  try {
    return parser.parse(text) as Node;
  } catch {
    return null;
  }
}

function notAFeed(message: string): FeedParseResult {
  return { ok: false, error: { code: "not-a-feed", message } };
}

/** The text of an element, whether it came as a string or as a node with text and attributes. */
function textOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  const raw = typeof first === "object" && first !== null ? (first as Node)["#text"] : first;
  if (typeof raw !== "string" && typeof raw !== "number") return null;
  const decoded = decodeEntities(String(raw)).trim();
  return decoded || null;
}

function list(value: unknown): Node[] {
  return (Array.isArray(value) ? value : value ? [value] : []).filter(
    (v): v is Node => typeof v === "object" && v !== null,
  );
}

function fromRss(rss: Node, maxItems: number): FeedParseResult {
  const channel = (list(rss.channel)[0] ?? {}) as Node;
  const raw = list(channel.item ?? rss.item);
  const items = raw.slice(0, maxItems).map((item): FeedItem => ({
    guid: textOf(item.guid),
    link: textOf(item.link) ?? textOf(list(item.link)[0]?.["@href"]),
    title: textOf(item.title),
    published: feedDate(textOf(item.pubDate) ?? textOf(item.date) ?? textOf(item.published)),
    content: textOf(item.encoded) ?? textOf(item.description),
  }));
  return {
    ok: true,
    format: "rss",
    title: textOf(channel.title),
    items,
    itemsDropped: Math.max(0, raw.length - maxItems),
  };
}

function atomLink(entry: Node): string | null {
  const links = list(entry.link);
  const alternate = links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0];
  return textOf(alternate?.["@href"]);
}

function fromAtom(feed: Node, maxItems: number): FeedParseResult {
  const raw = list(feed.entry);
  const items = raw.slice(0, maxItems).map((entry): FeedItem => ({
    guid: textOf(entry.id),
    link: atomLink(entry),
    title: textOf(entry.title),
    published: feedDate(textOf(entry.published) ?? textOf(entry.updated)),
    content: textOf(entry.content) ?? textOf(entry.summary),
  }));
  return {
    ok: true,
    format: "atom",
    title: textOf(feed.title),
    items,
    itemsDropped: Math.max(0, raw.length - maxItems),
  };
}
