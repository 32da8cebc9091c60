import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface CapturedCall {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: unknown;
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Stands in for Discord's REST API on 127.0.0.1: records every call, answers from a script. */
export async function startCaptureServer(
  respond: (call: CapturedCall) => ScriptedResponse = () => ({ status: 200, body: { id: "1" } }),
) {
  const calls: CapturedCall[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const call = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
      calls.push(call);
      reply(res, respond(call));
      for (const waiter of waiters.filter((w) => calls.length >= w.count)) waiter.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/api`,
    calls,
    /** Resolves once `count` calls have arrived. */
    waitForCalls(count: number): Promise<void> {
      if (calls.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function reply(res: ServerResponse, scripted: ScriptedResponse): void {
  if (scripted.status === 204) {
    res.writeHead(204, scripted.headers ?? {});
    res.end();
    return;
  }
  const text = JSON.stringify(scripted.body ?? {});
  res.writeHead(scripted.status, { "content-type": "application/json", ...scripted.headers });
  res.end(text);
}
