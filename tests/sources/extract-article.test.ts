import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/sources/extract-article.js";

const paragraphs = [
  "Russia's foreign minister said on Friday that talks on Iran should be frozen until the inspectors report.",
  "The United States disagreed, saying sanctions were the only language Tehran understood.",
  "Officials from both sides will meet again in Geneva next week to try to settle their differences.",
];
const page = `<!DOCTYPE html><html><head><title>Russia warns on Iran | News</title>
<meta property="article:published_time" content="2007-10-12T09:00:00Z"><meta property="og:site_name" content="Example News">
<script>globalThis.pwned = true; document.title = "hacked";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Russia warns on Iran</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article>
<footer>© Example News. All rights reserved.</footer></body></html>`;

describe("extractArticle", () => {
  it("GIVEN a news page THEN it returns the article's paragraphs, title and date, and runs no script", () => {
    const result = extractArticle(page);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toBe(paragraphs.join("\n\n"));
    expect(result.article.title).toMatch(/Russia warns on Iran/);
    expect(result.article.date).toBe("2007-10-12");
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it("GIVEN a page with no article THEN it says so", () => {
    expect(extractArticle("<html><body><nav>Home</nav></body></html>")).toMatchObject({
      ok: false,
      error: { code: "no-article" },
    });
  });

  it("GIVEN a page with more elements than Readability may parse THEN it refuses instead of grinding", () => {
    const huge = `<html><body>${"<div><span>x</span></div>".repeat(40_000)}</body></html>`;
    expect(extractArticle(huge)).toMatchObject({
      ok: false,
      error: { code: "no-article", message: expect.stringMatching(/too large/) },
    });
  });
});
