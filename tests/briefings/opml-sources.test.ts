import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readOpml } from "../../src/app/briefings/opml.js";
import { runCli, tempSetup } from "../terminal/run-cli.js";

const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="News">
      <outline type="rss" text="World" xmlUrl="https://news.example.com/world.xml"/>
      <outline type="rss" text="Local box" xmlUrl="http://127.0.0.1:8080/feed"/>
    </outline>
    <outline type="rss" text="Science" xmlUrl="https://science.example.org/rss?a=1&amp;b=2"/>
    <outline type="rss" text="World again" xmlUrl="https://news.example.com/world.xml"/>
  </body>
</opml>`;

describe("briefbot sources import / export (OPML)", () => {
  it("GIVEN an OPML file THEN public feeds are added, private ones skipped with the reason, and export lists them as OPML 2.0", () => {
    const t = tempSetup();
    const file = join(t.dir, "feeds.opml");
    writeFileSync(file, opml);
    const env = { BRIEFBOT_DB: t.db, BRIEFBOT_BRIEFS_DIR: t.briefs };
    const imported = runCli(["sources", "import", file], "", env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`${file}: added 2, skipped 1`);
    expect(imported.stdout).toContain(
      "skipped http://127.0.0.1:8080/feed: 127.0.0.1 is a private or local address",
    );
    const exported = runCli(["sources", "export"], "", env);
    expect(exported.code, exported.stderr).toBe(0);
    const read = readOpml(exported.stdout);
    expect(read).toEqual({
      ok: true,
      urls: ["https://news.example.com/world.xml", "https://science.example.org/rss?a=1&b=2"],
    });
    expect(exported.stdout).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/,
    );
    // Imported from the command line: the install's feeds, which a channel without its own reads.
    const chat = runCli(["chat"], "/briefing subscribe\n/briefing sources export\n", env);
    expect(chat.code, chat.stderr).toBe(0);
    expect(chat.stdout).toContain('xmlUrl="https://news.example.com/world.xml"');
  }, 60_000);

  it.each([
    [
      "entity expansion",
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><opml version="2.0"><body><outline xmlUrl="https://a.example.com/&lol2;"/></body></opml>`,
      "declares a DOCTYPE or entities, which OPML never needs; not read.",
    ],
    [
      "an RSS feed instead",
      `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`,
      "is XML but not OPML (no <opml> root).",
    ],
    ["broken XML", `<opml version="2.0"><body><outline xmlUrl="x">`, "is not well-formed XML"],
  ])(
    "GIVEN %s THEN one sentence, exit 1, and nothing added",
    (_name, text, sentence) => {
      const t = tempSetup();
      const file = join(t.dir, "bad.opml");
      writeFileSync(file, text);
      const env = { BRIEFBOT_DB: t.db, BRIEFBOT_BRIEFS_DIR: t.briefs };
      const imported = runCli(["sources", "import", file], "", env);
      expect(imported.code).toBe(1);
      expect(imported.stderr).toContain(sentence);
      const exported = runCli(["sources", "export"], "", env);
      expect(readOpml(exported.stdout)).toEqual({ ok: true, urls: [] });
    },
    60_000,
  );
});
