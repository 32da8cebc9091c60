import { describe, expect, it } from "vitest";
import { createParser } from "../../src/sources/run-off-thread.js";
import { rss } from "./fixtures/feeds.js";

describe("parsing off the main thread", () => {
  it("GIVEN a large feed THEN a worker parses it while the event loop keeps turning", async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({
      guid: `g${i}`,
      title: `Item ${i}`,
      description: "words ".repeat(40),
    }));
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const result = await createParser().feed(rss(many), 50);
    clearInterval(timer);
    expect(result).toMatchObject({ ok: true, itemsDropped: 4950 });
    expect(ticks).toBeGreaterThan(0);
  });

  it("GIVEN a parse that runs past the deadline THEN the worker is stopped and the feed reported", async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ guid: `g${i}`, title: `Item ${i}` }));
    const result = await createParser({ timeoutMs: 50 }).feed(rss(many));
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/too large or too complex/) },
    });
  });

  it("GIVEN a large page THEN the article is extracted in a worker", async () => {
    const body = Array.from(
      { length: 300 },
      (_, i) =>
        `<p>Paragraph ${i} of the report says the talks will resume next week in Geneva.</p>`,
    ).join("");
    const result = await createParser().article(
      `<html><body><article>${body}</article></body></html>`,
    );
    expect(result.ok && result.article.text.split("\n\n")).toHaveLength(300);
  });
});
