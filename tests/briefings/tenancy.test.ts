import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBriefingScheduler } from "../../src/app/briefings/create-briefing-scheduler.js";
import type { ChannelRef } from "../../src/app/chat-request.js";
import { createLinkIngester } from "../../src/app/ingest/ingest-link.js";
import { createGuardedFetch } from "../../src/sources/guarded-fetch.js";
import { createParser } from "../../src/sources/run-off-thread.js";
import { damArticle } from "../chat/fixtures/articles.js";
import { chatWorld, replyText } from "../chat/fixtures/chat-world.js";
import { testCard } from "../fixtures/test-card.js";
import { recordingPublisher } from "./fixtures.js";

const DUE = "2026-11-28T07:00:00.000Z";
const slackChannel: ChannelRef = { platform: "slack", workspaceId: "T1", channelId: "C1" };
const otherWorkspace: ChannelRef = { platform: "slack", workspaceId: "T2", channelId: "C7" };
const discordServer: ChannelRef = { platform: "discord", workspaceId: "G9", channelId: "C9" };

const page = `<!doctype html><html><head><title>Harbour reopens after storm</title></head><body><article>
<h1>Harbour reopens after storm</h1>
<p>OSLO - The harbour reopened on Monday after a week of repairs, officials said.</p>
<p>"Ships can dock again from today," said Lena Berg, the harbour master, at a news conference.</p>
</article></body></html>`;
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((_req, res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function world() {
  return chatWorld({
    clockAt: "2026-11-28T05:00:00.000Z",
    ingestLink: (archive) => {
      const ingest = createLinkIngester({
        archive,
        fetchPage: createGuardedFetch({ allowLoopbackForTests: true }),
        parser: createParser(),
      });
      return async (url, sourceId) => {
        const result = await ingest(url, sourceId);
        return result.ok
          ? { ok: true, articleId: result.outcome.articleId }
          : { ok: false, error: result.error };
      };
    },
  });
}

type World = ReturnType<typeof world>;
const ask = (
  w: World,
  channel: ChannelRef,
  args: string,
  name: "brief" | "briefing" = "briefing",
  manager = true,
) => w.ask({ kind: "command", name, args }, manager, channel);

async function briefings(w: World) {
  const slack = recordingPublisher();
  const discord = recordingPublisher();
  w.clock.set(DUE);
  await createBriefingScheduler({
    archive: w.archive,
    subscriptions: w.subscriptions,
    ledger: w.ledger,
    publishers: { slack, discord },
    clock: w.clock,
    logger: w.logger,
    instanceId: "test:1",
    catchUpMs: 60 * 60_000,
    maxCards: 10,
  }).runDue();
  const byChannel = new Map<string, string>();
  for (const post of [...slack.posts, ...discord.posts])
    byChannel.set(`${post.channel.workspaceId}/${post.channel.channelId}`, replyText(post.reply));
  return byChannel;
}

describe("tenants stay apart", () => {
  it("GIVEN a plain Slack user's /brief <link> THEN the card answers there and enters only that channel's briefing", async () => {
    const w = world();
    for (const channel of [slackChannel, otherWorkspace, discordServer])
      await ask(w, channel, "subscribe 08:00 Europe/Berlin");
    const answer = await ask(w, slackChannel, `${base}/harbour`, "brief", false);
    expect(answer.sections[0]?.title).toBe("Harbour reopens after storm");
    const posted = await briefings(w);
    expect(posted.get("T1/C1")).toContain("Harbour reopens after storm");
    expect(posted.get("T2/C7")).toMatch(/^Nothing new since the last briefing\./);
    expect(posted.get("G9/C9")).toMatch(/^Nothing new since the last briefing\./);
  });

  it("GIVEN a feed added in one channel THEN its articles reach that channel only, and other channels do not list it", async () => {
    const w = world();
    await ask(w, slackChannel, "subscribe 08:00 Europe/Berlin");
    await ask(w, discordServer, "subscribe 08:00 Europe/Berlin");
    const added = await ask(w, slackChannel, "sources add https://news.example.com/feed.xml");
    expect(added.text).toMatch(/^Added https:\/\/news\.example\.com\/feed\.xml/);
    const feed = await w.archive.sources.get("https://news.example.com/feed.xml");
    // An item the feed poller files under the feed's id.
    await w.archive.ingest(
      { id: damArticle.id, text: damArticle.text },
      { sourceId: feed?.id ?? "", url: "https://news.example.com/dam", card: testCard(damArticle) },
    );
    const posted = await briefings(w);
    expect(posted.get("T1/C1")).toContain("Ministers clash over river dam");
    expect(posted.get("G9/C9")).toMatch(/^Nothing new since the last briefing\./);
    const listed = replyText(await ask(w, discordServer, "sources list"));
    expect(listed).not.toContain("news.example.com");
  });

  it("GIVEN sources list THEN only this channel's sources, and the briefs folder by name, never its path", async () => {
    const w = world();
    await w.archive.sources.add("briefs", "/srv/briefbot-secret/briefs");
    await ask(w, slackChannel, "subscribe");
    const listed = replyText(await ask(w, slackChannel, "sources list", "briefing", false));
    expect(listed).toContain("the local briefs folder");
    expect(listed).not.toContain("/srv/briefbot-secret");
  });

  it.each([
    "http://127.0.0.1:8080/feed",
    "http://localhost/feed",
    "http://feeds.localhost/rss",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.5/feed",
    "http://[::1]/feed",
    "http://[::ffff:127.0.0.1]/feed",
    "http://2130706433/feed",
    "http://intranet/feed",
    "http://metadata.google.internal/feed",
  ])(
    "GIVEN sources add %s THEN it is refused with a sentence and nothing is stored",
    async (url) => {
      const w = world();
      await ask(w, slackChannel, "subscribe");
      const reply = await ask(w, slackChannel, `sources add ${url}`);
      expect(reply.text).toMatch(
        /is a private or local address: briefbot only reads feeds on the public internet\.$/,
      );
      expect(await w.archive.sources.list()).toEqual([]);
      expect((await w.subscriptions.get(slackChannel))?.sources).toEqual([]);
    },
  );
});
