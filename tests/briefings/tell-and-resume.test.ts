import { webApi } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import type { ChannelRef } from "../../src/app/chat-request.js";
import { slackClientOptions } from "../../src/adapters/slack/slack-client-options.js";
import { createSlackPublisher } from "../../src/adapters/slack/slack-publisher.js";
import { damArticle, harbourArticle } from "../chat/fixtures/articles.js";
import { chatWorld } from "../chat/fixtures/chat-world.js";
import { schedulerFor } from "./fixtures.js";
import { startRecordingSlack } from "./recording-slack.js";

const DUE = "2026-11-28T07:00:00.000Z";
const C1: ChannelRef = { platform: "slack", workspaceId: "T1", channelId: "C1" };
const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

async function slackSetup() {
  const api = await startRecordingSlack();
  open.push(api);
  const w = chatWorld({ clockAt: "2026-11-28T05:00:00.000Z" });
  open.push(w.archive);
  const client = new webApi.WebClient(
    "xoxb-test",
    slackClientOptions(api.apiUrl, w.logger, "posts"),
  );
  const publisher = createSlackPublisher({
    clientFor: async () => client,
    logger: w.logger,
    minIntervalMs: 0,
  });
  const scheduler = schedulerFor(w, publisher, "host:1", { platform: "slack" });
  const briefing = (args: string) =>
    w.ask({ kind: "command", name: "briefing", args }, true, C1).then((r) => r.text);
  return { api, w, scheduler, briefing };
}

describe("posting never stops silently", () => {
  it("GIVEN Slack refuses the channel for good THEN the subscription pauses and the subscriber gets a DM saying why and how to resume", async () => {
    const { api, w, scheduler, briefing } = await slackSetup();
    await briefing("subscribe 08:00 Europe/Berlin");
    w.clock.set(DUE);
    api.behave("C1", { error: "not_in_channel" });
    expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["paused"]);
    expect(api.posts).toEqual([
      expect.objectContaining({
        channel: "U1",
        text: expect.stringMatching(/has stopped: not_in_channel\. .*\/briefing resume/),
      }),
    ]);
    expect(await briefing("status")).toBe(
      "The briefing is paused: not_in_channel. Fix that, then type /briefing resume.",
    );

    w.clock.set("2026-11-28T09:00:00.000Z");
    expect(await briefing("resume")).toBe(
      "Resumed: the briefing was paused (not_in_channel); the next one: Sun 29 Nov, 08:00 (Europe/Berlin).",
    );
    w.clock.set("2026-11-29T07:00:00.000Z");
    expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["posted"]);
    expect(api.posts.at(-1)?.channel).toBe("C1");
  });

  it("GIVEN resume on an active subscription or none THEN it says so", async () => {
    const { briefing } = await slackSetup();
    expect(await briefing("resume")).toBe(
      "This channel has no subscription; /briefing subscribe 08:00 Europe/Berlin to start.",
    );
    await briefing("subscribe 08:00 Europe/Berlin");
    expect(await briefing("resume")).toBe(
      "This channel's briefing is not paused; the next one: Sat 28 Nov, 08:00 (Europe/Berlin).",
    );
  });

  it("GIVEN subscribe on a subscribed channel THEN the time changes and the reply says so", async () => {
    const { w, scheduler, briefing, api } = await slackSetup();
    await briefing("subscribe 08:00 Europe/Berlin");
    expect(await briefing("subscribe 06:30 Europe/London")).toBe(
      "Changed: this channel's briefing now runs daily at 06:30 (Europe/London) instead of 08:00 (Europe/Berlin). The next one: Sat 28 Nov, 06:30 (Europe/London).",
    );
    // 06:30 in London is 06:30 UTC in November: not due before, due then.
    w.clock.set("2026-11-28T06:29:00.000Z");
    expect(await scheduler.runDue()).toEqual([]);
    w.clock.set("2026-11-28T06:30:00.000Z");
    expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["posted"]);
    expect(api.posts).toHaveLength(1);
  });

  it("GIVEN /briefing now THEN it says what it posted, or why nothing, or that there is no subscription", async () => {
    const { w, scheduler, briefing } = await slackSetup();
    expect(await briefing("now")).toBe(
      "This channel has no subscription; /briefing subscribe 08:00 Europe/Berlin to start.",
    );
    await w.archive.sources.add("briefs", "/srv/briefs");
    await briefing("subscribe 08:00 Europe/Berlin");
    await w.add(damArticle);
    await w.add(harbourArticle);
    expect(await briefing("now")).toBe(
      "Posted 2 new articles from 1 source. First: Ministers clash over river dam",
    );
    w.clock.set(DUE);
    await scheduler.runDue();
    expect(await briefing("now")).toBe(
      "Nothing new since the last briefing at 08:00 (1 source checked).",
    );
  });
});
