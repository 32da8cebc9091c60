import { afterEach, describe, expect, it } from "vitest";
import type { ChannelRef } from "../../src/app/chat-request.js";
import { prepareBriefing } from "../../src/app/briefings/prepare-briefing.js";
import { damArticle } from "../chat/fixtures/articles.js";
import { chatWorld, replyText } from "../chat/fixtures/chat-world.js";

const FEED = "https://news.example/feed.xml";
const C1: ChannelRef = { platform: "slack", workspaceId: "T1", channelId: "C1" };
const open: Array<{ close(): unknown }> = [];
afterEach(() => {
  for (const item of open.splice(0)) item.close();
});

async function worldWithFeed(failures: number) {
  const w = chatWorld();
  open.push(w.archive);
  const added = await w.archive.sources.add("feed", FEED);
  if (!added.ok) throw new Error(added.error.message);
  const at = "2026-11-28T05:00:00.000Z";
  for (let i = 0; i < failures; i += 1)
    await w.archive.feedState.recordFailure(
      added.source.id,
      at,
      "The server answered 500 Internal Server Error.",
      at,
      3,
    );
  return { w, sourceId: added.source.id };
}

describe("a briefing short of a failing feed says so", () => {
  it("GIVEN a chosen feed marked failing THEN the briefing names it, the reason and the fix", async () => {
    const { w, sourceId } = await worldWithFeed(3);
    await w.add(damArticle);
    const briefing = await prepareBriefing(w.archive, w.subscriptions, C1, {
      sources: [sourceId],
      maxCards: 5,
      quietWhenEmpty: false,
    });
    const text = replyText(briefing.reply!);
    expect(text).toContain("Sources not read");
    expect(text).toContain(
      `${FEED} has failed 3 times in a row (The server answered 500 Internal Server Error), so its articles are missing here. Check the address, or remove it with /briefing sources remove ${FEED}.`,
    );
  });

  it("GIVEN a quiet channel with nothing new but a failing feed THEN it is not silent", async () => {
    const { w, sourceId } = await worldWithFeed(3);
    const briefing = await prepareBriefing(w.archive, w.subscriptions, C1, {
      sources: [sourceId],
      maxCards: 5,
      quietWhenEmpty: true,
    });
    expect(briefing.reply).not.toBeNull();
    expect(replyText(briefing.reply!)).toMatch(
      /Nothing new since the last briefing\.[\s\S]*has failed 3 times/,
    );
  });

  it("GIVEN a feed only backing off after one failure THEN the briefing stays as it was", async () => {
    const { w, sourceId } = await worldWithFeed(1);
    const briefing = await prepareBriefing(w.archive, w.subscriptions, C1, {
      sources: [sourceId],
      maxCards: 5,
      quietWhenEmpty: true,
    });
    expect(briefing.reply).toBeNull();
  });
});
