import { describe, expect, it } from "vitest";
import { CHANNEL, chatWorld } from "../chat/fixtures/chat-world.js";
import { recordingPublisher, schedulerFor } from "./fixtures.js";

async function subscribedAt(clockAt: string, args: string) {
  const w = chatWorld({ clockAt });
  await w.ask({ kind: "command", name: "briefing", args: `subscribe ${args}` });
  return w;
}

describe("briefings across daylight-saving changes (croner 11, America/New_York)", () => {
  it("GIVEN 02:30 on 2026-03-08 (inside the spring-forward gap) THEN it runs once at 03:00 EDT, and 02:30 EDT the next day", async () => {
    const w = await subscribedAt("2026-03-07T12:00:00.000Z", "02:30 America/New_York quiet");
    expect((await w.subscriptions.get(CHANNEL))?.nextDueAt).toBe("2026-03-08T07:00:00.000Z");
    const publisher = recordingPublisher();
    const scheduler = schedulerFor(w, publisher);
    w.clock.set("2026-03-08T06:59:59.000Z");
    expect(await scheduler.runDue()).toEqual([]);
    w.clock.set("2026-03-08T07:00:00.000Z");
    expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["quiet"]);
    expect(await scheduler.runDue()).toEqual([]);
    expect((await w.subscriptions.get(CHANNEL))?.nextDueAt).toBe("2026-03-09T06:30:00.000Z");
    expect((await w.subscriptions.get(CHANNEL))?.lastRunAt).toBe("2026-03-08T07:00:00.000Z");
  });

  it("GIVEN 01:30 on 2026-11-01 (the repeated fall-back hour) THEN it runs once, at the first 01:30 (EDT), not again at 01:30 EST", async () => {
    const w = await subscribedAt("2026-10-31T12:00:00.000Z", "01:30 America/New_York");
    expect((await w.subscriptions.get(CHANNEL))?.nextDueAt).toBe("2026-11-01T05:30:00.000Z");
    const publisher = recordingPublisher();
    const scheduler = schedulerFor(w, publisher);
    w.clock.set("2026-11-01T05:30:00.000Z");
    expect((await scheduler.runDue()).map((r) => r.outcome)).toEqual(["posted"]);
    w.clock.set("2026-11-01T06:30:00.000Z");
    expect(await scheduler.runDue()).toEqual([]);
    expect(publisher.posts).toHaveLength(1);
    expect(publisher.posts[0]?.reply.text).toBe("Nothing new since the last briefing.");
    expect((await w.subscriptions.get(CHANNEL))?.nextDueAt).toBe("2026-11-02T06:30:00.000Z");
  });
});
