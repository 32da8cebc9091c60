import { WebSocketServer, type WebSocket } from "ws";

const botUser = {
  id: "111111111111111111",
  username: "briefbot",
  discriminator: "0",
  bot: true,
  avatar: null,
  global_name: null,
};

/**
 * A Discord gateway stand-in on 127.0.0.1: says HELLO, counts IDENTIFYs, and either closes each
 * session with `closeCode` (4004 bad token, 4014 disallowed intents) or, with `null`, answers
 * READY so the test can dispatch events.
 */
export async function startFakeGateway(closeCode: number | null) {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const identifies: unknown[] = [];
  let connections = 0;
  let sequence = 0;
  const sockets: WebSocket[] = [];
  const send = (t: string, d: unknown) => {
    sequence += 1;
    for (const socket of sockets) socket.send(JSON.stringify({ op: 0, s: sequence, t, d }));
  };
  const sendTo = (socket: WebSocket, t: string, d: unknown) => {
    sequence += 1;
    socket.send(JSON.stringify({ op: 0, s: sequence, t, d }));
  };
  server.on("connection", (socket) => {
    sockets.push(socket);
    connections += 1;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    socket.on("message", (data) => {
      const packet = JSON.parse(String(data)) as { op: number; d: unknown };
      if (packet.op !== 2) return;
      identifies.push(packet.d);
      if (closeCode !== null) socket.close(closeCode, "refused");
      else
        sendTo(socket, "READY", {
          v: 10,
          user: botUser,
          guilds: [],
          session_id: "session",
          resume_gateway_url: `ws://127.0.0.1:${port}`,
          application: { id: "100000000000000001", flags: 0 },
        });
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `ws://127.0.0.1:${port}`,
    identifies,
    connections: () => connections,
    botUserId: botUser.id,
    /** Sends a dispatch (op 0) to every connected client. */
    dispatch: send,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}

/** What GET /gateway/bot answers, pointing the client at the fake gateway. */
export function gatewayBotBody(url: string, recommended = { shards: 1, maxConcurrency: 1 }) {
  return {
    url,
    shards: recommended.shards,
    session_start_limit: {
      total: 1000,
      remaining: 999,
      reset_after: 0,
      max_concurrency: recommended.maxConcurrency,
    },
  };
}
