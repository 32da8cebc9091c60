import { describe, expect, it } from "vitest";
import { runBriefbot } from "./run-briefbot.js";

interface Manifest {
  features: { slash_commands: { command: string; url?: string }[] };
  oauth_config: { scopes: { bot: string[] }; redirect_urls?: string[] };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    socket_mode_enabled: boolean;
  };
}

describe("briefbot slack:manifest", { timeout: 60_000 }, () => {
  it("GIVEN --url THEN a single-workspace HTTP manifest pointing at <url>/slack/events", async () => {
    const run = await runBriefbot(["slack:manifest", "--url", "https://bot.example.org/"]);
    expect(run.code, run.stderr).toBe(0);
    const manifest = JSON.parse(run.stdout) as Manifest;
    expect(manifest.settings.event_subscriptions).toEqual({
      request_url: "https://bot.example.org/slack/events",
      bot_events: ["app_mention"],
    });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.oauth_config.redirect_urls).toBeUndefined();
    for (const command of manifest.features.slash_commands)
      expect(command.url).toBe("https://bot.example.org/slack/events");
  });

  it("GIVEN --oauth THEN the redirect URL, the uninstall events and the same scopes", async () => {
    const [oauth, single] = await Promise.all([
      runBriefbot(["slack:manifest", "--oauth", "--url", "https://bot.example.org"]),
      runBriefbot(["slack:manifest", "--url", "https://bot.example.org"]),
    ]);
    expect(oauth.code, oauth.stderr).toBe(0);
    const manifest = JSON.parse(oauth.stdout) as Manifest;
    expect(manifest.oauth_config.redirect_urls).toEqual([
      "https://bot.example.org/slack/oauth_redirect",
    ]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      "app_mention",
      "app_uninstalled",
      "tokens_revoked",
    ]);
    expect(manifest.oauth_config.scopes).toEqual(
      (JSON.parse(single.stdout) as Manifest).oauth_config.scopes,
    );
  });

  it("GIVEN no --url THEN a Socket Mode manifest without request URLs", async () => {
    const run = await runBriefbot(["slack:manifest"]);
    const manifest = JSON.parse(run.stdout) as Manifest;
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.request_url).toBeUndefined();
  });

  it("GIVEN a plain-http URL or --oauth without a URL THEN one sentence and exit 2", async () => {
    const [http, oauth] = await Promise.all([
      runBriefbot(["slack:manifest", "--url", "http://bot.example.org"]),
      runBriefbot(["slack:manifest", "--oauth"]),
    ]);
    expect(http).toMatchObject({ code: 2, stdout: "" });
    expect(http.stderr).toMatch(/--url must be a public https:\/\/ address/);
    expect(oauth).toMatchObject({ code: 2, stdout: "" });
    expect(oauth.stderr).toMatch(/--oauth needs --url/);
  });
});
