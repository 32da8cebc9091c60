import Database from "better-sqlite3";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, SEED, tempSetup } from "./run-cli.js";

function storedSources(db: string): string[] {
  const archive = new Database(db, { readonly: true });
  try {
    return archive
      .prepare<[], { location: string }>("SELECT location FROM sources ORDER BY location")
      .all()
      .map((row) => row.location);
  } finally {
    archive.close();
  }
}

describe("/briefing sources add from chat", () => {
  it("GIVEN a file URL or a folder THEN one sentence and nothing stored; GIVEN briefs THEN the scanned folder", () => {
    const t = tempSetup();
    const env = { BRIEFBOT_DB: t.db, BRIEFBOT_BRIEFS_DIR: t.briefs };
    const lines = [
      "/briefing subscribe",
      "/briefing sources add file:///etc/passwd",
      "/briefing sources add /etc",
      "/briefing sources add briefs",
      "",
    ];
    const out = runCli(["chat"], lines.join("\n"), env);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain(
      "“file:///etc/passwd” cannot be added: give an http(s) feed address or “briefs” (the local briefs folder).",
    );
    expect(out.stdout).toContain(
      "“/etc” cannot be added: give an http(s) feed address or “briefs” (the local briefs folder).",
    );
    expect(out.stdout).toContain(
      "Added the local briefs folder: this channel's briefing now reads 1 source(s) of its own.",
    );
    expect(storedSources(t.db)).toEqual([t.briefs]);
    // The channel now reads only that folder: an article arriving there reaches its briefing.
    copyFileSync(SEED, join(t.briefs, "new.txt"));
    const later = runCli(["chat"], "/briefing now\n", env);
    expect(later.code, later.stderr).toBe(0);
    expect(later.stdout).not.toContain("Nothing new");
    expect(later.stdout).toMatch(/^Posted 1 new article from 1 source\./);
  }, 60_000);

  it("GIVEN a folder in config sources THEN the configuration error names the key", () => {
    const t = tempSetup();
    mkdirSync(join(t.dir, "config"));
    writeFileSync(
      join(t.dir, "config/briefbot.json"),
      JSON.stringify({ sources: ["https://example.com/feed.xml", "/srv/news"] }),
    );
    const out = runCli(["chat"], "", { BRIEFBOT_DB: t.db, BRIEFBOT_BRIEFS_DIR: t.briefs }, t.dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      "config/briefbot.json: sources.1 must be an http(s) feed URL (the briefs folder is set by briefsDir)",
    );
    expect(out.stderr).not.toContain("sources.0");
  }, 60_000);
});
