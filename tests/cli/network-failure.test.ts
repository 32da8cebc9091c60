import { describe, expect, it } from "vitest";
import { freePort } from "../e2e/spawn-briefbot.js";
import { runCli, tempSetup } from "../terminal/run-cli.js";

// Nothing listens on the API port: the request never gets an answer, so nobody refused anything.
describe("briefbot start when the platform cannot be reached", { timeout: 60_000 }, () => {
  it("GIVEN Slack's API is unreachable THEN 'could not reach Slack', not a refused token", async () => {
    const t = tempSetup();
    const api = `http://127.0.0.1:${await freePort()}/api/`;
    const run = runCli(["start"], "", {
      BRIEFBOT_DB: t.db,
      BRIEFBOT_BRIEFS_DIR: t.briefs,
      SLACK_BOT_TOKEN: "xoxb-offline-secret",
      SLACK_SIGNING_SECRET: "offline-signing-secret",
      SLACK_API_URL: api,
      PORT: String(await freePort()),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/briefbot: could not start: could not reach Slack \(.+\)\./);
    expect(run.stderr).not.toMatch(/refused the bot token/);
    expect(run.stderr).not.toContain("xoxb-offline-secret");
  });

  it("GIVEN Discord's API is unreachable THEN 'could not reach Discord', not a refused token", async () => {
    const t = tempSetup();
    const run = runCli(["start"], "", {
      BRIEFBOT_DB: t.db,
      BRIEFBOT_BRIEFS_DIR: t.briefs,
      DISCORD_TOKEN: "offline-discord-secret",
      DISCORD_APPLICATION_ID: "100000000000000001",
      DISCORD_API_URL: `http://127.0.0.1:${await freePort()}/api`,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/briefbot: could not start: could not reach Discord \(.+\)\./);
    expect(run.stderr).not.toMatch(/refused the bot token/);
    expect(run.stderr).not.toContain("offline-discord-secret");
  });
});
