import { resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RunningPlatform } from "../../src/app/ports/platform.js";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { slackMessageSchema } from "../../src/adapters/slack/slack-limits.js";
import type { ChatService } from "../../src/app/chat-service.js";
import { createFaultyChat } from "./chat-faults.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import { longArticle } from "./hostile-articles.js";
import { openRealChatWorld } from "./real-chat-world.js";
import {
  botToken,
  postCommand,
  signingSecret,
  startSlackApiCapture,
  type SlackApiCapture,
} from "./slack-wire.js";

const seedBriefs = resolve(import.meta.dirname, "../../briefs");
const log = createMemoryLogger();
let world: Awaited<ReturnType<typeof openRealChatWorld>>;
beforeAll(async () => {
  world = await openRealChatWorld([seedBriefs], log.logger, { "long.txt": longArticle });
});
afterAll(() => world.close());

const running: Array<{ slack: RunningPlatform; api: SlackApiCapture }> = [];
afterEach(async () => {
  for (const { slack, api } of running.splice(0)) {
    await slack.stop();
    await api.close();
  }
});

async function start(chat: { service: ChatService }) {
  const api = await startSlackApiCapture();
  const slack = await startSlack(
    { botToken, signingSecret, port: 0, host: "127.0.0.1", apiUrl: api.apiUrl },
    { chat: chat.service, logger: log.logger },
  );
  running.push({ slack, api });
  return { api, port: slack.address?.port ?? 0 };
}

describe("Slack commands that take long or fail", () => {
  it("GIVEN a command slower than Slack's 3 seconds THEN the ack comes first and the answer follows via response_url", async () => {
    const chat = createFaultyChat(world.chat, { delayMs: 3500 });
    const { api, port } = await start(chat);
    const ack = await postCommand(port, {
      command: "/who-said",
      text: "should be frozen",
      response_url: api.responseUrl("slow"),
    });
    expect(ack.status).toBe(200);
    expect(ack.text).toBe("");
    expect(chat.state.finished).toBe(0);
    const answers = await api.waitFor("response_url", 1);
    expect(answers.map((call) => call.path)).toEqual(["/response/slow"]);
    const [answer] = answers;
    expect(answer?.body).toMatchObject({ response_type: "in_channel", replace_original: false });
    expect(answer?.decoded).toContain("Sergei Lavrov");
  });

  it("GIVEN the chat service fails THEN the user gets a short ephemeral sentence, never the error", async () => {
    const chat = createFaultyChat(world.chat, { fail: true });
    const { api, port } = await start(chat);
    const ack = await postCommand(port, {
      command: "/brief",
      text: "",
      response_url: api.responseUrl("f"),
    });
    const body = JSON.parse(ack.text) as { response_type: string; text: string };
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toContain("could not answer /brief");
    expect(ack.text).not.toContain("SQLITE_BUSY");
    expect(api.calls.filter((c) => c.method.startsWith("chat."))).toHaveLength(0);
  });

  it("GIVEN a slow failure THEN the ephemeral sentence arrives through response_url", async () => {
    const chat = createFaultyChat(world.chat, { fail: true, delayMs: 2500 });
    const { api, port } = await start(chat);
    const ack = await postCommand(port, {
      command: "/quotes",
      text: "Lavrov",
      response_url: api.responseUrl("sf"),
    });
    expect(ack.text).toBe("");
    const answers = await api.waitFor("response_url", 1);
    expect(answers.map((call) => call.body.response_type)).toEqual(["ephemeral"]);
    const [answer] = answers;
    expect(answer?.decoded).not.toContain("SQLITE_BUSY");
  });

  it("GIVEN response_url refuses THEN the answer is posted through chat.postMessage instead", async () => {
    // Repeating the real card makes an answer too big for the ack, so a follow-up is needed.
    const { api, port } = await start(createFaultyChat(world.chat, { repeatSections: 4 }));
    api.script("response_url", { status: 404, json: { ok: false } });
    await postCommand(port, {
      command: "/brief",
      text: "Budget talks",
      response_url: api.responseUrl("gone"),
    });
    const posts = await api.waitFor("chat.postMessage", 1);
    expect(posts.map((call) => call.body.channel)).toEqual(["C1"]);
    const [post] = posts;
    expect(post?.body).toMatchObject({ channel: "C1", unfurl_links: "false" });
    expect(post?.decoded).toContain("clause 0.0 of the budget");
    const blocks = JSON.parse(String(post?.body.blocks)) as unknown;
    expect(slackMessageSchema.safeParse({ text: post?.body.text, blocks }).success).toBe(true);
  });

  it("GIVEN a reply longer than response_url allows THEN at most five follow-ups are sent, each within limits", async () => {
    // The engine caps one answer's size, so the real card is repeated to go past every limit.
    const { api, port } = await start(createFaultyChat(world.chat, { repeatSections: 40 }));
    const ack = await postCommand(port, {
      command: "/brief",
      text: "Budget talks",
      response_url: api.responseUrl("many"),
    });
    const first = JSON.parse(ack.text) as { text: string; blocks: unknown[] };
    expect(slackMessageSchema.safeParse(first).success).toBe(true);
    const followUps = await api.waitFor("response_url", 5);
    await new Promise((r) => setTimeout(r, 300));
    expect(api.of("response_url")).toHaveLength(5);
    expect(followUps[4]?.decoded).toMatch(/and \d+ more parts that did not fit/);
    for (const call of followUps) {
      const { text, blocks } = call.body as { text: string; blocks: unknown[] };
      expect(slackMessageSchema.safeParse({ text, blocks }).success).toBe(true);
    }
  });
});
