import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../../app/ports/logger.js";
import { discordFailureText, type InteractionOutcome } from "./create-interaction-handler.js";
import { createDiscordPublicKey, verifyDiscordSignature } from "./verify-discord-signature.js";
import { errorFields } from "../../app/error-fields.js";

const failureOutcome: InteractionOutcome = {
  response: {
    type: 4,
    data: { content: discordFailureText, flags: 64, allowed_mentions: { parse: [] } },
  },
  followUp: async () => {},
};

/** Interactions are small; anything bigger is not from Discord. */
export const maxInteractionBytes = 64 * 1024;

export interface InteractionsServerOptions {
  publicKey: string;
  handle: (payload: unknown) => InteractionOutcome | null;
  logger: Logger;
  now?: () => number;
}

/** `POST /interactions` for HTTP interactions mode: signed requests in, interaction responses out. */
export function createInteractionsServer(options: InteractionsServerOptions): Server {
  const key = createDiscordPublicKey(options.publicKey);
  const now = options.now ?? Date.now;
  return createServer((req, res) => {
    if (req.method !== "POST" || req.url?.split("?")[0] !== "/interactions")
      return send(res, 404, { error: "not found" });
    readBody(req, (body) => {
      if (body === null) return send(res, 413, { error: "request too large" });
      const check = verifyDiscordSignature({
        key,
        signature: header(req, "x-signature-ed25519"),
        timestamp: header(req, "x-signature-timestamp"),
        rawBody: body,
        nowSeconds: Math.floor(now() / 1000),
      });
      if (!check.ok) return send(res, 401, { error: "invalid request signature" });
      respond(options, body, res);
    });
  });
}

function respond(options: InteractionsServerOptions, body: Buffer, res: ServerResponse): void {
  const outcome = parseAndHandle(options, body);
  if (!outcome) return send(res, 400, { error: "not an interaction" });
  const { followUp } = outcome;
  // Discord must have the deferral before the edit that follows it.
  send(res, 200, outcome.response, () => {
    followUp().catch((error: unknown) =>
      options.logger.error("discord interaction failed", { ...errorFields(error) }),
    );
  });
}

function parseAndHandle(
  options: InteractionsServerOptions,
  body: Buffer,
): InteractionOutcome | null {
  let payload: unknown;
  try {
    payload = JSON.parse(body.toString("utf8"));
  } catch {
    // Not JSON: answered 400 like any other malformed interaction.
    return null;
  }
  try {
    return options.handle(payload);
  } catch (error) {
    options.logger.error("discord interaction handler failed", { ...errorFields(error) });
    return failureOutcome;
  }
}

function readBody(req: IncomingMessage, done: (body: Buffer | null) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (body: Buffer | null) => {
    if (finished) return;
    finished = true;
    done(body);
  };
  req.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size <= maxInteractionBytes) chunks.push(chunk);
    else {
      // Stop reading an oversize body instead of buffering it.
      req.pause();
      finish(null);
    }
  });
  req.on("end", () => finish(Buffer.concat(chunks)));
  req.on("error", () => finish(null));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, body: unknown, after?: () => void): void {
  const text = JSON.stringify(body);
  const headers: Record<string, string | number> = {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  };
  if (status === 413) headers.connection = "close";
  res.writeHead(status, headers);
  res.end(text, after);
}
