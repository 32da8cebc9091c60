import { describe, expect, it } from "vitest";
import { createFeedPoller } from "../../src/app/ingest/poll-feed.js";
import { createLinkIngester } from "../../src/app/ingest/ingest-link.js";
import { createGuardedFetch } from "../../src/sources/guarded-fetch.js";
import { htmlToText } from "../../src/sources/html-to-text.js";
import { createParser } from "../../src/sources/run-off-thread.js";
import { tempArchive } from "../archive/fixtures/temp-archive.js";
import { deepItemHtml, deepListPage } from "../fixtures/hostile-html.js";
import { collectLogger } from "./fixtures/collect-logger.js";
import { rss } from "./fixtures/feeds.js";
import { localServer, send } from "./fixtures/local-server.js";

const story =
  "Officials from both sides met again on Friday to discuss the plan, the ministry said. ".repeat(
    12,
  );
const escape = (html: string) => html.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** Resolves with the order in which a 20 ms timer and `work` finished: the loop kept turning if the timer came first. */
async function orderAgainstTimer(work: Promise<unknown>): Promise<string[]> {
  const order: string[] = [];
  const timer = new Promise<void>((resolve) =>
    setTimeout(() => (order.push("timer"), resolve()), 20),
  );
  await work.finally(() => order.push("work"));
  await timer;
  return order;
}

describe("hostile documents never hold the event loop", () => {
  it("GIVEN a link to a 99 KB page of unclosed <li><b> THEN it is refused with a sentence while the loop keeps turning", async () => {
    const { base } = await localServer({ "/deep": send("text/html", deepListPage()) });
    const { archive } = tempArchive();
    const parser = createParser();
    const ingest = createLinkIngester({
      archive,
      fetchPage: createGuardedFetch({ allowLoopbackForTests: true }),
      parser,
    });
    const result = ingest(`${base}/deep`);
    expect(await orderAgainstTimer(result)).toEqual(["timer", "work"]);
    expect(await result).toEqual({
      ok: false,
      error: {
        code: "no-article",
        message: "The page's markup is nested too deeply to read an article from.",
      },
    });
    expect(await archive.latestCards()).toEqual([]);
    await parser.close();
  });

  it("GIVEN a followed feed whose item is 499 KB of unclosed <p><b><i><u> THEN the item's story is stored and the loop kept turning", async () => {
    const feed = rss([
      {
        guid: "deep-1",
        title: "A story behind a wall of tags",
        description: escape(deepItemHtml(story)),
      },
    ]);
    const { base } = await localServer({ "/feed": send("application/rss+xml", feed) });
    const { archive } = tempArchive();
    const parser = createParser();
    const poll = createFeedPoller(
      {
        archive,
        feedState: archive.feedState,
        fetchPage: createGuardedFetch({ allowLoopbackForTests: true }),
        parser,
        logger: collectLogger().logger,
        now: () => new Date("2026-11-28T06:00:00Z"),
      },
      { firstPoll: "ingest" },
    );
    const added = await archive.sources.add("feed", `${base}/feed`);
    if (!added.ok) throw new Error(added.error.message);
    const result = poll(added.source);
    expect(await orderAgainstTimer(result)).toEqual(["timer", "work"]);
    expect(await result).toMatchObject({
      status: "polled",
      report: { added: [expect.any(Number)] },
    });
    expect((await archive.latestCards())[0]?.article.headline).toBe(
      "A story behind a wall of tags",
    );
    await parser.close();
  });

  it("GIVEN a document whose text runs past the cap THEN it is refused with a sentence", () => {
    expect(htmlToText(`<p>${"word ".repeat(300)}</p>`, 1_000)).toEqual({
      ok: false,
      error: { code: "too-long", message: "The document's text is too long to be one article." },
    });
    expect(htmlToText("<p>a&amp;b<br>c</p><script>x</script><p>d</p>", 1_000)).toEqual({
      ok: true,
      text: "a&b c\n\nd",
    });
  });
});

describe("the worker pool", () => {
  it("GIVEN one worker held by a document past its deadline THEN the worker is replaced and the next document is read", async () => {
    // The wait for a free worker is generous: on a loaded machine a fresh worker takes seconds to
    // start, and this test is about the replacement, not about the waiting budget.
    const parser = createParser({
      workers: 1,
      timeoutMs: 1_500,
      maxWaitMs: 60_000,
      inlineCardChars: 1_000,
    });
    const hostile = parser.card({ text: `Headline\n\n${'"a, " he said. '.repeat(40_000)}` });
    const next = parser.text("<p>The next document.</p>");
    expect(await hostile).toMatchObject({ ok: false, error: { code: "too-complex" } });
    expect(await next).toEqual({ ok: true, text: "The next document." });
    await parser.close();
  });

  it("GIVEN two workers and one hostile document THEN another user's document is read meanwhile", async () => {
    const parser = createParser({ workers: 2, timeoutMs: 3_000, inlineCardChars: 1_000 });
    const order: string[] = [];
    const hostile = parser
      .card({ text: `Headline\n\n${'"a, " he said. '.repeat(40_000)}` })
      .finally(() => order.push("hostile"));
    const other = parser.text("<p>Another user's page.</p>").finally(() => order.push("other"));
    await Promise.all([hostile, other]);
    expect(order).toEqual(["other", "hostile"]);
    await parser.close();
  });
});
