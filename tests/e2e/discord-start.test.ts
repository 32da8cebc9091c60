import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCaptureServer, type CapturedCall } from "../discord/capture-server.js";
import {
  commandInteraction,
  pingInteraction,
  stringOption,
} from "../discord/interaction-payloads.js";
import { createTestKeys, postInteraction } from "../discord/signed-interactions.js";
import {
  freePort,
  spawnBriefbotStart,
  waitForPort,
  type RunningBriefbot,
} from "./spawn-briefbot.js";

// The real process, started the way the checks start it: env in, signed requests in, API calls out.
const token = "e2e-discord-bot-token.Secret-7f3a9c";
const applicationId = "100000000000000001";
const keys = createTestKeys();

// A quote written to ping everyone it can: none of it may reach Discord as a live mention.
const hostile = [
  "Ministry rejects missile plan",
  "",
  "LONDON (Reuters) - The ministry rejected the plan on Friday.",
  "",
  '"@everyone @here <@&123> wake up, the plan is dead, @everyone," said Jane Doe, a spokeswoman for the ministry.',
].join("\n");

let api: Awaited<ReturnType<typeof startCaptureServer>>;
let bot: RunningBriefbot;
let endpoint: string;

beforeAll(async () => {
  api = await startCaptureServer((call) =>
    call.method === "DELETE" ? { status: 204 } : { status: 200, body: { id: "1" } },
  );
  const port = await freePort();
  bot = spawnBriefbotStart(
    {
      DISCORD_INTERACTIONS_PORT: String(port),
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_APPLICATION_ID: applicationId,
      DISCORD_TOKEN: token,
      DISCORD_API_URL: api.url,
    },
    { "hostile.txt": hostile },
  );
  endpoint = `http://127.0.0.1:${port}/interactions`;
  await waitForPort(port, bot);
}, 30_000);

afterAll(async () => {
  await bot.stop();
  await api.close();
});

type Interaction = ReturnType<typeof commandInteraction>;
type Message = { content?: string; embeds?: unknown[]; allowed_mentions?: { parse?: unknown } };

/** Polls the capture server (bounded) for the calls made with this interaction's token. */
async function callsFor(interaction: Interaction, timeoutMs = 10_000): Promise<CapturedCall[]> {
  const deadline = Date.now() + timeoutMs;
  const mine = () => api.calls.filter((call) => call.path.includes(`/${interaction.token}`));
  while (mine().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return mine();
}

/**
 * Sends a signed command and returns every message it produced: the interaction response's
 * data when it answers directly (type 4), the captured edits and follow-ups when it defers (type 5).
 */
async function ask(interaction: Interaction): Promise<{ elapsedMs: number; messages: Message[] }> {
  const started = Date.now();
  const response = await postInteraction(endpoint, interaction, { privateKey: keys.privateKey });
  const elapsedMs = Date.now() - started;
  expect(response.status).toBe(200);
  const body = response.body as { type: number; data?: Message };
  expect([4, 5]).toContain(body.type);
  if (body.type === 4) return { elapsedMs, messages: [body.data ?? {}] };
  const calls = await callsFor(interaction);
  expect(calls.map((call) => call.method)).toContain("PATCH");
  const edit = calls.find((call) => call.method === "PATCH");
  // The edit goes to the literal "@original" route, as Discord documents it.
  expect(edit?.path).toBe(
    `/api/v10/webhooks/${applicationId}/${interaction.token}/messages/@original`,
  );
  return {
    elapsedMs,
    messages: calls.filter((c) => c.body !== undefined).map((c) => c.body as Message),
  };
}

const text = (messages: Message[]) => messages.map((m) => JSON.stringify(m)).join("\n");

describe("briefbot start with Discord HTTP interactions (real process)", () => {
  it("GIVEN a signed PING THEN PONG", async () => {
    const response = await postInteraction(endpoint, pingInteraction, {
      privateKey: keys.privateKey,
    });
    expect(response).toEqual({ status: 200, body: { type: 1 } });
  });

  it("GIVEN a bad signature THEN 401 and nothing sent to the API", async () => {
    const before = api.calls.length;
    const forged = createTestKeys().privateKey;
    const interaction = commandInteraction("who-said", [
      stringOption("phrase", "should be frozen"),
    ]);
    const response = await postInteraction(endpoint, interaction, { privateKey: forged });
    expect(response.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(api.calls.length).toBe(before);
  });

  it('GIVEN /who-said phrase:"should be frozen" THEN answered within 3 s, naming Sergei Lavrov', async () => {
    const interaction = commandInteraction("who-said", [
      stringOption("phrase", '"should be frozen"'),
    ]);
    const { elapsedMs, messages } = await ask(interaction);
    // Discord's rule: the interaction response (answer or deferral) within 3 seconds.
    expect(elapsedMs).toBeLessThan(3_000);
    expect(text(messages)).toContain("Sergei Lavrov");
  });

  it("GIVEN /quotes person:Putin THEN the INF treaty remark", async () => {
    const { messages } = await ask(commandInteraction("quotes", [stringOption("person", "Putin")]));
    expect(text(messages)).toContain("Intermediate-Range Nuclear Forces (INF) Treaty");
  });

  it("GIVEN a quote full of @everyone, @here and role mentions THEN every message sent pings nobody", async () => {
    const asked = [
      commandInteraction("quotes", [stringOption("person", "Jane Doe")]),
      commandInteraction("who-said", [stringOption("phrase", "the plan is dead")]),
    ];
    const messages = (await Promise.all(asked.map(ask))).flatMap((answer) => answer.messages);
    expect(text(messages)).toContain("Jane Doe");
    for (const message of messages) expect(message.allowed_mentions?.parse).toEqual([]);
    // Every message the process sent so far, not only these answers.
    for (const call of api.calls.filter((c) => c.body !== undefined))
      expect((call.body as Message).allowed_mentions?.parse).toEqual([]);
    const shown = messages.map((m) => rendered(m)).join("\n");
    expect(shown).toContain("the plan is dead");
    expect(shown).not.toMatch(/(?<!\u200b)@everyone|(?<!\u200b)@here|(?<!\\)<@&123>/);
  });

  it("GIVEN SIGTERM THEN it exits cleanly and never printed the token", async () => {
    const exit = await bot.stop();
    expect(exit).toEqual({ code: 0, signal: null });
    const { stdout, stderr } = bot.output();
    // The process did log (its start line), so the check below reads real output.
    expect(stderr).toMatch(/discord (gateway connected|interactions endpoint listening)/);
    expect(stdout + stderr).not.toContain(token);
  });
});

/** The text Discord would render: content plus every embed string. */
function rendered(message: Message): string {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk({ content: message.content, embeds: message.embeds });
  return strings.join("\n");
}
