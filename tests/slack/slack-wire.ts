import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export const signingSecret = "test-signing-secret";
export const botToken = "xoxb-test-token-123";
/** The bot token Slack hands over when workspace T2 installs the app through OAuth. */
export const installedToken = "xoxb-team-two-456";

export interface CapturedCall {
  /** Web API method ("chat.postMessage"), or "response_url". */
  method: string;
  path: string;
  contentType: string;
  /** The bearer token the call was made with, if any. */
  token: string | undefined;
  /** Form fields or JSON body, as the server received them. */
  body: Record<string, unknown>;
  /** Every string the body carries, decoded (form values, JSON text): what Slack would read. */
  decoded: string;
}

type Scripted = { status: number; headers?: Record<string, string>; json: unknown };

/**
 * A stand-in for Slack's Web API and response URLs on 127.0.0.1: records every call and
 * answers auth.test, users.info and chat.* the way Slack does; answers can be scripted.
 */
export async function startSlackApiCapture() {
  const calls: CapturedCall[] = [];
  const scripts = new Map<string, Scripted[]>();
  const server = createServer(async (req, res) => {
    const call = await readCall(req);
    calls.push(call);
    const scripted = scripts.get(call.method)?.shift();
    const answer = scripted ?? { status: 200, json: defaultAnswer(call) };
    res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
    res.end(JSON.stringify(answer.json));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    calls,
    apiUrl: `${base}/api/`,
    responseUrl: (id: string) => `${base}/response/${id}`,
    script: (method: string, ...answers: Scripted[]) => scripts.set(method, answers),
    of: (method: string) => calls.filter((call) => call.method === method),
    async waitFor(method: string, count = 1, timeoutMs = 8000): Promise<CapturedCall[]> {
      const deadline = Date.now() + timeoutMs;
      while (calls.filter((c) => c.method === method).length < count) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} × ${method}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return calls.filter((c) => c.method === method);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type SlackApiCapture = Awaited<ReturnType<typeof startSlackApiCapture>>;

async function readCall(req: IncomingMessage): Promise<CapturedCall> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  const path = new URL(req.url ?? "/", "http://x").pathname;
  const contentType = req.headers["content-type"] ?? "";
  const body: Record<string, unknown> = contentType.includes("json")
    ? (JSON.parse(raw) as Record<string, unknown>)
    : Object.fromEntries(new URLSearchParams(raw));
  const decoded = contentType.includes("json") ? raw : Object.values(body).join("\n");
  const method = path.startsWith("/response/") ? "response_url" : path.replace(/^\/api\//, "");
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  return { method, path, contentType, token, body, decoded };
}

function defaultAnswer(call: CapturedCall): unknown {
  switch (call.method) {
    case "auth.test":
      return call.token === installedToken
        ? { ok: true, team_id: "T2", user_id: "UBOT2", bot_id: "B2", team: "Two", user: "briefbot" }
        : {
            ok: true,
            team_id: "T1",
            user_id: "UBOT",
            bot_id: "B1",
            team: "Test",
            user: "briefbot",
          };
    case "oauth.v2.access":
      return {
        ok: true,
        app_id: "A1",
        authed_user: { id: "UINSTALLER" },
        scope: "commands,app_mentions:read,chat:write,users:read",
        token_type: "bot",
        access_token: installedToken,
        bot_user_id: "UBOT2",
        team: { id: "T2", name: "Two" },
        enterprise: null,
        is_enterprise_install: false,
      };
    case "users.info":
      return {
        ok: true,
        user: { id: call.body.user, is_admin: call.body.user === "UADMIN", is_owner: false },
      };
    case "chat.postMessage":
    case "chat.postEphemeral":
      return { ok: true, channel: call.body.channel, ts: `${Date.now() / 1000}` };
    case "response_url":
      return { ok: true };
    default:
      return { ok: false, error: "unknown_method" };
  }
}

/** Slack's request signature: `v0=` + hex HMAC-SHA256 over `v0:{timestamp}:{body}`. */
export function signedHeaders(body: string, options: { timestamp?: number; secret?: string } = {}) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", options.secret ?? signingSecret)
    .update(`v0:${timestamp}:${body}`)
    .digest("hex");
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${signature}` };
}

export interface PostOptions {
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

/** POSTs a slash command exactly as Slack does (form-encoded, signed). */
export async function postCommand(
  port: number,
  fields: Record<string, string>,
  options: PostOptions = {},
) {
  const body = new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    team_domain: "test",
    channel_id: "C1",
    channel_name: "news",
    user_id: "U1",
    user_name: "ann",
    trigger_id: "1.2.3",
    api_app_id: "A1",
    ...fields,
  }).toString();
  return post(port, body, "application/x-www-form-urlencoded", options);
}

/** POSTs an Events API callback exactly as Slack does (JSON, signed). */
export async function postEvent(port: number, payload: object, options: PostOptions = {}) {
  return post(port, JSON.stringify(payload), "application/json", options);
}

async function post(port: number, body: string, contentType: string, options: PostOptions) {
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers: { "content-type": contentType, ...signedHeaders(body, options), ...options.headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** An app_mention event callback as Slack sends it. */
export function mentionEvent(eventId: string, text: string, extra: Record<string, string> = {}) {
  return {
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    event: {
      type: "app_mention",
      user: "U1",
      text,
      channel: "C1",
      ts: "1700000000.000100",
      event_ts: "1700000000.000100",
      ...extra,
    },
  };
}
