import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadConfig, SETTINGS_FILE } from "../../src/config/load-config.js";

const shipped = { [SETTINGS_FILE]: readFileSync(SETTINGS_FILE, "utf8") };

describe("loadConfig", () => {
  it("GIVEN the shipped file and no environment THEN defaults apply and no platform is configured", () => {
    const result = loadConfig({}, shipped);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.timezone).toBe("UTC");
    expect(result.config.briefingTime).toBe("08:00");
    expect(result.config.db).toBe("data/briefbot.db");
    expect(result.config.discord).toBeUndefined();
    expect(result.config.slack).toBeUndefined();
  });

  it("GIVEN environment overrides THEN they win over the file, and empty values count as unset", () => {
    const result = loadConfig(
      {
        BRIEFBOT_DB: "/tmp/x.db",
        BRIEFBOT_TIMEZONE: "Europe/Berlin",
        BRIEFBOT_BRIEFING_TIME: "",
        PORT: "",
      },
      shipped,
    );
    expect(result.ok && result.config.db).toBe("/tmp/x.db");
    expect(result.ok && result.config.timezone).toBe("Europe/Berlin");
    expect(result.ok && result.config.briefingTime).toBe("08:00");
  });

  it("GIVEN several bad values THEN every one is reported by key at once, never a secret's value", () => {
    const env = {
      BRIEFBOT_TIMEZONE: "Mars/Olympus",
      BRIEFBOT_BRIEFING_TIME: "25:99",
      PORT: "99999",
      SLACK_BOT_TOKEN: "not-a-token-SECRETVALUE",
      DISCORD_TOKEN: "SECRET-DISCORD-TOKEN",
    };
    const file = {
      [SETTINGS_FILE]: JSON.stringify({ limits: { quotesPerAnswer: 0 }, colour: "red" }),
    };
    const result = loadConfig(env, file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const keys = result.error.issues.map((issue) => issue.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "BRIEFBOT_TIMEZONE",
        "BRIEFBOT_BRIEFING_TIME",
        "PORT",
        "SLACK_BOT_TOKEN",
        "config/briefbot.json: limits.quotesPerAnswer",
      ]),
    );
    expect(result.error.message).toContain('config/briefbot.json: unknown setting "colour"');
    expect(result.error.message).toContain(
      "config/briefbot.json: limits.quotesPerAnswer must be at least 1",
    );
    expect(result.error.message).not.toMatch(/Unrecognized|Too small|\(root\)/);
    expect(result.error.message).not.toContain("SECRETVALUE");
    expect(result.error.message).not.toContain("SECRET-DISCORD-TOKEN");
  });

  it("GIVEN a platform token without its companions THEN the missing key is named", () => {
    const result = loadConfig({ DISCORD_TOKEN: "t", DISCORD_INTERACTIONS_PORT: "8080" }, shipped);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((issue) => issue.key).sort()).toEqual([
      "DISCORD_APPLICATION_ID",
      "DISCORD_PUBLIC_KEY",
    ]);
  });

  it("GIVEN full Discord and Slack settings THEN both are assembled with typed values", () => {
    const env = {
      DISCORD_TOKEN: "t",
      DISCORD_APPLICATION_ID: "123456789012",
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: "s",
      PORT: "3100",
      SLACK_ADMIN_USER_IDS: "U1, U2",
    };
    const result = loadConfig(env, {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.discord).toEqual({ token: "t", applicationId: "123456789012" });
    expect(result.config.slack?.port).toBe(3100);
    expect(result.config.slack?.adminUserIds).toEqual(["U1", "U2"]);
  });

  it("GIVEN a file that is not JSON THEN the file is named", () => {
    const result = loadConfig({}, { [SETTINGS_FILE]: "{ nope" });
    expect(result.ok ? [] : result.error.issues).toEqual([
      { key: SETTINGS_FILE, reason: "not valid JSON" },
    ]);
  });
});

describe("loadConfig: Discord shards", () => {
  const base = { DISCORD_TOKEN: "t", DISCORD_APPLICATION_ID: "100000000000000001" };

  it("GIVEN a shard count and ranges THEN the instance's ids are listed once, in order", () => {
    const result = loadConfig(
      { ...base, DISCORD_SHARD_COUNT: "8", DISCORD_SHARDS: "4-5, 7,5" },
      shipped,
    );
    expect(result.ok && result.config.discord).toMatchObject({ shardCount: 8, shards: [4, 5, 7] });
  });

  it("GIVEN auto THEN auto is passed on", () => {
    const result = loadConfig({ ...base, DISCORD_SHARD_COUNT: "auto" }, shipped);
    expect(result.ok && result.config.discord).toMatchObject({ shardCount: "auto" });
  });

  it.each([
    [{ DISCORD_SHARDS: "0,1" }, "DISCORD_SHARD_COUNT", /must be a number when DISCORD_SHARDS/],
    [{ DISCORD_SHARD_COUNT: "2", DISCORD_SHARDS: "1-2" }, "DISCORD_SHARDS", /names shard 2/],
    [{ DISCORD_SHARD_COUNT: "0" }, "DISCORD_SHARD_COUNT", /at least 1/],
    [{ DISCORD_SHARD_COUNT: "two" }, "DISCORD_SHARD_COUNT", /./],
    [{ DISCORD_SHARD_COUNT: "2", DISCORD_SHARDS: "first" }, "DISCORD_SHARDS", /shard ids such as/],
  ])("GIVEN %o THEN %s is reported", (env, key, reason) => {
    const result = loadConfig({ ...base, ...env }, shipped);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.error.issues.find((candidate) => candidate.key === key);
    expect(issue?.reason).toMatch(reason);
  });
});

describe("loadConfig: scale-out settings", () => {
  it("GIVEN nothing THEN SQLite, a 30 s tick and a 2 minute lease", () => {
    const result = loadConfig({}, shipped);
    expect(result.ok && result.config.scheduler).toEqual({ tickSeconds: 30, leaseSeconds: 120 });
    expect(result.ok && result.config.databaseUrl).toBeUndefined();
  });

  it("GIVEN DATABASE_URL and scheduler overrides THEN they are used", () => {
    const result = loadConfig(
      {
        DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test",
        BRIEFBOT_TICK_SECONDS: "1",
        BRIEFBOT_LEASE_SECONDS: "5",
      },
      shipped,
    );
    expect(result.ok && result.config.databaseUrl).toBe("postgres://postgres@127.0.0.1:5432/test");
    expect(result.ok && result.config.scheduler).toEqual({ tickSeconds: 1, leaseSeconds: 5 });
  });

  it.each([
    ["DATABASE_URL", "mysql://root@127.0.0.1/test", /postgres:\/\//],
    ["BRIEFBOT_TICK_SECONDS", "7", /divide a minute/],
    ["BRIEFBOT_LEASE_SECONDS", "1", /at least 2/],
  ])("GIVEN %s=%s THEN it is reported by name, without its value", (key, value, reason) => {
    const result = loadConfig({ [key]: value }, shipped);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([{ key, reason: expect.stringMatching(reason) }]);
    expect(result.error.message).not.toContain(value);
  });
});
