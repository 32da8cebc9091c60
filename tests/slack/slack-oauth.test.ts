import { resolve } from "node:path";
import { publishAll } from "../fixtures/publish-all.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningPlatform } from "../../src/app/ports/platform.js";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import { openRealChatWorld } from "./real-chat-world.js";
import {
  installedToken,
  postCommand,
  signingSecret,
  startSlackApiCapture,
  type SlackApiCapture,
} from "./slack-wire.js";

let api: SlackApiCapture;
let slack: RunningPlatform;
const log = createMemoryLogger();
let world: Awaited<ReturnType<typeof openRealChatWorld>>;
const base = () => `http://127.0.0.1:${slack.address?.port ?? 0}`;

beforeAll(async () => {
  world = await openRealChatWorld([resolve(import.meta.dirname, "../../briefs")], log.logger);
  api = await startSlackApiCapture();
  slack = await startSlack(
    {
      signingSecret,
      clientId: "111.222",
      clientSecret: "oauth-secret",
      stateSecret: "state-secret",
      port: 0,
      host: "127.0.0.1",
      apiUrl: api.apiUrl,
    },
    { chat: world.chat, logger: log.logger, ...world.slackStores },
  );
});
afterAll(async () => {
  await slack.stop();
  await api.close();
  await world.close();
});

/** Walks Slack's OAuth v2 install: /slack/install, then Slack's redirect back with a code. */
async function install(): Promise<number> {
  const start = await fetch(`${base()}/slack/install`, { redirect: "manual" });
  const location = new URL(start.headers.get("location") ?? "");
  const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const state = location.searchParams.get("state") ?? "";
  const back = await fetch(
    `${base()}/slack/oauth_redirect?code=the-code&state=${encodeURIComponent(state)}`,
    { headers: { cookie } },
  );
  return back.status;
}

describe("Slack multi-workspace install (OAuth)", () => {
  it("GIVEN a workspace that is not installed THEN its requests run nothing", async () => {
    const ack = await postCommand(slack.address?.port ?? 0, {
      command: "/brief",
      text: "",
      team_id: "T2",
      response_url: api.responseUrl("n"),
    });
    await new Promise((r) => setTimeout(r, 300));
    // The seed card's title: had the real service run, the answer would carry it somewhere.
    for (const text of [ack.text, ...api.calls.map((c) => c.decoded)])
      expect(text).not.toContain("missile shield");
  });

  it("GIVEN the OAuth install THEN the token is stored and that workspace is served with it", async () => {
    expect(await install()).toBe(200);
    expect(api.of("oauth.v2.access")[0]?.body).toMatchObject({
      code: "the-code",
      client_id: "111.222",
    });
    const ack = await postCommand(slack.address?.port ?? 0, {
      command: "/who-said",
      text: "should be frozen",
      team_id: "T2",
      response_url: api.responseUrl("i"),
    });
    expect(ack.text).toContain("Sergei Lavrov");
    const brief = await postCommand(slack.address?.port ?? 0, {
      command: "/brief",
      text: "",
      team_id: "T2",
      response_url: api.responseUrl("b"),
    });
    expect(brief.text).toContain("missile shield");
    const subscribed = await postCommand(slack.address?.port ?? 0, {
      command: "/briefing",
      text: "subscribe 07:30 UTC",
      team_id: "T2",
      user_id: "UADMIN",
      response_url: api.responseUrl("s"),
    });
    expect(subscribed.status).toBe(200);
    // The request reached the real service as workspace T2: the subscription is stored there.
    const channel = { platform: "slack" as const, workspaceId: "T2", channelId: "C1" };
    expect(await world.subscriptions.get(channel)).not.toBeNull();
    expect(api.of("users.info").at(-1)?.token).toBe(installedToken);
  });

  it("GIVEN a scheduled post THEN it uses the channel's workspace token; an unknown workspace is permanent", async () => {
    const ok = await publishAll(
      slack.publisher,
      { platform: "slack", workspaceId: "T2", channelId: "C2" },
      { text: "morning", sections: [] },
      "C2:1",
    );
    expect(ok).toEqual({ ok: true });
    expect(api.of("chat.postMessage").at(-1)?.token).toBe(installedToken);
    const missing = await publishAll(
      slack.publisher,
      { platform: "slack", workspaceId: "T9", channelId: "C9" },
      { text: "morning", sections: [] },
      "C9:1",
    );
    expect(missing).toEqual({ ok: false, permanent: true, reason: "not_installed" });
  });

  it("never logs a token", () => {
    // Starting logged its line, so the checks below read a real log even when run alone.
    expect(log.lines.join("\n")).toContain('"message":"slack adapter started"');
    expect(log.lines.join("\n")).not.toContain(installedToken);
    expect(log.lines.join("\n")).not.toContain("oauth-secret");
  });
});
