import { describe, expect, it } from "vitest";
import { CHANNEL, chatWorld, replyText } from "../chat/fixtures/chat-world.js";
import { damArticle, harbourArticle } from "../chat/fixtures/articles.js";
import { recordingPublisher, schedulerFor } from "./fixtures.js";

// 08:00 Europe/Berlin on 2026-11-28 is 07:00 UTC.
const DUE = "2026-11-28T07:00:00.000Z";

async function subscribed(args = "08:00 Europe/Berlin") {
  const w = chatWorld({ clockAt: "2026-11-28T05:00:00.000Z" });
  await w.ask({ kind: "command", name: "briefing", args: `subscribe ${args}` });
  return w;
}

describe("catch-up after downtime", () => {
  it("GIVEN a run missed by 40 minutes THEN it runs once on start, then waits for tomorrow", async () => {
    const w = await subscribed();
    w.clock.set("2026-11-28T07:40:00.000Z");
    const publisher = recordingPublisher();
    const scheduler = schedulerFor(w, publisher);
    expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["posted"]);
    expect(await scheduler.runDue()).toEqual([]);
    expect(publisher.posts).toHaveLength(1);
    expect((await w.subscriptions.get(CHANNEL))?.nextDueAt).toBe("2026-11-29T07:00:00.000Z");
  });

  it("GIVEN a run missed by two hours THEN it is skipped, logged, and the next is tomorrow", async () => {
    const w = await subscribed();
    w.clock.set("2026-11-28T09:00:00.000Z");
    const publisher = recordingPublisher();
    expect((await schedulerFor(w, publisher).runDue()).map((r) => r.outcome)).toEqual([
      "skipped-late",
    ]);
    expect(publisher.posts).toEqual([]);
    expect(
      w.logger.lines.some((l) => l.level === "warn" && l.message.startsWith("briefing skipped")),
    ).toBe(true);
    expect(await w.subscriptions.get(CHANNEL)).toMatchObject({
      nextDueAt: "2026-11-29T07:00:00.000Z",
      lastRunAt: null,
    });
  });
});

describe("exactly once", () => {
  it("GIVEN a crash after sending and before marking THEN a restart waits out the lease, finds the post and does not post again", async () => {
    const w = await subscribed();
    w.clock.set(DUE);
    // The platform accepts the post, then the process dies before it can write the mark.
    const crashing = recordingPublisher();
    const postPart = crashing.postPart.bind(crashing);
    crashing.postPart = async (...args) => {
      const outcome = await postPart(...args);
      await w.archive.close();
      return outcome;
    };
    await expect(schedulerFor(w, crashing).runDue()).rejects.toThrow();
    expect(crashing.posts).toHaveLength(1);

    // One minute on, the dead process's lease (two minutes) still holds: the run is left alone.
    const restarted = chatWorld({ path: w.path, clockAt: "2026-11-28T07:01:00.000Z" });
    const scheduler = schedulerFor(restarted, crashing, "test:2");
    expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["held-elsewhere"]);
    expect((await restarted.subscriptions.get(CHANNEL))?.nextDueAt).toBe(DUE);
    // Once it expires the run is taken over; the platform already has the part, so none is sent.
    restarted.clock.set("2026-11-28T07:03:00.000Z");
    expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["posted"]);
    expect(crashing.posts).toHaveLength(1);
    expect(await restarted.ledger.status(CHANNEL, DUE)).toBe("posted");
    expect((await restarted.subscriptions.get(CHANNEL))?.nextDueAt).toBe(
      "2026-11-29T07:00:00.000Z",
    );
  });

  it("GIVEN two processes on one database file THEN the briefing is posted once", async () => {
    const first = await subscribed();
    const second = chatWorld({ path: first.path, clockAt: DUE });
    first.clock.set(DUE);
    const publisher = recordingPublisher([], 20);
    const outcomes = await Promise.all([
      schedulerFor(first, publisher, "host:1").runDue(),
      schedulerFor(second, publisher, "host:2").runDue(),
    ]);
    expect(
      outcomes
        .flat()
        .map((r) => r.outcome)
        .sort(),
    ).toEqual(["held-elsewhere", "posted"]);
    expect(publisher.posts).toHaveLength(1);
    expect(await second.ledger.status(CHANNEL, DUE)).toBe("posted");
  });

  it("GIVEN a transient failure THEN the claim is released and the next tick posts once", async () => {
    const w = await subscribed();
    w.clock.set(DUE);
    const publisher = recordingPublisher([{ ok: false, permanent: false, reason: "HTTP 503" }]);
    const scheduler = schedulerFor(w, publisher);
    expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["retry-later"]);
    w.clock.set("2026-11-28T07:01:00.000Z");
    expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["posted"]);
    expect(publisher.posts).toHaveLength(1);
    expect(publisher.posts[0]?.key).toMatch(/^b[0-9a-f]{24}$/);
  });

  it("GIVEN a permanent failure THEN the subscription pauses with the reason, shown in /briefing status", async () => {
    const w = await subscribed();
    w.clock.set(DUE);
    const publisher = recordingPublisher([
      { ok: false, permanent: true, reason: "the channel no longer exists" },
    ]);
    const scheduler = schedulerFor(w, publisher);
    expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["paused"]);
    w.clock.set("2026-11-29T07:00:00.000Z");
    expect(await scheduler.runDue()).toEqual([]);
    const status = await w.ask({ kind: "command", name: "briefing", args: "status" });
    expect(status.text).toBe(
      "The briefing is paused: the channel no longer exists. Fix that, then type /briefing resume.",
    );
  });
});

describe("briefing content", () => {
  it("GIVEN new articles THEN the sharpest disagreement comes first, and the next briefing has only what is newer", async () => {
    const w = await subscribed();
    await w.add(harbourArticle);
    await w.add(damArticle);
    w.clock.set(DUE);
    const publisher = recordingPublisher();
    const scheduler = schedulerFor(w, publisher);
    await scheduler.runDue();
    const first = publisher.posts[0]?.reply;
    expect(first?.sections.map((s) => s.title)).toEqual([
      "Ministers clash over river dam",
      "Harbour reopens after storm",
    ]);
    expect(replyText(first ?? { text: "", sections: [] })).toContain(
      "Anna Keller, Swiss environment minister",
    );
    w.clock.set("2026-11-29T07:00:00.000Z");
    await scheduler.runDue();
    expect(publisher.posts[1]?.reply.text).toBe("Nothing new since the last briefing.");
  });

  it("GIVEN a quiet subscription and an empty day THEN nothing is posted but the run is recorded", async () => {
    const w = await subscribed("08:00 Europe/Berlin quiet");
    w.clock.set(DUE);
    const publisher = recordingPublisher();
    expect((await schedulerFor(w, publisher).runDue()).map((r) => r.outcome)).toEqual(["quiet"]);
    expect(publisher.posts).toEqual([]);
    expect((await w.subscriptions.get(CHANNEL))?.lastRunAt).toBe(DUE);
  });

  it("GIVEN /briefing now THEN the briefing is the reply and the channel's cut-off moves on", async () => {
    const w = await subscribed();
    await w.add(damArticle);
    expect(
      (await w.ask({ kind: "command", name: "briefing", args: "now" })).sections[0]?.title,
    ).toBe("Ministers clash over river dam");
    expect((await w.ask({ kind: "command", name: "briefing", args: "now" })).text).toBe(
      "Nothing new since this channel subscribed (0 sources checked).",
    );
  });
});
