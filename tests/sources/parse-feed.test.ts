import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/core/feeds/parse-feed.js";
import { atom, jsonFeed, rss } from "./fixtures/feeds.js";

const item = {
  guid: "g1",
  link: "https://news.example/a",
  title: "Talks stall &amp; resume",
  pubDate: "Fri, 12 Oct 2007 10:00:00 GMT",
  description: "&lt;p&gt;Body&lt;/p&gt;",
};

describe("parseFeed", () => {
  it("GIVEN RSS 2.0 THEN items come with guid, link, title, ISO date and decoded content", () => {
    const result = parseFeed(rss([item]));
    expect(result).toEqual({
      ok: true,
      format: "rss",
      title: "Test feed",
      itemsDropped: 0,
      items: [
        {
          guid: "g1",
          link: "https://news.example/a",
          title: "Talks stall & resume",
          published: "2007-10-12T10:00:00.000Z",
          content: "<p>Body</p>",
        },
      ],
    });
  });

  it("GIVEN Atom and JSON Feed THEN they read the same way", () => {
    const a = parseFeed(
      atom([
        {
          id: "tag:x,1",
          link: "https://news.example/b",
          title: "B",
          updated: "2007-10-12T10:00:00Z",
          content: "&lt;b&gt;x&lt;/b&gt;",
        },
      ]),
    );
    expect(a).toMatchObject({
      ok: true,
      format: "atom",
      items: [{ guid: "tag:x,1", link: "https://news.example/b", content: "<b>x</b>" }],
    });
    const j = parseFeed(
      jsonFeed([
        {
          id: 7,
          url: "https://news.example/c",
          title: "C",
          content_text: "text",
          date_published: "2007-10-12",
        },
      ]),
    );
    expect(j).toMatchObject({
      ok: true,
      format: "json",
      items: [
        {
          guid: "7",
          link: "https://news.example/c",
          content: "text",
          published: "2007-10-12T00:00:00.000Z",
        },
      ],
    });
  });

  it("GIVEN a byte-order mark or junk before the first tag THEN it still reads the feed", () => {
    expect(parseFeed(`\ufeff${rss([item])}`)).toMatchObject({ ok: true, items: [{ guid: "g1" }] });
    expect(parseFeed(`Warning: debug output\n${rss([item])}`)).toMatchObject({
      ok: true,
      items: [{ guid: "g1" }],
    });
  });

  it("GIVEN truncated XML THEN it is reported as broken, not half-read", () => {
    const whole = rss([item, { ...item, guid: "g2" }]);
    expect(parseFeed(whole.slice(0, whole.length - 40))).toMatchObject({
      ok: false,
      error: { code: "malformed-feed", message: expect.stringMatching(/broken or cut off/) },
    });
  });

  it("GIVEN an HTML error page THEN it says it is a web page", () => {
    const page = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";
    expect(parseFeed(page)).toMatchObject({
      ok: false,
      error: { code: "not-a-feed", message: "The address gave a web page, not a feed." },
    });
    expect(parseFeed("")).toMatchObject({ ok: false, error: { code: "not-a-feed" } });
    expect(parseFeed('{"hello": 1}')).toMatchObject({ ok: false, error: { code: "not-a-feed" } });
  });

  it("GIVEN empty or invalid dates and an item with neither guid nor link THEN they come as nulls", () => {
    const result = parseFeed(
      rss([
        { title: "No ids", pubDate: "" },
        { title: "Bad date", pubDate: "yesterday-ish", guid: "g" },
        { title: "Zero", pubDate: "Thu, 01 Jan 1970 00:00:00 GMT", guid: "z" },
      ]),
    );
    expect(result).toMatchObject({
      ok: true,
      items: [
        { guid: null, link: null, published: null },
        { published: null },
        { published: null },
      ],
    });
  });

  it("GIVEN zero items or 10,000 items THEN it reads none, or the first 200 and says how many it dropped", () => {
    expect(parseFeed(rss([]))).toMatchObject({ ok: true, items: [], itemsDropped: 0 });
    const many = Array.from({ length: 10_000 }, (_, i) => ({ guid: `g${i}`, title: `Item ${i}` }));
    const result = parseFeed(rss(many));
    expect(result.ok && [result.items.length, result.itemsDropped, result.items[0]?.guid]).toEqual([
      200,
      9800,
      "g0",
    ]);
  });

  it("GIVEN an external entity THEN it is never resolved", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>x</title><item><guid>1</guid><title>&xxe;</title></item></channel></rss>`;
    const result = parseFeed(xxe);
    expect(JSON.stringify(result)).not.toMatch(/root:/);
    if (result.ok) expect(result.items[0]?.title).toBe("&xxe;");
  });

  it("GIVEN billion laughs or one large entity repeated THEN nothing expands", () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join("");
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss version="2.0"><channel><title>&lol9;</title><item><guid>1</guid><title>&lol9;</title></item></channel></rss>`;
    const big = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${"A".repeat(100_000)}">]><rss version="2.0"><channel><title>t</title><item><guid>1</guid><title>${"&big;".repeat(1000)}</title></item></channel></rss>`;
    for (const doc of [laughs, big]) {
      const result = parseFeed(doc);
      expect(JSON.stringify(result).length).toBeLessThan(20_000);
    }
  });
});
