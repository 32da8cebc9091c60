import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createGuardedFetch } from "../../src/sources/guarded-fetch.js";
import type { LookupFunction } from "../../src/sources/guarded-lookup.js";
import { localServer, send, type Route } from "./fixtures/local-server.js";

const html = "<html><head><title>T</title></head><body><p>Hello</p></body></html>";
// A fake resolver: "news.example" looks public but points at this machine.
const toLoopback: LookupFunction = (_host, options, callback) =>
  options.all
    ? callback(null, [{ address: "127.0.0.1", family: 4 }])
    : callback(null, "127.0.0.1", 4);
const toPrivate: LookupFunction = (_host, options, callback) =>
  options.all
    ? callback(null, [{ address: "10.0.0.7", family: 4 }])
    : callback(null, "10.0.0.7", 4);

describe("guarded fetch", () => {
  it("GIVEN a page on the test server with the test allowance THEN it fetches it", async () => {
    const { base } = await localServer({
      "/a": send("text/html; charset=utf-8", html, { etag: '"v1"' }),
    });
    const result = await createGuardedFetch({ allowLoopbackForTests: true })(`${base}/a`);
    expect(result).toMatchObject({
      ok: true,
      notModified: false,
      status: 200,
      contentType: "text/html",
      text: html,
      etag: '"v1"',
    });
  });

  it.each([
    ["http://127.0.0.1/", "blocked-address"],
    ["http://169.254.169.254/latest/meta-data/", "blocked-address"],
    ["http://[::ffff:7f00:1]/", "blocked-address"],
    ["http://2130706433/", "blocked-address"],
    ["http://0x7f.1/", "blocked-address"],
    ["http://[::1]/", "blocked-address"],
    ["http://10.0.0.1/", "blocked-address"],
    ["http://[fe80::1]/", "blocked-address"],
    ["http://[64:ff9b::a9fe:a9fe]/", "blocked-address"],
    ["file:///etc/passwd", "bad-url"],
    ["gopher://example.com/", "bad-url"],
    ["http://example.com:8080/", "blocked-address"],
    ["not a url", "bad-url"],
  ])("GIVEN %s THEN it refuses with %s before connecting", async (url, code) => {
    const result = await createGuardedFetch()(url);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(/\.$/);
  });

  it("GIVEN the test server without the test allowance THEN loopback is refused", async () => {
    const { base, hits } = await localServer({ "/a": send("text/html", html) });
    const result = await createGuardedFetch()(`${base}/a`);
    expect(result).toMatchObject({ ok: false, error: { code: "blocked-address" } });
    expect(hits).toEqual([]);
  });

  it("GIVEN a public-looking name that resolves to a private address THEN the connect-time check refuses it", async () => {
    const result = await createGuardedFetch({ lookup: toPrivate })("http://news.example/story");
    expect(result).toMatchObject({
      ok: false,
      error: { code: "blocked-address", message: expect.stringMatching(/10\.0\.0\.7/) },
    });
  });

  it("GIVEN a page that redirects to a private address THEN the redirect is re-checked and refused", async () => {
    const { port } = await localServer({
      "/story": (_req, res) =>
        res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    });
    const fetchPage = createGuardedFetch({ allowLoopbackForTests: true, lookup: toLoopback });
    const result = await fetchPage(`http://news.example:${port}/story`);
    expect(result).toMatchObject({ ok: false, error: { code: "blocked-address" } });
  });

  it("GIVEN a redirect to a name that resolves privately THEN it is refused", async () => {
    const { base } = await localServer({
      "/story": (_req, res) => res.writeHead(301, { location: "http://intranet.example/" }).end(),
    });
    const result = await createGuardedFetch({ allowLoopbackForTests: true, lookup: toPrivate })(
      `${base}/story`,
    );
    expect(result).toMatchObject({ ok: false, error: { code: "blocked-address" } });
  });

  it("GIVEN six redirects THEN it stops at five", async () => {
    const hop =
      (i: number): Route =>
      (_req, res) =>
        res.writeHead(302, { location: `/r${i + 1}` }).end();
    const routes = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`/r${i}`, hop(i)]));
    const { base, hits } = await localServer(routes);
    const result = await createGuardedFetch({ allowLoopbackForTests: true })(`${base}/r0`);
    expect(result).toMatchObject({ ok: false, error: { code: "too-many-redirects" } });
    expect(hits).toHaveLength(6);
  });

  it("GIVEN a 50 MB body THEN it stops reading at the cap", async () => {
    const chunk = Buffer.alloc(1 << 20, 97);
    const { base } = await localServer({
      "/big": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        let sent = 0;
        const pump = () => {
          while (sent < 50 && res.write(chunk)) sent += 1;
          if (sent >= 50) res.end();
          else
            res.once("drain", () => {
              sent += 1;
              pump();
            });
        };
        res.on("error", () => undefined);
        pump();
      },
    });
    const result = await createGuardedFetch({ allowLoopbackForTests: true, maxBytes: 2_000_000 })(
      `${base}/big`,
    );
    expect(result).toMatchObject({ ok: false, error: { code: "too-large" } });
  });

  it("GIVEN a gzip bomb THEN the decompressed size trips the cap", async () => {
    const bomb = gzipSync(Buffer.alloc(64 * (1 << 20), 0));
    expect(bomb.byteLength).toBeLessThan(100_000);
    const { base } = await localServer({
      "/bomb": send("text/html", bomb, { "content-encoding": "gzip" }),
    });
    const result = await createGuardedFetch({ allowLoopbackForTests: true, maxBytes: 5_000_000 })(
      `${base}/bomb`,
    );
    expect(result).toMatchObject({ ok: false, error: { code: "too-large" } });
  });

  it("GIVEN a server that drips one byte a second THEN the total deadline ends it", async () => {
    const { base } = await localServer({
      "/drip": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        const timer = setInterval(() => res.write("x"), 1000);
        res.on("close", () => clearInterval(timer));
      },
    });
    const result = await createGuardedFetch({ allowLoopbackForTests: true, deadlineMs: 1500 })(
      `${base}/drip`,
    );
    expect(result).toMatchObject({ ok: false, error: { code: "timeout" } });
  });

  it("GIVEN a binary file or an error page THEN it says so", async () => {
    const { base } = await localServer({
      "/file.zip": send("application/zip", Buffer.from([80, 75, 3, 4])),
      "/gone": (_req, res) =>
        res.writeHead(500, { "content-type": "text/html" }).end("<h1>oops</h1>"),
    });
    const fetchPage = createGuardedFetch({ allowLoopbackForTests: true });
    expect(await fetchPage(`${base}/file.zip`)).toMatchObject({
      ok: false,
      error: { code: "bad-content-type" },
    });
    expect(await fetchPage(`${base}/gone`)).toMatchObject({
      ok: false,
      error: { code: "http-error", message: expect.stringMatching(/500/) },
    });
  });

  it("GIVEN validators THEN a 304 is reported as not modified", async () => {
    const { base } = await localServer({
      "/feed": (req, res) => {
        if (req.headers["if-none-match"] === '"v1"') res.writeHead(304).end();
        else
          res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end("<rss/>");
      },
    });
    const fetchPage = createGuardedFetch({ allowLoopbackForTests: true });
    expect(await fetchPage(`${base}/feed`, { etag: '"v1"' })).toMatchObject({
      ok: true,
      notModified: true,
    });
  });
});
