import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  mentionEvent,
  postCommand,
  postEvent,
  signingSecret,
  startSlackApiCapture,
  type SlackApiCapture,
} from "../slack/slack-wire.js";
import {
  freePort,
  spawnBriefbotStart,
  waitForPort,
  type RunningBriefbot,
} from "./spawn-briefbot.js";

// The real process in Slack HTTP mode (no app token): signed requests in, Web API calls captured.
const botToken = "xoxb-e2e-secret-bot-token-4d2f";

// An article written to ping the whole workspace from inside its quote.
const hostile = `Banks warn of fake alerts

LONDON (Reuters) - Bank regulators on Monday warned customers about fraudulent messages.

"<!channel> <!here> <!everyone> please log in at once, <!channel>," said Mary Stone, the chief regulator at the Financial Conduct Authority.
`;

let api: SlackApiCapture;
let bot: RunningBriefbot;
let port: number;
const acks: string[] = [];

beforeAll(async () => {
  api = await startSlackApiCapture();
  port = await freePort();
  bot = spawnBriefbotStart(
    {
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      PORT: String(port),
      SLACK_API_URL: api.apiUrl,
    },
    { "hostile.txt": hostile },
  );
  await waitForPort(port, bot);
}, 30_000);

afterAll(async () => {
  await bot.stop();
  await api.close();
});

/** A slash command as Slack sends it, its response_url pointing at the capture server. */
async function command(name: string, text: string, id: string) {
  const fields = { command: name, text, response_url: api.responseUrl(id) };
  const started = Date.now();
  const ack = await postCommand(port, fields);
  acks.push(ack.text);
  return { ...ack, elapsedMs: Date.now() - started };
}

/** The ack body and whatever reached the response_url for `id` (polled, bounded). */
async function answerText(ack: { text: string }, id: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const later = () => api.calls.filter((c) => c.path === `/response/${id}`).map((c) => c.decoded);
  while (!ack.text.includes("Lavrov") && later().length === 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  return [ack.text, ...later()].join("\n");
}

/** chat.postMessage calls to `channel`, once at least `count` arrived (polled, bounded). */
async function postsIn(channel: string, count: number, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  const posts = () => api.of("chat.postMessage").filter((c) => c.body.channel === channel);
  while (posts().length < count) {
    if (Date.now() > deadline) throw new Error(`no answer posted in ${channel}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return posts();
}

describe("briefbot start with Slack over HTTP (real process)", () => {
  it("GIVEN a signed /who-said should be frozen THEN a 200 ack within 3 s and Lavrov named", async () => {
    const ack = await command("/who-said", "should be frozen", "who");
    // Slack's rule: the slash command is acknowledged within 3 seconds.
    expect(ack.status).toBe(200);
    expect(ack.elapsedMs).toBeLessThan(3_000);
    expect(await answerText(ack, "who")).toContain("Lavrov");
  });

  it("GIVEN a bad signature or a ten-minute-old timestamp THEN refused and nothing sent", async () => {
    const before = api.calls.length;
    const fields = {
      command: "/who-said",
      text: "should be frozen",
      response_url: api.responseUrl("bad"),
    };
    const forged = await postCommand(port, fields, { secret: "not-the-signing-secret" });
    const stale = await postCommand(port, fields, {
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
    expect(forged.text + stale.text).not.toContain("Lavrov");
    await new Promise((r) => setTimeout(r, 500));
    // Late answers to the earlier command (its own response_url) are not this test's business.
    const earlier = (path: string) => path.startsWith("/response/") && path !== "/response/bad";
    expect(api.calls.slice(before).filter((c) => !earlier(c.path))).toEqual([]);
  });

  it("GIVEN @briefbot what did Putin say? delivered twice (Slack retry) THEN one post in the channel with the INF remark", async () => {
    const event = mentionEvent("Ev-e2e-putin", "<@UBOT> what did Putin say?", {
      channel: "CPUTIN",
    });
    expect((await postEvent(port, event)).status).toBe(200);
    await postsIn("CPUTIN", 1);
    const retry = await postEvent(port, event, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(retry.status).toBe(200);
    // A later, different mention is answered after the retry was handled: then count.
    const sentinel = mentionEvent("Ev-e2e-sentinel", "<@UBOT> what did Lavrov say?", {
      channel: "CSENTINEL",
      ts: "1700000000.000200",
    });
    await postEvent(port, sentinel);
    await postsIn("CSENTINEL", 1);
    await new Promise((r) => setTimeout(r, 500));
    const posts = await postsIn("CPUTIN", 1);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.decoded).toContain("Intermediate-Range Nuclear Forces (INF) Treaty");
  });

  it("GIVEN an article full of <!channel>, <!here>, <!everyone> THEN no captured body carries them raw", async () => {
    await command("/quotes", "Mary Stone", "stone-quotes");
    await command("/who-said", "please log in at once", "stone-who");
    await postEvent(
      port,
      mentionEvent("Ev-e2e-stone", "<@UBOT> what did Mary Stone say?", { channel: "CSTONE" }),
    );
    const posts = await postsIn("CSTONE", 1);
    expect(posts[0]?.decoded).toContain("please log in");
    const sent = [...acks, ...api.calls.map((c) => c.decoded)];
    expect(sent.join("\n")).toContain("Mary Stone");
    for (const body of sent) expect(body).not.toMatch(/<!channel>|<!here>|<!everyone>/);
  });

  it("GIVEN SIGTERM THEN it exits cleanly and never printed a secret", async () => {
    const exit = await bot.stop();
    expect(exit).toEqual({ code: 0, signal: null });
    const { stdout, stderr } = bot.output();
    // The process did log (its start line), so the checks below read real output.
    expect(stderr).toContain("slack adapter started");
    expect(stdout + stderr).not.toContain(botToken);
    expect(stdout + stderr).not.toContain(signingSecret);
  });
});
