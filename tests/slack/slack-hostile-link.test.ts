import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningPlatform } from "../../src/app/ports/platform.js";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { deepListPage } from "../fixtures/hostile-html.js";
import { localServer, send } from "../sources/fixtures/local-server.js";
import { createMemoryLogger } from "./fixed-chat-service.js";
import { openRealChatWorld } from "./real-chat-world.js";
import {
  botToken,
  postCommand,
  signingSecret,
  startSlackApiCapture,
  type SlackApiCapture,
} from "./slack-wire.js";
import { resolve } from "node:path";

// Slack drops a command not acknowledged within 3 seconds; the margin absorbs a loaded machine.
const ackDeadlineMs = 2_500;
const seedBriefs = resolve(import.meta.dirname, "../../briefs");
const log = createMemoryLogger();
let world: Awaited<ReturnType<typeof openRealChatWorld>>;
let api: SlackApiCapture;
let slack: RunningPlatform;
beforeAll(async () => {
  world = await openRealChatWorld([seedBriefs], log.logger, {}, { readLinks: true });
  api = await startSlackApiCapture();
  slack = await startSlack(
    { botToken, signingSecret, port: 0, host: "127.0.0.1", apiUrl: api.apiUrl },
    { chat: world.chat, logger: log.logger },
  );
});
afterAll(async () => {
  await slack.stop();
  await api.close();
  await world.close();
});

async function timedCommand(fields: Record<string, string>) {
  const sent = Date.now();
  const ack = await postCommand(slack.address?.port ?? 0, fields);
  return { ...ack, ms: Date.now() - sent };
}

describe("Slack: one user's hostile link never holds the others", () => {
  it("GIVEN /brief of a 99 KB page of unclosed tags and six /who-said from others THEN every ack arrives in time and the /brief is told why", async () => {
    const { base } = await localServer({ "/deep": send("text/html", deepListPage()) });
    const brief = timedCommand({
      command: "/brief",
      text: `${base}/deep`,
      user_id: "UHOSTILE",
      response_url: api.responseUrl("brief"),
    });
    await new Promise((r) => setTimeout(r, 50));
    const others = Array.from({ length: 6 }, (_, i) =>
      timedCommand({
        command: "/who-said",
        text: "should be frozen",
        user_id: `U${i}`,
        response_url: api.responseUrl(`who-${i}`),
      }),
    );
    const acks = await Promise.all([brief, ...others]);
    for (const ack of acks) {
      expect(ack.status).toBe(200);
      expect(ack.ms).toBeLessThan(ackDeadlineMs);
    }
    for (const ack of acks.slice(1)) expect(ack.text).toContain("Sergei Lavrov");
    const answer = acks[0]?.text
      ? acks[0].text
      : ((await api.waitFor("response_url", 1, 20_000))[0]?.decoded ?? "");
    expect(answer).toContain("nested too deeply");
  });
});
