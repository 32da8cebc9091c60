import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeSlackText, removeBotMention } from "../../src/adapters/slack/decode-slack-text.js";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { renderSlackAppManifest } from "../../src/adapters/slack/slack-app-manifest.js";
import { toChatInput } from "../../src/adapters/slack/slack-chat-request.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import { openRealChatWorld } from "./real-chat-world.js";
import {
  botToken,
  signingSecret,
  startSlackApiCapture,
  type SlackApiCapture,
} from "./slack-wire.js";

let api: SlackApiCapture;
let world: Awaited<ReturnType<typeof openRealChatWorld>>;
const log = createMemoryLogger();
beforeAll(async () => {
  api = await startSlackApiCapture();
  world = await openRealChatWorld([resolve(import.meta.dirname, "../../briefs")], log.logger);
});
afterAll(async () => {
  await api.close();
  await world.close();
});
const deps = () => ({ chat: world.chat, logger: createMemoryLogger().logger });

describe("startSlack settings", () => {
  it("GIVEN bad settings THEN it names every bad key at once and never prints a secret", async () => {
    const start = startSlack(
      { botToken: "xoxp-user-token-secret", signingSecret: "", port: 70000, apiUrl: "ftp://x" },
      deps(),
    );
    await expect(start).rejects.toMatchObject({
      name: "SlackAdapterError[invalid-config]",
      code: "invalid-config",
    });
    const message = await start.catch((error: Error) => error.message);
    for (const key of ["botToken", "signingSecret", "port", "apiUrl"])
      expect(message).toContain(key);
    expect(message).not.toContain("xoxp-user-token-secret");
  });

  it("GIVEN HTTP mode without a signing secret THEN it refuses to start", async () => {
    const start = startSlack({ botToken, port: 0, host: "127.0.0.1", apiUrl: api.apiUrl }, deps());
    await expect(start).rejects.toThrow(/signing secret is required in HTTP mode/);
  });

  it("GIVEN half an OAuth setup THEN it says all three settings are needed", async () => {
    const start = startSlack(
      { signingSecret, clientId: "1.2", port: 0, host: "127.0.0.1", apiUrl: api.apiUrl },
      deps(),
    );
    await expect(start).rejects.toThrow(/client id, client secret and state secret together/);
  });

  it("GIVEN Slack refuses the bot token THEN startup fails with the reason and without the token", async () => {
    api.script("auth.test", { status: 200, json: { ok: false, error: "invalid_auth" } });
    const start = startSlack(
      { botToken, signingSecret, port: 0, host: "127.0.0.1", apiUrl: api.apiUrl },
      deps(),
    );
    await expect(start).rejects.toThrow("Slack refused the bot token (invalid_auth).");
    await expect(start).rejects.not.toThrow(botToken);
  });

  it("GIVEN Slack's unsigned ssl_check THEN it gets an empty 200 and nothing runs", async () => {
    const slack = await startSlack(
      { botToken, signingSecret, port: 0, host: "127.0.0.1", apiUrl: api.apiUrl },
      deps(),
    );
    const before = api.calls.length;
    const response = await fetch(`http://127.0.0.1:${slack.address?.port ?? 0}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "ssl_check=1&token=x&command=%2Fwho-said&text=hi",
    });
    const other = await fetch(`http://127.0.0.1:${slack.address?.port ?? 0}/elsewhere`, {
      method: "POST",
      body: "x",
    });
    await slack.stop();
    expect([response.status, await response.text()]).toEqual([200, ""]);
    expect(other.status).toBe(404);
    expect(api.calls.length).toBe(before);
  });
});

describe("Slack text in", () => {
  it("decodes Slack's encoding back to what was typed", () => {
    expect(
      decodeSlackText(
        "who said &lt;b&gt; &amp; <https://x.example/a|x.example> to <@U1|ann> in <#C1|news> <!here>",
      ),
    ).toBe("who said <b> & https://x.example/a to @ann in #news @here");
    expect(decodeSlackText("zero\u200Bwidth \u202Etext")).toBe("zerowidth text");
  });

  it("removes only the bot's own mention", () => {
    expect(removeBotMention("<@UBOT|briefbot>: ask <@U2> and <@UBOT>", "UBOT").trim()).toBe(
      "ask <@U2> and",
    );
  });

  it("maps command names, /briefbot subcommands and free text", () => {
    expect(toChatInput("/WHO-SAID", " should be frozen ")).toEqual({
      kind: "command",
      name: "who-said",
      args: "should be frozen",
    });
    expect(toChatInput("/briefbot", "/quotes Putin")).toEqual({
      kind: "command",
      name: "quotes",
      args: "Putin",
    });
    expect(toChatInput("/briefbot", "brief me")).toEqual({
      kind: "command",
      name: "brief",
      args: "me",
    });
    expect(toChatInput("/renamed-by-admin", "x")).toEqual({
      kind: "command",
      name: "help",
      args: "",
    });
  });
});

describe("Slack app manifest", () => {
  it("lists exactly the commands the adapter maps, all pointing at /slack/events", () => {
    const manifest = renderSlackAppManifest({
      publicUrl: "https://bot.example.org/",
      oauth: true,
    }) as {
      features: { slash_commands: Array<{ command: string; url: string }> };
      oauth_config: { redirect_urls: string[]; scopes: { bot: string[] } };
      settings: { socket_mode_enabled: boolean; event_subscriptions: { bot_events: string[] } };
    };
    const slash = manifest.features.slash_commands;
    expect(slash.map((c) => c.command)).toEqual([
      "/brief",
      "/who-said",
      "/quotes",
      "/briefing",
      "/briefbot",
    ]);
    for (const { command, url } of slash) {
      expect(url).toBe("https://bot.example.org/slack/events");
      expect(toChatInput(command, "x")).not.toEqual({ kind: "command", name: "help", args: "" });
    }
    expect(manifest.oauth_config.redirect_urls).toEqual([
      "https://bot.example.org/slack/oauth_redirect",
    ]);
    expect(manifest.oauth_config.scopes.bot).toContain("users:read");
    expect(manifest.settings.event_subscriptions.bot_events).toContain("app_mention");
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(renderSlackAppManifest()).toMatchObject({ settings: { socket_mode_enabled: true } });
  });
});

describe("Slack adapter README", () => {
  it("shows the manifest the code produces", () => {
    const readme = readFileSync(
      new URL("../../src/adapters/slack/README.md", import.meta.url),
      "utf8",
    );
    const json = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? "";
    expect(JSON.parse(json)).toEqual(renderSlackAppManifest({ publicUrl: "https://YOUR-HOST" }));
  });
});
