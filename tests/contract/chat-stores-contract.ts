import { afterEach, beforeEach, describe, expect, it } from "vitest";
// Port types from one place (the async shapes of issue 14); after the async-ports merge this
// becomes src/app/ports/*.js.
import type {
  ChannelRef,
  ComposedBriefing,
  EventDedup,
  FeedState,
  InstallationStore,
  PostingLedger,
  Subscription,
  SubscriptionStore,
} from "../../src/archive/postgres/chat-ports.js";

/** The chat layer's stores over one database, as every instance of briefbot would see them. */
export interface ChatStores {
  subscriptions: SubscriptionStore;
  ledger: PostingLedger;
  feedState: FeedState;
  /** Event de-duplication reading time from `now` (milliseconds). */
  events(now: () => number): EventDedup;
  installations: InstallationStore;
  /** Registers a feed source the way the archive would, so feed state can be kept for it. */
  addSource(id: string): Promise<void>;
}

export interface OpenedStores {
  stores: ChatStores;
  cleanup(): Promise<void>;
}

const C1: ChannelRef = { platform: "slack", workspaceId: "T1", channelId: "C1" };
const C2: ChannelRef = { platform: "discord", workspaceId: "G1", channelId: "C2" };
const C3: ChannelRef = { platform: "terminal", channelId: "local" };
const DUE = "2026-12-02T07:00:00.000Z";
const T0 = "2026-12-02T07:00:05.000Z";
const at = (offsetMs: number) => new Date(Date.parse(T0) + offsetMs).toISOString();
const MINUTE = 60_000;

function subscription(channel: ChannelRef, overrides: Partial<Subscription> = {}): Subscription {
  return {
    channel,
    localTime: "08:00",
    timeZone: "Europe/Berlin",
    quietWhenEmpty: false,
    sources: [],
    nextDueAt: DUE,
    lastRunAt: null,
    pausedReason: null,
    createdBy: "U1",
    createdAt: "2026-12-01T10:00:00.000Z",
    ...overrides,
  };
}

const briefing: ComposedBriefing = {
  reply: { text: "Two cards", sections: [{ blocks: [{ type: "paragraph", text: "Two cards" }] }] },
  until: "2026-12-02T06:00:00.000Z",
  count: 2,
  sourceIds: ["feed-a", "feed-b"],
};

/**
 * The behaviour every implementation of the chat stores owes the app, SQLite and PostgreSQL
 * alike, including what many instances sharing the database do at the same moment.
 */
export function describeChatStoresContract(name: string, open: () => Promise<OpenedStores>): void {
  describe(`chat stores contract: ${name}`, () => {
    let opened: OpenedStores;
    let s: ChatStores;
    beforeEach(async () => {
      opened = await open();
      s = opened.stores;
    });
    afterEach(async () => {
      await opened.cleanup();
    });

    describe("subscriptions", () => {
      it("adds once, reads back every field, removes once", async () => {
        const sub = subscription(C1, { sources: ["feed-a"], quietWhenEmpty: true });
        expect(await s.subscriptions.add(sub)).toBe(true);
        expect(await s.subscriptions.add(subscription(C1, { localTime: "09:00" }))).toBe(false);
        expect(await s.subscriptions.get(C1)).toEqual(sub);
        expect(await s.subscriptions.get(C2)).toBeNull();
        expect(await s.subscriptions.remove(C1)).toBe(true);
        expect(await s.subscriptions.remove(C1)).toBe(false);
        expect(await s.subscriptions.get(C1)).toBeNull();
      });

      it("lists due (unpaused, at or before now, oldest first) and all (by channel)", async () => {
        await s.subscriptions.add(subscription(C1, { nextDueAt: "2026-12-02T07:00:00.000Z" }));
        await s.subscriptions.add(subscription(C2, { nextDueAt: "2026-12-02T06:00:00.000Z" }));
        await s.subscriptions.add(subscription(C3, { nextDueAt: "2026-12-02T08:00:00.000Z" }));
        const due = await s.subscriptions.due("2026-12-02T07:00:00.000Z");
        expect(due.map((sub) => sub.channel)).toEqual([C2, C1]);
        await s.subscriptions.pause(C2, "channel gone");
        expect(
          (await s.subscriptions.due("2026-12-02T09:00:00.000Z")).map((sub) => sub.channel),
        ).toEqual([C1, C3]);
        expect((await s.subscriptions.all()).map((sub) => sub.channel)).toEqual([C2, C1, C3]);
        expect((await s.subscriptions.get(C2))?.pausedReason).toBe("channel gone");
        await s.subscriptions.resume(C2, "2026-12-03T06:00:00.000Z");
        const resumed = await s.subscriptions.get(C2);
        expect(resumed?.pausedReason).toBeNull();
        expect(resumed?.nextDueAt).toBe("2026-12-03T06:00:00.000Z");
      });

      it("advances only from the expected due time (compare-and-set)", async () => {
        await s.subscriptions.add(subscription(C1));
        const next = "2026-12-03T07:00:00.000Z";
        expect(await s.subscriptions.advance(C1, DUE, next, DUE)).toBe(true);
        expect(await s.subscriptions.advance(C1, DUE, "2026-12-04T07:00:00.000Z", DUE)).toBe(false);
        const sub = await s.subscriptions.get(C1);
        expect(sub?.nextDueAt).toBe(next);
        expect(sub?.lastRunAt).toBe(DUE);
        expect(await s.subscriptions.advance(C2, DUE, next, null)).toBe(false);
      });

      it("of 20 schedulers advancing the same run at once, exactly one moves it", async () => {
        await s.subscriptions.add(subscription(C1));
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            s.subscriptions.advance(
              C1,
              DUE,
              `2026-12-03T07:00:${String(i).padStart(2, "0")}.000Z`,
              DUE,
            ),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results.indexOf(true);
        expect((await s.subscriptions.get(C1))?.nextDueAt).toBe(
          `2026-12-03T07:00:${String(winner).padStart(2, "0")}.000Z`,
        );
      });

      it("changes sources and schedule in place", async () => {
        await s.subscriptions.add(subscription(C1));
        await s.subscriptions.setSources(C1, ["feed-b", "feed-a"]);
        await s.subscriptions.reschedule(C1, {
          localTime: "06:30",
          timeZone: "America/New_York",
          quietWhenEmpty: true,
          nextDueAt: "2026-12-02T11:30:00.000Z",
        });
        expect(await s.subscriptions.get(C1)).toEqual(
          subscription(C1, {
            sources: ["feed-b", "feed-a"],
            localTime: "06:30",
            timeZone: "America/New_York",
            quietWhenEmpty: true,
            nextDueAt: "2026-12-02T11:30:00.000Z",
          }),
        );
      });

      it("keeps each channel's briefing cut-off, which never moves back", async () => {
        expect(await s.subscriptions.briefedUntil(C1)).toBeNull();
        await s.subscriptions.setBriefedUntil(C1, "2026-12-02T05:00:00.000Z");
        await s.subscriptions.setBriefedUntil(C1, "2026-12-01T05:00:00.000Z");
        expect(await s.subscriptions.briefedUntil(C1)).toBe("2026-12-02T05:00:00.000Z");
        await s.subscriptions.setBriefedUntil(C1, "2026-12-02T06:00:00.000Z");
        expect(await s.subscriptions.briefedUntil(C1)).toBe("2026-12-02T06:00:00.000Z");
        expect(await s.subscriptions.briefedUntil(C2)).toBeNull();
      });

      it("records who owns each source", async () => {
        await s.subscriptions.ownSource("feed-a", "slack:T1:C1", "U1", T0);
        await s.subscriptions.ownSource("feed-a", "slack:T1:C1", "U2", T0);
        await s.subscriptions.ownSource("feed-a", "install", "cli", T0);
        await s.subscriptions.ownSource("feed-b", "discord:G1:C2", "U3", T0);
        expect(await s.subscriptions.sourceOwners()).toEqual(
          new Map([
            ["feed-a", new Set(["slack:T1:C1", "install"])],
            ["feed-b", new Set(["discord:G1:C2"])],
          ]),
        );
        expect(await s.subscriptions.disownSource("feed-a", "slack:T1:C1")).toBe(true);
        expect(await s.subscriptions.disownSource("feed-a", "slack:T1:C1")).toBe(false);
        expect((await s.subscriptions.sourceOwners()).get("feed-a")).toEqual(new Set(["install"]));
      });
    });

    describe("posting ledger", () => {
      it("claims a new run once; another holder sees it held until the lease ends", async () => {
        expect(await s.ledger.status(C1, DUE)).toBeNull();
        expect(await s.ledger.run(C1, DUE)).toBeNull();
        expect(await s.ledger.claim(C1, DUE, "a", T0, at(MINUTE))).toEqual({ kind: "new" });
        expect(await s.ledger.claim(C1, DUE, "b", at(1000), at(MINUTE + 1000))).toEqual({
          kind: "held",
          by: "a",
          leaseUntil: at(MINUTE),
        });
        expect(await s.ledger.status(C1, DUE)).toBe("claimed");
        expect(await s.ledger.run(C1, DUE)).toEqual({ briefing: null, nextPart: 0, claimedAt: T0 });
        // Another channel, or another run of the same channel, is a run of its own.
        expect(await s.ledger.claim(C2, DUE, "b", T0, at(MINUTE))).toEqual({ kind: "new" });
        expect(await s.ledger.claim(C1, "2026-12-03T07:00:00.000Z", "b", T0, at(MINUTE))).toEqual({
          kind: "new",
        });
      });

      it("lets only the holder store the briefing, renew and record parts", async () => {
        await s.ledger.claim(C1, DUE, "a", T0, at(MINUTE));
        expect(await s.ledger.saveBriefing(C1, DUE, "b", briefing)).toBe(false);
        expect(await s.ledger.saveBriefing(C1, DUE, "a", briefing)).toBe(true);
        expect(await s.ledger.renew(C1, DUE, "b", at(5 * MINUTE))).toBe(false);
        expect(await s.ledger.renew(C1, DUE, "a", at(2 * MINUTE))).toBe(true);
        expect(await s.ledger.partPosted(C1, DUE, "b", 0)).toBe(false);
        expect(await s.ledger.partPosted(C1, DUE, "a", 1)).toBe(true);
        // Progress never moves back.
        expect(await s.ledger.partPosted(C1, DUE, "a", 0)).toBe(true);
        expect(await s.ledger.run(C1, DUE)).toEqual({ briefing, nextPart: 2, claimedAt: T0 });
        // The renewed lease holds past the first one's end.
        expect(await s.ledger.claim(C1, DUE, "b", at(90_000), at(200_000))).toMatchObject({
          kind: "held",
          by: "a",
          leaseUntil: at(2 * MINUTE),
        });
        expect(await s.ledger.renew(C2, DUE, "a", at(MINUTE))).toBe(false);
      });

      it("hands a run whose lease ran out to the next claimant, at its first unconfirmed part", async () => {
        await s.ledger.claim(C1, DUE, "a", T0, at(MINUTE));
        await s.ledger.saveBriefing(C1, DUE, "a", briefing);
        await s.ledger.partPosted(C1, DUE, "a", 0);
        const resumed = await s.ledger.claim(C1, DUE, "b", at(MINUTE), at(2 * MINUTE));
        expect(resumed).toEqual({
          kind: "resumed",
          run: { briefing, nextPart: 1, claimedAt: T0 },
        });
        // The old holder lost every right to the run.
        expect(await s.ledger.renew(C1, DUE, "a", at(10 * MINUTE))).toBe(false);
        expect(await s.ledger.partPosted(C1, DUE, "a", 1)).toBe(false);
        expect(await s.ledger.saveBriefing(C1, DUE, "a", { ...briefing, count: 9 })).toBe(false);
        await s.ledger.release(C1, DUE, "a", at(MINUTE));
        expect(await s.ledger.claim(C1, DUE, "c", at(90_000), at(3 * MINUTE))).toMatchObject({
          kind: "held",
          by: "b",
        });
        expect(await s.ledger.partPosted(C1, DUE, "b", 1)).toBe(true);
        expect((await s.ledger.run(C1, DUE))?.nextPart).toBe(2);
      });

      it("after a release, the next claim (any holder) resumes the run at once", async () => {
        await s.ledger.claim(C1, DUE, "a", T0, at(MINUTE));
        await s.ledger.partPosted(C1, DUE, "a", 0);
        await s.ledger.release(C1, DUE, "a", at(1000));
        expect(await s.ledger.claim(C1, DUE, "b", at(1000), at(MINUTE))).toEqual({
          kind: "resumed",
          run: { briefing: null, nextPart: 1, claimedAt: T0 },
        });
      });

      it("a finished run stays finished, whoever claims it and whenever", async () => {
        await s.ledger.claim(C1, DUE, "a", T0, at(MINUTE));
        await s.ledger.mark(C1, DUE, "posted", at(2000));
        expect(await s.ledger.status(C1, DUE)).toBe("posted");
        expect(await s.ledger.claim(C1, DUE, "b", at(10 * MINUTE), at(11 * MINUTE))).toEqual({
          kind: "finished",
          status: "posted",
        });
        await s.ledger.claim(C2, DUE, "a", T0, at(MINUTE));
        await s.ledger.mark(C2, DUE, "failed", at(2000), "channel_not_found");
        expect(await s.ledger.claim(C2, DUE, "a", at(1000), at(MINUTE))).toEqual({
          kind: "finished",
          status: "failed",
        });
        expect(await s.ledger.renew(C2, DUE, "a", at(MINUTE))).toBe(false);
      });

      it("of 20 instances claiming the same run at once, exactly one gets it new", async () => {
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            s.ledger.claim(C1, DUE, `instance-${i}`, T0, at(MINUTE)),
          ),
        );
        const fresh = results.flatMap((r, i) => (r.kind === "new" ? [i] : []));
        expect(fresh).toHaveLength(1);
        const winner = `instance-${fresh[0]}`;
        for (const r of results)
          if (r.kind !== "new")
            expect(r).toEqual({ kind: "held", by: winner, leaseUntil: at(MINUTE) });
        expect(await s.ledger.saveBriefing(C1, DUE, winner, briefing)).toBe(true);
      });

      it("of 20 instances finding a dead holder's lease, exactly one resumes the run", async () => {
        await s.ledger.claim(C1, DUE, "dead", T0, at(MINUTE));
        await s.ledger.partPosted(C1, DUE, "dead", 0);
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            s.ledger.claim(C1, DUE, `instance-${i}`, at(2 * MINUTE), at(3 * MINUTE)),
          ),
        );
        const resumed = results.flatMap((r, i) => (r.kind === "resumed" ? [i] : []));
        expect(resumed).toHaveLength(1);
        expect(results[resumed[0] ?? -1]).toEqual({
          kind: "resumed",
          run: { briefing: null, nextPart: 1, claimedAt: T0 },
        });
        const winner = `instance-${resumed[0]}`;
        expect(results.filter((r) => r.kind === "held" && r.by === winner)).toHaveLength(19);
        expect(await s.ledger.renew(C1, DUE, "dead", at(4 * MINUTE))).toBe(false);
        expect(await s.ledger.renew(C1, DUE, winner, at(4 * MINUTE))).toBe(true);
      });
    });

    describe("feed state", () => {
      it("needs a baseline until the first successful poll, then keeps its validators", async () => {
        await s.addSource("feed-a");
        expect(await s.feedState.needsBaseline("feed-a")).toBe(true);
        expect(await s.feedState.validators("feed-a")).toEqual({ etag: null, lastModified: null });
        await s.feedState.recordFailure("feed-a", T0, "timeout", at(MINUTE), 3);
        expect(await s.feedState.needsBaseline("feed-a")).toBe(true);
        await s.feedState.recordSuccess("feed-a", at(MINUTE), {
          etag: '"v1"',
          lastModified: "Wed, 02 Dec 2026 07:00:00 GMT",
        });
        expect(await s.feedState.needsBaseline("feed-a")).toBe(false);
        expect(await s.feedState.validators("feed-a")).toEqual({
          etag: '"v1"',
          lastModified: "Wed, 02 Dec 2026 07:00:00 GMT",
        });
        // A failure after a success that left items keeps the baseline; with none, it is needed.
        await s.feedState.recordFailure("feed-a", at(2 * MINUTE), "HTTP 500", at(3 * MINUTE), 1);
        expect(await s.feedState.needsBaseline("feed-a")).toBe(true);
        await s.feedState.remember("feed-a", ["guid-1"], at(2 * MINUTE));
        await s.feedState.recordFailure("feed-a", at(2 * MINUTE), "HTTP 500", at(3 * MINUTE), 1);
        expect(await s.feedState.needsBaseline("feed-a")).toBe(false);
        expect(await s.feedState.needsBaseline("no-such-feed")).toBe(true);
      });

      it("a source that left items behind needs no new baseline", async () => {
        await s.addSource("feed-a");
        await s.feedState.remember("feed-a", ["guid-1"], T0);
        expect(await s.feedState.needsBaseline("feed-a")).toBe(false);
      });

      it("an item is unseen only while none of its keys was remembered, per source", async () => {
        await s.addSource("feed-a");
        await s.addSource("feed-b");
        await s.feedState.remember("feed-a", ["guid-1", "https://x.test/1", "guid-1"], T0);
        expect(
          await s.feedState.unseen("feed-a", [
            ["guid-1"],
            ["guid-2", "https://x.test/1"],
            ["guid-3", "https://x.test/3"],
            [],
          ]),
        ).toEqual([false, false, true, true]);
        expect(await s.feedState.unseen("feed-b", [["guid-1"]])).toEqual([true]);
        expect(await s.feedState.unseen("feed-a", [])).toEqual([]);
        await s.feedState.remember("feed-a", ["guid-1"], at(1000));
        await s.feedState.remember("feed-a", [], at(1000));
      });

      it("grants at most the daily cap, afresh each UTC day", async () => {
        await s.addSource("feed-a");
        expect(await s.feedState.takeQuota("feed-a", "2026-12-02", 3, 5)).toBe(3);
        expect(await s.feedState.takeQuota("feed-a", "2026-12-02", 3, 5)).toBe(2);
        expect(await s.feedState.takeQuota("feed-a", "2026-12-02", 1, 5)).toBe(0);
        expect(await s.feedState.takeQuota("feed-a", "2026-12-03", 4, 5)).toBe(4);
        expect(await s.feedState.takeQuota("feed-a", "2026-12-03", 0, 5)).toBe(0);
      });

      it("never over-grants when 20 pollers take the quota at once", async () => {
        await s.addSource("feed-a");
        await s.addSource("feed-b");
        const grants = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            s.feedState.takeQuota(i % 2 ? "feed-a" : "feed-b", "2026-12-02", 3, 10),
          ),
        );
        const sum = (odd: boolean) =>
          grants.filter((_, i) => Boolean(i % 2) === odd).reduce((a, b) => a + b, 0);
        expect(sum(true)).toBe(10);
        expect(sum(false)).toBe(10);
        expect(await s.feedState.takeQuota("feed-a", "2026-12-02", 1, 10)).toBe(0);
      });
    });

    describe("Slack event de-duplication", () => {
      it("answers an event id once, however often it is delivered", async () => {
        const events = s.events(() => Date.parse(T0));
        expect(await events.claimEvent("Ev1")).toBe(true);
        expect(await events.claimEvent("Ev1")).toBe(false);
        expect(await events.claimEvent("Ev2")).toBe(true);
        // Another instance on the same database sees the same ids.
        expect(await s.events(() => Date.parse(T0) + 1000).claimEvent("Ev1")).toBe(false);
      });

      it("of 20 instances receiving the same retry at once, exactly one answers", async () => {
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            s.events(() => Date.parse(T0) + i).claimEvent("EvRetry"),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
      });

      it("forgets ids after a day", async () => {
        let now = Date.parse(T0);
        const events = s.events(() => now);
        expect(await events.claimEvent("EvOld")).toBe(true);
        now += 60 * MINUTE;
        expect(await events.claimEvent("EvOld")).toBe(false);
        now += 24 * 60 * MINUTE;
        expect(await events.claimEvent("EvOld")).toBe(true);
        expect(await events.claimEvent("EvOld")).toBe(false);
      });
    });

    describe("Slack installations", () => {
      const install = (team: string, token: string) =>
        JSON.stringify({ team: { id: team }, bot: { token, scopes: ["chat:write"] } });

      it("stores, replaces, finds and deletes one install per key; an unknown key is null", async () => {
        await s.installations.save("T:T1", install("T1", "xoxb-1"));
        await s.installations.save("T:T2", install("T2", "xoxb-2"));
        await s.installations.save("T:T1", install("T1", "xoxb-1b"));
        expect(JSON.parse((await s.installations.find("T:T1")) ?? "null")).toEqual({
          team: { id: "T1" },
          bot: { token: "xoxb-1b", scopes: ["chat:write"] },
        });
        expect(JSON.parse((await s.installations.find("T:T2")) ?? "null").bot.token).toBe("xoxb-2");
        expect(await s.installations.find("T:T9")).toBeNull();
        await s.installations.delete("T:T1");
        expect(await s.installations.find("T:T1")).toBeNull();
        expect(await s.installations.find("T:T2")).not.toBeNull();
      });

      it("keeps an org-wide install apart from a workspace of the same id", async () => {
        await s.installations.save("E:E1", install("E1", "xoxb-org"));
        await s.installations.save("T:E1", install("E1", "xoxb-team"));
        expect(JSON.parse((await s.installations.find("E:E1")) ?? "null").bot.token).toBe(
          "xoxb-org",
        );
      });
    });
  });
}
