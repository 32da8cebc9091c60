import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What the stand-in does with one chat.postMessage. */
export type SlackBehaviour =
  | "accept"
  /** Records the message (it is in the channel), then drops the connection without answering. */
  | "accept-then-drop"
  /** Records the message, then answers HTTP 500. */
  | "accept-then-500"
  /** Waits `ms`, then answers 503 without recording. */
  | { failAfterMs: number }
  /** Never answers (the socket stays open until the server closes). */
  | "hang"
  /** Answers `{ ok: false, error }` without recording, as Slack does for a refused post. */
  | { error: string };

export interface SlackPost {
  channel: string;
  text: string;
  metadata: { event_type: string; event_payload: Record<string, unknown> } | null;
  ts: string;
}

/**
 * Slack's Web API on 127.0.0.1 as far as scheduled briefings use it: chat.postMessage stores
 * the message in its channel's history (with its metadata); conversations.history answers from
 * that history after `oldest`, metadata included only with include_all_metadata, as Slack does.
 * `behave` scripts the next postMessage calls per channel.
 */
export async function startRecordingSlack(options: { postDelayMs?: number } = {}) {
  const posts: SlackPost[] = [];
  const calls: Array<{ method: string; body: Record<string, string>; raw: string }> = [];
  const scripts = new Map<string, SlackBehaviour[]>();
  const sockets = new Set<Socket>();
  let counter = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body = Object.fromEntries(new URLSearchParams(raw));
    const method = new URL(req.url ?? "/", "http://x").pathname.replace(/^\/api\//, "");
    calls.push({ method, body, raw });
    if (method === "conversations.history") return history(res, body);
    // What a whole `briefbot start` also asks: who it is, who a user is, command answers.
    if (method === "auth.test")
      return json(res, 200, {
        ok: true,
        team_id: "T1",
        user_id: "UBOT",
        bot_id: "B1",
        team: "Test",
      });
    if (method === "users.info")
      return json(res, 200, {
        ok: true,
        user: { id: body.user, is_admin: false, is_owner: false },
      });
    if (method.startsWith("/response/")) return json(res, 200, { ok: true });
    if (method !== "chat.postMessage")
      return json(res, 200, { ok: false, error: "unknown_method" });
    const behaviour = scripts.get(body.channel ?? "")?.shift() ?? "accept";
    // A slow Slack, so that a run of many channels is still under way when a test kills a process.
    if (options.postDelayMs) await new Promise((r) => setTimeout(r, options.postDelayMs));
    if (behaviour === "hang") return;
    if (typeof behaviour === "object" && "error" in behaviour)
      return json(res, 200, { ok: false, error: behaviour.error });
    if (typeof behaviour === "object") {
      setTimeout(
        () => json(res, 503, { ok: false, error: "service_unavailable" }),
        behaviour.failAfterMs,
      );
      return;
    }
    // Slack's ts is the post's real time; the counter keeps two in one second apart.
    counter += 1;
    const ts = `${Math.floor(Date.now() / 1000)}.${String(counter).padStart(6, "0")}`;
    posts.push({
      channel: body.channel ?? "",
      text: body.text ?? "",
      metadata: body.metadata ? (JSON.parse(body.metadata) as SlackPost["metadata"]) : null,
      ts,
    });
    if (behaviour === "accept-then-drop") return void req.socket.destroy();
    if (behaviour === "accept-then-500") return json(res, 500, { ok: false });
    json(res, 200, { ok: true, channel: body.channel, ts });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  function history(res: ServerResponse, body: Record<string, string>) {
    const oldest = Number(body.oldest ?? 0);
    const withMetadata = body.include_all_metadata === "true";
    const messages = posts
      .filter((p) => p.channel === body.channel && Number(p.ts) >= oldest)
      .reverse()
      .map((p) => ({
        type: "message",
        ts: p.ts,
        text: p.text,
        bot_id: "B1",
        ...(withMetadata && p.metadata ? { metadata: p.metadata } : {}),
      }));
    json(res, 200, { ok: true, messages, has_more: false });
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    responseUrl: (id: string) =>
      `http://127.0.0.1:${(server.address() as AddressInfo).port}/response/${id}`,
    posts,
    calls,
    of: (method: string) => calls.filter((c) => c.method === method),
    behave: (channel: string, ...next: SlackBehaviour[]) => scripts.set(channel, next),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
}
