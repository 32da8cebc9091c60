import { XMLParser, XMLValidator } from "fast-xml-parser";
import { decodeEntities } from "../../core/feeds/decode-entities.js";

type Node = Record<string, unknown>;

/** An OPML subscription list is small; anything larger is not one. */
export const maxOpmlBytes = 1_000_000;
const maxFeeds = 1000;

// Entities never expanded, attributes kept as text: nothing in the file is interpreted.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === "outline",
});

export type OpmlRead = { ok: true; urls: string[] } | { ok: false; message: string };

/**
 * The feed addresses (`xmlUrl` of every outline, nested or not) of an OPML file. Anything that is
 * not plainly OPML — too large, a DOCTYPE (entity tricks), broken XML, another root — is
 * refused with a sentence, and nothing is read from it.
 */
export function readOpml(text: string): OpmlRead {
  if (Buffer.byteLength(text, "utf8") > maxOpmlBytes)
    return { ok: false, message: "That file is too large to be an OPML subscription list." };
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    return {
      ok: false,
      message: "That file declares a DOCTYPE or entities, which OPML never needs; not read.",
    };
  const body = text.slice(Math.max(0, text.search(/</)));
  if (XMLValidator.validate(body) !== true)
    return { ok: false, message: "That file is not well-formed XML, so it is not an OPML list." };
  const doc = parser.parse(body) as Node;
  const opml = doc.opml as Node | undefined;
  if (!opml || typeof opml !== "object")
    return { ok: false, message: "That file is XML but not OPML (no <opml> root)." };
  const urls: string[] = [];
  const walk = (outlines: unknown) => {
    for (const outline of Array.isArray(outlines) ? (outlines as Node[]) : []) {
      const url = outline["@xmlUrl"];
      if (typeof url === "string" && url.trim() && urls.length < maxFeeds)
        urls.push(decodeEntities(url).trim());
      walk(outline.outline);
    }
  };
  walk((opml.body as Node | undefined)?.outline);
  return { ok: true, urls: [...new Set(urls)] };
}

/** An OPML 2.0 document listing `feeds`. */
export function writeOpml(title: string, feeds: readonly string[]): string {
  const outlines = feeds.map(
    (url) => `    <outline type="rss" text="${escapeXml(url)}" xmlUrl="${escapeXml(url)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeXml(title)}</title></head>`,
    "  <body>",
    ...outlines,
    "  </body>",
    "</opml>",
    "",
  ].join("\n");
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}
