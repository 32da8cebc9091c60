import { describe, expect, it } from "vitest";
import type { ChatInput } from "../../src/app/chat-request.js";
import { damArticle } from "./fixtures/articles.js";
import { chatWorld, replyText } from "./fixtures/chat-world.js";

type World = ReturnType<typeof chatWorld>;

/** Everything the chat layer and the archive store, as one comparable value. */
function snapshot(w: World): unknown {
  const all = (sql: string) => w.archive.db.prepare(sql).all();
  return {
    subscriptions: all("SELECT * FROM chat_subscriptions ORDER BY channel_key"),
    state: all("SELECT * FROM chat_channel_state ORDER BY channel_key"),
    ledger: all("SELECT * FROM chat_posting_ledger"),
    sources: all("SELECT id, status FROM sources ORDER BY id"),
    articles: all("SELECT id, content_hash FROM articles ORDER BY id"),
  };
}

async function subscribedWorld(): Promise<World> {
  const w = chatWorld();
  await w.add(damArticle);
  await w.ask({ kind: "command", name: "briefing", args: "subscribe 07:30 Europe/Berlin" });
  return w;
}

const cases: Array<[string, ChatInput, RegExp]> = [
  [
    "an empty /who-said",
    { kind: "command", name: "who-said", args: "   " },
    /^Tell me the phrase to look for/,
  ],
  [
    "an empty /quotes",
    { kind: "command", name: "quotes", args: "" },
    /^Tell me whose quotes you want/,
  ],
  [
    "a 5,000-character phrase",
    { kind: "command", name: "who-said", args: "frozen ".repeat(715) },
    /^That is 5,004 characters long; I read .* up to 500 characters\.$/,
  ],
  [
    "an unknown /briefing subcommand",
    { kind: "command", name: "briefing", args: "explode now" },
    /^Unknown \/briefing subcommand “explode”\. Use \/briefing subscribe/,
  ],
  [
    "an unknown sources action",
    { kind: "command", name: "briefing", args: "sources shuffle" },
    /^Unknown sources action “shuffle”/,
  ],
  [
    "an invalid time 25:99",
    { kind: "command", name: "briefing", args: "subscribe 25:99" },
    /^“25:99” is not a time of day/,
  ],
  [
    "subscribe again without a time",
    { kind: "command", name: "briefing", args: "subscribe" },
    /^This channel already gets a briefing daily at 07:30 \(Europe\/Berlin\)/,
  ],
  [
    "a question in another language",
    { kind: "mention", text: "Что сказал Путин?" },
    /^Sorry, I only understand questions in English for now\./,
  ],
  [
    "a mention with only the bot's name",
    { kind: "mention", text: "  " },
    /^Yes\? Try “what did Putin say\?”/,
  ],
  [
    "an unknown slash command",
    { kind: "mention", text: "/frobnicate now" },
    /^Unknown command “\/frobnicate”\. Commands:/,
  ],
];

describe("bad input: a clear reply, stored state unchanged", () => {
  it.each(cases)(
    "GIVEN %s THEN a clear reply and nothing changes",
    async (_name, input, expected) => {
      const w = await subscribedWorld();
      const before = snapshot(w);
      const reply = await w.ask(input);
      expect(reply.text).toMatch(expected);
      expect(snapshot(w)).toEqual(before);
    },
  );

  it("GIVEN an invalid time or an unknown zone on a fresh channel THEN the reason, and no subscription", async () => {
    const w = chatWorld();
    const before = snapshot(w);
    const time = await w.ask({ kind: "command", name: "briefing", args: "subscribe 25:99" });
    expect(time.text).toBe(
      "“25:99” is not a time of day: use HH:MM between 00:00 and 23:59, e.g. 07:30.",
    );
    const zone = await w.ask({
      kind: "command",
      name: "briefing",
      args: "subscribe 08:00 Mars/Olympus",
    });
    expect(zone.text).toMatch(/^“Mars\/Olympus” is not a time zone I know: use an IANA name/);
    expect(snapshot(w)).toEqual(before);
  });

  it("GIVEN unsubscribe when not subscribed THEN it says so and nothing changes", async () => {
    const w = chatWorld();
    const before = snapshot(w);
    const reply = await w.ask({ kind: "command", name: "briefing", args: "unsubscribe" });
    expect(reply.text).toBe(
      "This channel has no morning briefing, so there is nothing to unsubscribe.",
    );
    expect(snapshot(w)).toEqual(before);
  });

  it("GIVEN someone who cannot manage the channel THEN subscribe, unsubscribe and sources add are refused", async () => {
    const w = await subscribedWorld();
    const before = snapshot(w);
    for (const args of [
      "subscribe",
      "unsubscribe",
      "now",
      "sources add https://example.com/feed.xml",
    ]) {
      const reply = await w.ask({ kind: "command", name: "briefing", args }, false);
      expect(reply.text).toMatch(
        /^Only people who can manage this channel can change its briefing/,
      );
    }
    expect(
      (await w.ask({ kind: "command", name: "briefing", args: "status" }, false)).text,
    ).toMatch(/^Next briefing:/);
    expect(snapshot(w)).toEqual(before);
  });

  it("GIVEN control and zero-width characters inside a phrase THEN they are ignored and the quote is found", async () => {
    const w = await subscribedWorld();
    const before = snapshot(w);
    const reply = await w.ask({
      kind: "command",
      name: "who-said",
      args: "should\u0007 be pa\u200Bused\u202E\u0000",
    });
    expect(reply.text).toContain("Anna Keller");
    expect(snapshot(w)).toEqual(before);
  });

  it("GIVEN a 5,000-character reply-worthy phrase THEN the reply never echoes more than a short excerpt", async () => {
    const w = chatWorld();
    const reply = await w.ask({ kind: "command", name: "who-said", args: `${"x".repeat(499)}😀` });
    expect(replyText(reply).length).toBeLessThan(400);
    expect(replyText(reply)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
