import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempSetup } from "./run-cli.js";

const article = (headline: string) =>
  `${headline}\n\nOSLO - The council met on Monday and agreed to talk again.\n`;

describe("briefbot chat (piped)", () => {
  it("GIVEN an unknown command and a phrase nobody said THEN clear messages on stdout and exit 0", () => {
    const t = tempSetup({ seed: true });
    const out = runCli(
      ["chat", "--briefs", t.briefs, "--db", t.db],
      "/frobnicate\n\n/who-said purple elephants dance tonight\n",
    );
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      "Unknown command “/frobnicate”. Commands: /brief, /who-said, /quotes, /briefing, /help.",
    );
    expect(out.stdout).toContain(
      "No match: no one in the archive said “purple elephants dance tonight”.",
    );
    expect(out.stdout).not.toContain("briefbot>");
  });

  it("GIVEN a bad option or a bad environment value THEN a clear message naming it and exit 2, nothing started", () => {
    const t = tempSetup();
    const option = runCli(["chat", "--colour", "red"], "");
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option --colour.");
    const env = runCli(["chat", "--db", t.db], "", {
      BRIEFBOT_TIMEZONE: "Mars/Olympus",
      SLACK_BOT_TOKEN: "oops-secret",
    });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain("BRIEFBOT_TIMEZONE must be an IANA time zone");
    expect(env.stderr).toContain("SLACK_BOT_TOKEN must start with xoxb-");
    expect(env.stderr).not.toContain("oops-secret");
  });
});

describe("configuration from .env", () => {
  it("GIVEN a .env in the working folder THEN its values are read and checked like the environment", () => {
    const t = tempSetup();
    writeFileSync(
      join(t.dir, ".env"),
      `BRIEFBOT_DB=${t.db}\nBRIEFBOT_BRIEFING_TIME=25:99\nDISCORD_TOKEN=very-secret-token\n`,
    );
    const out = runCli(["chat"], "", {}, t.dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("BRIEFBOT_BRIEFING_TIME must be a 24-hour time such as 08:00");
    expect(out.stderr).toContain("DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set");
    expect(out.stderr).not.toContain("very-secret-token");
  });
});

describe("briefbot start (local mode)", () => {
  it("GIVEN a first start THEN everything in the folder is briefed; a second start only what is new", () => {
    const t = tempSetup();
    writeFileSync(join(t.briefs, "a.txt"), article("Council agrees on bridge"));
    writeFileSync(join(t.briefs, "b.md"), article("Council delays the budget"));
    const env = { BRIEFBOT_DB: t.db, BRIEFBOT_BRIEFS_DIR: t.briefs };
    const first = runCli(["start"], "", env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("Council agrees on bridge");
    expect(first.stdout).toContain("Council delays the budget");
    expect(runCli(["start"], "", env).stdout).toMatch(/^Nothing new since the last briefing\.\n/);
    writeFileSync(join(t.briefs, "c.txt"), article("Council opens the library"));
    const third = runCli(["start"], "/help\n", env);
    expect(third.stdout).toContain("## Council opens the library");
    expect(third.stdout).not.toContain("Council agrees on bridge");
    expect(third.stdout).toContain("/who-said <phrase>");
  });
});
