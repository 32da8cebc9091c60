import { describe, expect, it } from "vitest";
import { createFeedPoller } from "../../src/app/ingest/poll-feed.js";
import { pollAllFeeds } from "../../src/app/ingest/poll-all-feeds.js";
import type { Source } from "../../src/app/ports/source-registry.js";
import { createGuardedFetch } from "../../src/sources/guarded-fetch.js";
import { createParser } from "../../src/sources/run-off-thread.js";
import { tempArchive } from "../archive/fixtures/temp-archive.js";
import { collectLogger } from "./fixtures/collect-logger.js";
import { rss, type RssItemSpec } from "./fixtures/feeds.js";
import { localServer, type Route } from "./fixtures/local-server.js";

const body = (n: number) =>
  `&lt;p&gt;Story ${n}: ${"Officials from both sides met again on Friday to discuss the plan. ".repeat(12)}&lt;/p&gt;`;
const item = (n: number, extra: Partial<RssItemSpec> = {}): RssItemSpec => ({
  guid: `urn:story:${n}`,
  link: `https://news.example/story/${n}`,
  title: `Story number ${n} about the missile shield talks`,
  pubDate: "Fri, 12 Oct 2007 10:00:00 GMT",
  description: body(n),
  ...extra,
});

/** A feed whose items the test changes between polls, answering conditional GETs honestly. */
function feedRoute(state: { items: RssItemSpec[]; status?: number }, seen: string[]): Route {
  return (req, res) => {
    seen.push(String(req.headers["if-none-match"] ?? ""));
    if (state.status)
      return void res.writeHead(state.status, { "content-type": "text/html" }).end("<h1>down</h1>");
    const doc = rss(state.items);
    const etag = `"${doc.length}-${state.items.length}"`;
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { "content-type": "application/rss+xml", etag }).end(doc);
  };
}

async function setup(
  routes: Record<string, Route>,
  options: Parameters<typeof createFeedPoller>[1] = {},
) {
  const server = await localServer(routes);
  const { archive } = tempArchive();
  const { logger, entries } = collectLogger();
  const clock = { time: Date.parse("2026-11-28T06:00:00Z") };
  const poll = createFeedPoller(
    {
      archive,
      feedState: archive.feedState,
      fetchPage: createGuardedFetch({ allowLoopbackForTests: true }),
      parser: createParser(),
      logger,
      now: () => new Date(clock.time),
    },
    options,
  );
  const add = async (path: string): Promise<Source> => {
    const added = await archive.sources.add("feed", `${server.base}${path}`);
    if (!added.ok) throw new Error(added.error.message);
    return added.source;
  };
  const fresh = async (source: Source) => (await archive.sources.get(source.id)) as Source;
  return { server, archive, poll, add, fresh, clock, entries, logger };
}

describe("feed polling", () => {
  it("GIVEN a new feed with fifty items THEN the first poll is a silent baseline and only later items are news", async () => {
    const state = { items: Array.from({ length: 50 }, (_, i) => item(i)) };
    const seen: string[] = [];
    const { archive, poll, add, fresh } = await setup({ "/feed": feedRoute(state, seen) });
    const source = await add("/feed");
    expect(await poll(source)).toMatchObject({ status: "baseline" });
    expect(await archive.newSince("2000-01-01T00:00:00Z")).toEqual([]);
    state.items = [item(50), ...state.items];
    const second = await poll(await fresh(source));
    expect(second).toMatchObject({ status: "polled", report: { added: [expect.any(Number)] } });
    expect((await archive.newSince("2000-01-01T00:00:00Z")).map((c) => c.article.url)).toEqual([
      "https://news.example/story/50",
    ]);
    expect(await fresh(source)).toMatchObject({ status: "ok", failureReason: null });
  });

  it("GIVEN an unchanged feed THEN the conditional GET gets a 304 and nothing is read", async () => {
    const state = { items: [item(1)] };
    const seen: string[] = [];
    const { poll, add, fresh } = await setup({ "/feed": feedRoute(state, seen) });
    const source = await add("/feed");
    await poll(source);
    expect(await poll(await fresh(source))).toEqual({ status: "not-modified" });
    expect(seen[1]).toMatch(/^"\d+-1"$/);
  });

  it("GIVEN an item republished with a new guid and date THEN it is not news again", async () => {
    const state = { items: [item(1)] };
    const { archive, poll, add, fresh } = await setup({ "/feed": feedRoute(state, []) });
    const source = await add("/feed");
    await poll(source);
    state.items = [
      item(1, { guid: "urn:story:1:v2", pubDate: "Sat, 13 Oct 2007 10:00:00 GMT" }),
      item(2),
    ];
    const result = await poll(await fresh(source));
    expect(result).toMatchObject({ status: "polled", report: { added: [expect.any(Number)] } });
    expect((await archive.newSince("2000-01-01T00:00:00Z")).map((c) => c.article.url)).toEqual([
      "https://news.example/story/2",
    ]);
  });

  it("GIVEN a storm of new items THEN the daily cap stores only that many and logs the rest", async () => {
    const state = { items: [item(0)] };
    const { archive, poll, add, fresh, clock, entries } = await setup(
      { "/feed": feedRoute(state, []) },
      { dailyCap: 3 },
    );
    const source = await add("/feed");
    await poll(source);
    state.items = Array.from({ length: 10 }, (_, i) => item(100 + i));
    expect(await poll(await fresh(source))).toMatchObject({ status: "polled", skippedOverCap: 7 });
    state.items = [item(200), ...state.items];
    expect(await poll(await fresh(source))).toMatchObject({ status: "polled", skippedOverCap: 1 });
    clock.time += 86_400_000;
    state.items = [item(300), ...state.items];
    expect(await poll(await fresh(source))).toMatchObject({
      status: "polled",
      skippedOverCap: 0,
      report: { added: [expect.any(Number)] },
    });
    expect(await archive.newSince("2000-01-01T00:00:00Z")).toHaveLength(4);
    expect(entries().some((e) => e.message === "feed over its daily cap")).toBe(true);
  });

  it("GIVEN a feed that keeps failing THEN it backs off, is marked failing with its reason, and other feeds go on", async () => {
    const broken = { items: [item(1)], status: 500 };
    const healthy = { items: [item(1)] };
    const { archive, poll, add, fresh, clock, logger } = await setup(
      { "/broken": feedRoute(broken, []), "/healthy": feedRoute(healthy, []) },
      { failingAfter: 3, backoffMs: 60_000 },
    );
    const bad = await add("/broken");
    await add("/healthy");
    const first = await pollAllFeeds(archive, poll, logger);
    expect([...first.values()].map((r) => r.status).sort()).toEqual(["baseline", "failed"]);
    expect(await fresh(bad)).toMatchObject({
      status: "backing-off",
      consecutiveFailures: 1,
      failureReason: "The server answered 500 Internal Server Error.",
    });
    expect(await poll(await fresh(bad))).toEqual({ status: "not-due" });
    for (let i = 0; i < 2; i += 1) {
      clock.time += 600_000;
      await poll(await fresh(bad));
    }
    expect(await fresh(bad)).toMatchObject({ status: "failing", consecutiveFailures: 3 });
    broken.status = 0;
    clock.time += 6 * 3_600_000;
    expect(await poll(await fresh(bad))).toMatchObject({ status: "baseline" });
    expect(await fresh(bad)).toMatchObject({
      status: "ok",
      consecutiveFailures: 0,
      failureReason: null,
    });
  });

  it("GIVEN an HTML error page, truncated XML or junk THEN the poll fails with that reason and stored articles stay", async () => {
    const state = { items: [item(1)] };
    let mode: "ok" | "html" | "cut" = "ok";
    const route = feedRoute(state, []);
    const { archive, poll, add, fresh, clock } = await setup({
      "/feed": (req, res) => {
        if (mode === "html")
          return void res
            .writeHead(200, { "content-type": "text/xml" })
            .end("<!DOCTYPE html><html><body>Oops</body></html>");
        if (mode === "cut")
          return void res
            .writeHead(200, { "content-type": "application/rss+xml" })
            .end(rss([item(2)]).slice(0, 200));
        route(req, res);
      },
    });
    const source = await add("/feed");
    await poll(source);
    state.items = [item(2), item(1)];
    await poll(await fresh(source));
    mode = "html";
    expect(await poll(await fresh(source))).toEqual({
      status: "failed",
      reason: "The address gave a web page, not a feed.",
    });
    clock.time += 3_600_000;
    mode = "cut";
    expect(await poll(await fresh(source))).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/broken or cut off/),
    });
    expect(await archive.newSince("2000-01-01T00:00:00Z")).toHaveLength(1);
  });

  it("GIVEN items that carry only a snippet THEN the article page is fetched and stored instead", async () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i}: the ministers said the shield plan should be frozen until further talks.</p>`,
    ).join("");
    const state = { items: [] as RssItemSpec[] };
    const { archive, poll, add, fresh, server } = await setup({
      "/feed": feedRoute(state, []),
      "/story/9": (_req, res) =>
        void res
          .writeHead(200, { "content-type": "text/html" })
          .end(
            `<html><head><title>Shield talks</title></head><body><article>${paragraphs}</article></body></html>`,
          ),
    });
    const source = await add("/feed");
    await poll(source);
    state.items = [
      {
        guid: "9",
        link: `${server.base}/story/9`,
        title: "Shield talks resume after a long pause",
        description: "Ministers met…",
      },
    ];
    await poll(await fresh(source));
    const [card] = await archive.newSince("2000-01-01T00:00:00Z");
    expect(card?.article.url).toBe(`${server.base}/story/9`);
    expect((await archive.findArticles("ministers frozen")).map((c) => c.article.id)).toEqual([
      card?.article.id,
    ]);
  });

  it("GIVEN items with neither guid nor link THEN their text is stored once and a repeat is not news", async () => {
    const state = { items: [item(0)] };
    const { archive, poll, add, fresh } = await setup({ "/feed": feedRoute(state, []) });
    const source = await add("/feed");
    await poll(source);
    const bare = {
      title: "A story told only in the feed itself",
      description: body(7),
      pubDate: "",
    };
    state.items = [bare, item(0)];
    expect(await poll(await fresh(source))).toMatchObject({
      status: "polled",
      report: { added: [expect.any(Number)] },
    });
    state.items = [{ ...bare, pubDate: "Sat, 13 Oct 2007 10:00:00 GMT" }, item(0)];
    expect(await poll(await fresh(source))).toMatchObject({
      status: "polled",
      report: { added: [] },
    });
    expect(
      (await archive.newSince("2000-01-01T00:00:00Z")).map((c) => [c.card.headline, c.article.url]),
    ).toEqual([["A story told only in the feed itself", null]]);
  });
});
