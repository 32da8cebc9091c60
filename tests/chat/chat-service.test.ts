import { describe, expect, it } from "vitest";
import { damArticle, harbourArticle } from "./fixtures/articles.js";
import { chatWorld, replyText } from "./fixtures/chat-world.js";

async function world() {
  const w = chatWorld();
  await w.add(damArticle);
  await w.add(harbourArticle);
  return w;
}

describe("chat commands", () => {
  it("GIVEN a phrase someone said THEN /who-said names the speaker with role, the exact words and the article", async () => {
    const w = await world();
    const reply = await w.ask({ kind: "command", name: "who-said", args: "should be paused" });
    expect(reply.text).toContain("Anna Keller, Swiss environment minister");
    const quote = reply.sections[0]?.blocks.find((b) => b.type === "quote");
    expect(quote).toEqual({
      type: "quote",
      kind: "direct",
      text: "The project should be paused until the study is done,",
      attribution: "Anna Keller, Swiss environment minister",
    });
    expect(reply.sections[0]?.footer).toContain("2026-11-20");
  });

  it("GIVEN a phrase nobody said THEN /who-said answers an honest no match", async () => {
    const reply = await (
      await world()
    ).ask({
      kind: "command",
      name: "who-said",
      args: "purple elephants dance tonight",
    });
    expect(reply.text).toMatch(
      /^No match: no one in the archive said “purple elephants dance tonight”/,
    );
  });

  it("GIVEN /quotes with a topic THEN only that person's quotes on it come back, reported speech marked", async () => {
    const w = await world();
    const all = await w.ask({ kind: "command", name: "quotes", args: "Rossi" });
    expect(all.text).toContain("What Marco Rossi");
    expect(replyText(all)).toContain("We will not wait another year,");
    expect(replyText(all)).toContain("(reported speech)");
    const none = await w.ask({ kind: "command", name: "quotes", args: "Berg about dams" });
    expect(none.text).toMatch(/^No match/);
  });

  it("GIVEN /brief without words THEN the newest card; with words THEN the matching one, compact", async () => {
    const w = await world();
    expect((await w.ask({ kind: "command", name: "brief", args: "" })).text).toBe(
      "Harbour reopens after storm",
    );
    const dam = await w.ask({ kind: "command", name: "brief", args: "river dam" });
    expect(dam.sections[0]?.title).toBe("Ministers clash over river dam");
    const text = replyText(dam);
    expect(text).toContain("At odds: Anna Keller vs Marco Rossi — the river dam");
    expect(text).toContain(
      "Keller will meet the builders next week. — Anna Keller — by 2026-11-27",
    );
  });

  it("GIVEN help THEN an ephemeral list of commands with examples", async () => {
    const reply = await (await world()).ask({ kind: "command", name: "help", args: "" });
    expect(reply.ephemeral).toBe(true);
    expect(replyText(reply)).toContain("/who-said <phrase>");
  });
});

describe("mentions", () => {
  it("GIVEN 'what did X say about Y?' THEN quotes by X narrowed to Y", async () => {
    const reply = await (
      await world()
    ).ask({ kind: "mention", text: "what did Berg say about trade?" });
    expect(replyText(reply)).toContain("repairs on the north pier about trade would take weeks");
    expect(replyText(reply)).not.toContain("Ships can dock again");
  });

  it("GIVEN \"who said 'X'?\" THEN who-said with the quotes stripped", async () => {
    const reply = await (
      await world()
    ).ask({
      kind: "mention",
      text: "who said 'we will not wait another year'?",
    });
    expect(reply.text).toContain("Marco Rossi");
  });

  it("GIVEN 'who is X?' THEN the role", async () => {
    const reply = await (await world()).ask({ kind: "mention", text: "who is Berg?" });
    expect(reply.text).toBe("Lena Berg: harbour master.");
  });

  it("GIVEN 'brief me' and 'what's new?' THEN cards", async () => {
    const w = await world();
    expect((await w.ask({ kind: "mention", text: "brief me" })).text).toBe(
      "Harbour reopens after storm",
    );
    const news = await w.ask({ kind: "mention", text: "what's new?" });
    expect(news.sections.map((s) => s.title)).toEqual([
      "Harbour reopens after storm",
      "Ministers clash over river dam",
    ]);
  });

  it("GIVEN an unparseable question THEN its closest reading and a hint, not silence", async () => {
    const reply = await (await world()).ask({ kind: "mention", text: "make me a sandwich" });
    expect(reply.text).toMatch(/^Read as “\/brief sandwich”: No match/);
    expect(replyText(reply)).toContain("ask it that way, or see /help");
    expect(replyText(reply)).not.toContain("I did not understand");
  });
});

describe("/briefing sources", () => {
  it("GIVEN a subscribed channel THEN a feed is added, listed and removed, and a feed nobody follows any more is no longer read", async () => {
    const w = await world();
    await w.ask({ kind: "command", name: "briefing", args: "subscribe" });
    const added = await w.ask({
      kind: "command",
      name: "briefing",
      args: "sources add https://example.com/feed.xml",
    });
    expect(added.text).toMatch(/^Added https:\/\/example\.com\/feed\.xml/);
    expect(
      (await w.subscriptions.get({ platform: "discord", workspaceId: "G1", channelId: "C1" }))
        ?.sources,
    ).toHaveLength(1);
    const listed = await w.ask({ kind: "command", name: "briefing", args: "sources list" });
    expect(replyText(listed)).toContain("feed https://example.com/feed.xml — new");
    const again = await w.ask({
      kind: "command",
      name: "briefing",
      args: "sources add https://example.com/feed.xml",
    });
    expect(again.text).toBe("This channel already follows https://example.com/feed.xml.");
    const removed = await w.ask({
      kind: "command",
      name: "briefing",
      args: "sources remove https://example.com/feed.xml",
    });
    expect(removed.text).toBe("Removed https://example.com/feed.xml from this channel's briefing.");
    expect(
      (await w.subscriptions.get({ platform: "discord", workspaceId: "G1", channelId: "C1" }))
        ?.sources,
    ).toEqual([]);
    expect((await w.archive.sources.list()).map((s) => s.location)).not.toContain(
      "https://example.com/feed.xml",
    );
  });

  it("GIVEN a subscription THEN status shows the schedule in local time and 'not yet' for the last run", async () => {
    const w = await world();
    await w.ask({ kind: "command", name: "briefing", args: "subscribe 07:30 America/New_York" });
    const status = await w.ask({ kind: "command", name: "briefing", args: "status" });
    expect(status.text).toBe("Next briefing: Sat 28 Nov, 07:30 (America/New_York).");
    expect(replyText(status)).toContain("not yet");
  });
});

describe("real faults", () => {
  it("GIVEN the database is gone THEN one calm sentence for the user and the fault in the log", async () => {
    const w = await world();
    await w.archive.close();
    const reply = await w.ask({ kind: "command", name: "who-said", args: "should be paused" });
    expect(reply).toEqual({
      text: "Sorry, something went wrong on my side and I could not answer. Please try again in a moment.",
      sections: [
        {
          blocks: [
            {
              type: "paragraph",
              text: "Sorry, something went wrong on my side and I could not answer. Please try again in a moment.",
            },
          ],
        },
      ],
      ephemeral: true,
    });
    expect(w.logger.lines).toEqual([
      expect.objectContaining({ level: "error", message: "chat request failed" }),
    ]);
  });
});
