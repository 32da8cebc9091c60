import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type DiscordBehaviour = "accept" | "accept-then-drop" | "accept-then-500";

interface StoredMessage {
  id: string;
  channel_id: string;
  content?: string;
  embeds: unknown[];
  nonce: string | undefined;
  author: { id: string; bot: true };
}

/**
 * Discord's REST API on 127.0.0.1 as far as scheduled briefings use it: creating a message
 * stores it (a repeated nonce with enforce_nonce returns the stored message, as Discord does
 * within its window), and GET /channels/{id}/messages returns the channel's messages newest
 * first, without the nonce, which Discord does not keep.
 */
export async function startRecordingDiscord() {
  const messages: StoredMessage[] = [];
  const calls: Array<{ method: string; path: string }> = [];
  const scripts: DiscordBehaviour[] = [];
  const sockets = new Set<Socket>();
  let nextId = 900_000_000_000_000_000n;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://x");
    calls.push({ method: req.method ?? "", path: url.pathname });
    const match = /^\/api\/v10\/channels\/([^/]+)\/messages$/.exec(url.pathname);
    if (!match) return json(res, 404, { message: "Unknown", code: 0 });
    const channel = match[1] ?? "";
    if (req.method === "GET") {
      const found = messages
        .filter((m) => m.channel_id === channel)
        .reverse()
        .slice(0, Number(url.searchParams.get("limit") ?? 50))
        .map(({ nonce: _dropped, ...kept }) => kept);
      return json(res, 200, found);
    }
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
      content?: string;
      embeds?: unknown[];
      nonce?: string;
      enforce_nonce?: boolean;
    };
    const repeat = body.enforce_nonce
      ? messages.find((m) => m.channel_id === channel && m.nonce === body.nonce)
      : undefined;
    if (repeat) return json(res, 200, repeat);
    nextId += 1n;
    const message: StoredMessage = {
      id: nextId.toString(),
      channel_id: channel,
      ...(body.content ? { content: body.content } : {}),
      embeds: body.embeds ?? [],
      nonce: body.nonce,
      author: { id: "100000000000000001", bot: true },
    };
    messages.push(message);
    const behaviour = scripts.shift() ?? "accept";
    if (behaviour === "accept-then-drop") return void req.socket.destroy();
    if (behaviour === "accept-then-500")
      return json(res, 500, { message: "Internal Server Error" });
    json(res, 200, message);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    messages,
    calls,
    /** Scripts the next message creations, whichever channel. */
    behave: (...next: DiscordBehaviour[]) => void scripts.push(...next),
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
