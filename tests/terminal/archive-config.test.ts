import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, SEED, tempSetup } from "./run-cli.js";

describe("archive commands find the database as start and chat do", () => {
  it("GIVEN config/briefbot.json names the db THEN ingest and who-said use it", () => {
    const t = tempSetup();
    mkdirSync(join(t.dir, "config"));
    writeFileSync(join(t.dir, "config/briefbot.json"), JSON.stringify({ db: "from-config.db" }));
    expect(runCli(["ingest", SEED], "", {}, t.dir).code).toBe(0);
    expect(existsSync(join(t.dir, "from-config.db"))).toBe(true);
    const who = runCli(["who-said", "should be frozen"], "", {}, t.dir);
    expect(who).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Sergei Lavrov/) });
  }, 60_000);

  it("GIVEN BRIEFBOT_DB in .env THEN it beats the config file, and --db beats both", () => {
    const t = tempSetup();
    mkdirSync(join(t.dir, "config"));
    writeFileSync(join(t.dir, "config/briefbot.json"), JSON.stringify({ db: "from-config.db" }));
    writeFileSync(join(t.dir, ".env"), "BRIEFBOT_DB=from-env.db\n");
    expect(runCli(["ingest", SEED], "", {}, t.dir).code).toBe(0);
    expect(existsSync(join(t.dir, "from-env.db"))).toBe(true);
    expect(existsSync(join(t.dir, "from-config.db"))).toBe(false);
    const quotes = runCli(["quotes", "Sergei Lavrov"], "", {}, t.dir);
    expect(quotes).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Sergei Lavrov/) });
    const flag = runCli(["who-said", "should be frozen", "--db", "other.db"], "", {}, t.dir);
    expect(flag).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("There is no archive at other.db"),
    });
  }, 60_000);

  it("GIVEN a config file with a bad db setting THEN one clear sentence naming the key, exit 2", () => {
    const t = tempSetup();
    mkdirSync(join(t.dir, "config"));
    writeFileSync(join(t.dir, "config/briefbot.json"), JSON.stringify({ db: 42 }));
    const out = runCli(["who-said", "anything"], "", {}, t.dir);
    expect(out).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("config/briefbot.json: db has the wrong type"),
    });
    expect(out.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
