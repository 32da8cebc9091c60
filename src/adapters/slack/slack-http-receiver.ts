import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type App, HTTPReceiver, type HTTPReceiverOptions, type Receiver } from "@slack/bolt";

/** Slack: a request more than five minutes from our clock, either way, is a replay. */
const maxSkewSeconds = 5 * 60;

export interface SlackHttpReceiverOptions {
  bolt: HTTPReceiverOptions;
  port: number;
  host?: string | undefined;
  now?: () => number;
}

/**
 * Bolt's HTTPReceiver behind our own server. Bolt verifies the signature (HMAC over
 * `v0:timestamp:body`, timing-safe) but refuses only old timestamps; this wrapper also refuses
 * timestamps from the future, before Bolt reads anything, and leaves Bolt's checks untouched.
 */
export class SlackHttpReceiver implements Receiver {
  private readonly inner: HTTPReceiver;
  private server: Server | undefined;

  constructor(private readonly options: SlackHttpReceiverOptions) {
    this.inner = new HTTPReceiver(options.bolt);
  }

  /** The OAuth installer Bolt builds when client id and secret are configured. */
  get installer(): HTTPReceiver["installer"] {
    return this.inner.installer;
  }

  init(app: App): void {
    this.inner.init(app);
  }

  /** Listens and resolves with the address actually bound (useful with port 0). */
  async start(): Promise<{ host: string; port: number }> {
    const server = createServer((req, res) => this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    const bound = server.address() as AddressInfo;
    return { host: bound.address, port: bound.port };
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    if (!this.timestampIsFresh(req)) {
      res.writeHead(401).end();
      return;
    }
    try {
      this.inner.requestListener(req, res);
    } catch {
      // Bolt throws for paths it does not serve.
      if (!res.headersSent) res.writeHead(404).end();
    }
  }

  /**
   * A missing timestamp is left to Bolt, which refuses it unless the request is Slack's unsigned
   * `ssl_check` (answered with an empty 200 and nothing else).
   */
  private timestampIsFresh(req: IncomingMessage): boolean {
    const header = req.headers["x-slack-request-timestamp"];
    if (header === undefined) return true;
    if (typeof header !== "string" || !/^\d{1,12}$/.test(header)) return false;
    const nowSeconds = Math.floor((this.options.now ?? Date.now)() / 1000);
    return Math.abs(nowSeconds - Number(header)) <= maxSkewSeconds;
  }
}
