import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkIngester } from "../../src/app/ingest/ingest-link.js";
import { createGuardedFetch } from "../../src/sources/guarded-fetch.js";
import { createParser } from "../../src/sources/run-off-thread.js";
import { chatWorld, replyText } from "./fixtures/chat-world.js";

const page = `<!doctype html><html><head><title>Harbour reopens after storm</title></head><body><article>
<h1>Harbour reopens after storm</h1>
<p>OSLO - The harbour reopened on Monday after a week of repairs, officials said.</p>
<p>"Ships can dock again from today," said Lena Berg, the harbour master, at a news conference.</p>
<p>Repairs on the north pier will take several more weeks, she said, and the ferry schedule stays reduced until then.</p>
</article></body></html>`;

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/article")
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    else res.writeHead(404, { "content-type": "text/html" }).end("<p>gone</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function linkWorld() {
  return chatWorld({
    ingestLink: (archive) => {
      const ingest = createLinkIngester({
        archive,
        fetchPage: createGuardedFetch({ allowLoopbackForTests: true }),
        parser: createParser(),
      });
      return async (url, sourceId) => {
        const result = await ingest(url, sourceId);
        return result.ok
          ? { ok: true, articleId: result.outcome.articleId }
          : { ok: false, error: result.error };
      };
    },
  });
}

describe("/brief <link>", () => {
  it("GIVEN a link to an article THEN it is fetched, stored, and its card is the answer", async () => {
    const w = linkWorld();
    const reply = await w.ask({ kind: "command", name: "brief", args: `${base}/article` });
    expect(reply.sections[0]?.title).toBe("Harbour reopens after storm");
    expect(replyText(reply)).toContain("Lena Berg");
    expect((await w.archive.latestCards()).map((c) => c.article.url)).toEqual([`${base}/article`]);
  });

  it("GIVEN a link that fails THEN a clear sentence and nothing stored", async () => {
    const w = linkWorld();
    const reply = await w.ask({ kind: "command", name: "brief", args: `${base}/missing` });
    expect(reply.text).toMatch(/^I could not read that link: /);
    expect(await w.archive.latestCards()).toEqual([]);
  });

  it("GIVEN no link reader THEN /brief <link> says so", async () => {
    const reply = await chatWorld().ask({
      kind: "command",
      name: "brief",
      args: "https://example.com/a",
    });
    expect(reply.text).toBe(
      "Reading links is not available here; put the article in the briefs folder instead.",
    );
  });
});
