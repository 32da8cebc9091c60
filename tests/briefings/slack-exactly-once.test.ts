import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { webApi } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import type { ChannelRef } from "../../src/app/chat-request.js";
import { slackClientOptions } from "../../src/adapters/slack/slack-client-options.js";
import { createSlackPublisher } from "../../src/adapters/slack/slack-publisher.js";
import { damArticle } from "../chat/fixtures/articles.js";
import { chatWorld } from "../chat/fixtures/chat-world.js";
import { schedulerFor } from "./fixtures.js";
import { startRecordingSlack } from "./recording-slack.js";

// 08:00 Europe/Berlin on 2026-11-28 is 07:00 UTC.
const DUE = "2026-11-28T07:00:00.000Z";
const C1: ChannelRef = { platform: "slack", workspaceId: "T1", channelId: "C1" };
const C2: ChannelRef = { platform: "slack", workspaceId: "T1", channelId: "C2" };
const root = fileURLToPath(new URL("../..", import.meta.url));

const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

async function slackApi() {
  const api = await startRecordingSlack();
  open.push(api);
  return api;
}

/** One process's view: a real archive file, its scheduler, a Slack publisher against `apiUrl`. */
function processOn(
  apiUrl: string,
  options: { path?: string; instance?: string; timeoutMs?: number } = {},
) {
  const w = chatWorld({
    clockAt: "2026-11-28T05:00:00.000Z",
    ...(options.path ? { path: options.path } : {}),
  });
  open.push(w.archive);
  const client = new webApi.WebClient(
    "xoxb-test",
    slackClientOptions(apiUrl, w.logger, "posts", options.timeoutMs),
  );
  const publisher = createSlackPublisher({
    clientFor: async () => client,
    logger: w.logger,
    minIntervalMs: 0,
  });
  const scheduler = schedulerFor(w, publisher, options.instance ?? "host:1", { platform: "slack" });
  return { w, scheduler };
}

async function subscribe(w: ReturnType<typeof chatWorld>, channel: ChannelRef) {
  await w.ask(
    { kind: "command", name: "briefing", args: "subscribe 08:00 Europe/Berlin" },
    true,
    channel,
  );
}

const outcomes = (results: Array<{ outcome: string }>) => results.map((r) => r.outcome);

async function until(condition: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("Slack: a failure after Slack may have posted is not retried blindly", () => {
  it.each(["accept-then-drop", "accept-then-500"] as const)(
    "GIVEN Slack records the post and then %s THEN the next tick finds it by its metadata and posts nothing more",
    async (behaviour) => {
      const api = await slackApi();
      const { w, scheduler } = processOn(api.apiUrl);
      await subscribe(w, C1);
      await w.add(damArticle);
      w.clock.set(DUE);
      api.behave("C1", behaviour);
      expect(outcomes(await scheduler.runDue())).toEqual(["retry-later"]);
      expect(api.posts).toHaveLength(1);
      expect((await w.subscriptions.get(C1))?.nextDueAt).toBe(DUE);

      w.clock.set("2026-11-28T07:01:00.000Z");
      expect(outcomes(await scheduler.runDue())).toEqual(["posted"]);
      expect(api.posts).toHaveLength(1);
      expect(api.of("chat.postMessage")).toHaveLength(1);
      expect(api.of("conversations.history")[0]?.body).toMatchObject({
        channel: "C1",
        include_all_metadata: "true",
      });
      expect(await w.ledger.status(C1, DUE)).toBe("posted");
      expect((await w.subscriptions.get(C1))?.nextDueAt).toBe("2026-11-29T07:00:00.000Z");
    },
  );

  it("GIVEN a failure before Slack posted THEN the next tick looks, finds nothing, and posts once", async () => {
    const api = await slackApi();
    const { w, scheduler } = processOn(api.apiUrl);
    await subscribe(w, C1);
    w.clock.set(DUE);
    api.behave("C1", { failAfterMs: 0 });
    expect(outcomes(await scheduler.runDue())).toEqual(["retry-later"]);
    w.clock.set("2026-11-28T07:01:00.000Z");
    expect(outcomes(await scheduler.runDue())).toEqual(["posted"]);
    expect(api.posts.map((p) => p.channel)).toEqual(["C1"]);
  });
});

describe("Slack: two processes on one database and a slow failure", () => {
  it("GIVEN process A's post fails slowly THEN process B leaves the live claim alone, then takes it over and posts once", async () => {
    const api = await slackApi();
    const a = processOn(api.apiUrl, { instance: "host:A" });
    const b = processOn(api.apiUrl, { path: a.w.path, instance: "host:B" });
    await subscribe(a.w, C1);
    a.w.clock.set(DUE);
    b.w.clock.set("2026-11-28T07:00:30.000Z");
    api.behave("C1", { failAfterMs: 600 });
    const first = a.scheduler.runDue();
    await until(() => api.of("chat.postMessage").length === 1, "A's post to arrive");
    // B sees A's live claim: it neither posts nor moves the schedule to tomorrow.
    expect(outcomes(await b.scheduler.runDue())).toEqual(["held-elsewhere"]);
    expect((await b.w.subscriptions.get(C1))?.nextDueAt).toBe(DUE);
    expect(outcomes(await first)).toEqual(["retry-later"]);
    // A gave the run up: B's next tick takes it over, finds no post, and posts.
    b.w.clock.set("2026-11-28T07:01:00.000Z");
    expect(outcomes(await b.scheduler.runDue())).toEqual(["posted"]);
    a.w.clock.set("2026-11-28T07:01:30.000Z");
    expect(await a.scheduler.runDue()).toEqual([]);
    expect(api.posts).toHaveLength(1);
    expect(await a.w.ledger.status(C1, DUE)).toBe("posted");
  });
});

describe("Slack: one hung channel does not hold up another", () => {
  it("GIVEN chat.postMessage to C1 never answers THEN C2's briefing goes out meanwhile and C1 gives up at the request timeout", async () => {
    const api = await slackApi();
    const { w, scheduler } = processOn(api.apiUrl, { timeoutMs: 3000 });
    await subscribe(w, C1);
    await subscribe(w, C2);
    w.clock.set(DUE);
    api.behave("C1", "hang");
    let settled = false;
    const run = scheduler.runDue().finally(() => (settled = true));
    await until(() => api.posts.some((p) => p.channel === "C2"), "C2's briefing");
    expect(settled).toBe(false);
    const results = await run;
    expect(Object.fromEntries(results.map((r) => [r.channel.channelId, r.outcome]))).toEqual({
      C1: "retry-later",
      C2: "posted",
    });
  });
});

describe("Slack: a two-part briefing whose process is killed between parts", () => {
  it("GIVEN kill -9 after part 1 is acknowledged THEN a fresh process waits out the lease and sends part 2 only", async () => {
    const api = await slackApi();
    const { w, scheduler } = processOn(api.apiUrl, { instance: "host:fresh" });
    await subscribe(w, C1);
    for (let i = 0; i < 12; i += 1)
      await w.add({ ...damArticle, id: `dam-${i}`, text: `${damArticle.text}\nUpdate ${i}.` });
    api.behave("C1", "accept", "hang");
    const child = spawn(
      process.execPath,
      ["bin/run-ts.js", "tests/briefings/scheduler-child.ts", w.path, api.apiUrl],
      { cwd: root, env: { ...process.env, BRIEFBOT_TEST_AT: DUE }, stdio: "ignore" },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    await until(() => api.of("chat.postMessage").length === 2, "part 2 to be in flight", 30_000);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(api.posts.map((p) => p.metadata?.event_payload.part)).toEqual([0]);

    // The dead process's lease still holds for a minute: nobody touches the run.
    w.clock.set("2026-11-28T07:01:00.000Z");
    expect(outcomes(await scheduler.runDue())).toEqual(["held-elsewhere"]);
    w.clock.set("2026-11-28T07:03:00.000Z");
    expect(outcomes(await scheduler.runDue())).toEqual(["posted"]);
    expect(api.posts.map((p) => p.metadata?.event_payload.part)).toEqual([0, 1]);
    expect(await w.ledger.status(C1, DUE)).toBe("posted");
  }, 40_000);
});
