import { isIP } from "node:net";
import { Agent, fetch, type Response } from "undici";
import { isBlockedAddress } from "../app/policy/blocked-address.js";
import type { FetchErrorCode, FetchOutcome, FetchRequest } from "../app/ports/fetch-page.js";
import { createGuardedLookup, isTestLoopback, type LookupFunction } from "./guarded-lookup.js";
import { readCappedBody } from "./read-capped-body.js";

export interface GuardedFetchOptions {
  /** Largest decompressed body accepted (default 5 MB). */
  maxBytes?: number;
  /** Deadline for the whole fetch, redirects and body included (default 10 s). */
  deadlineMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Media types accepted (default: HTML, XML feeds, JSON Feed, plain text). */
  contentTypes?: readonly string[];
  /**
   * TESTS ONLY: lets 127.0.0.1 / ::1 on any port through. Deliberately not a config key, so no
   * deployment can set it by accident; only code that constructs the fetcher can.
   */
  allowLoopbackForTests?: boolean;
  /** Name resolution (default: the system's); tests give a fake "public" name. */
  lookup?: LookupFunction;
}

export const defaultContentTypes = [
  "text/html",
  "application/xhtml+xml",
  "application/rss+xml",
  "application/atom+xml",
  "application/xml",
  "text/xml",
  "application/rdf+xml",
  "application/feed+json",
  "application/json",
  "text/plain",
  "text/markdown",
];

const fail = (code: FetchErrorCode, message: string): FetchOutcome => ({
  ok: false,
  error: { code, message },
});

/**
 * Fetches outside addresses only: http(s), ports 80/443, every resolved address checked at
 * connect time (undici Agent with a guarded lookup), literal IPs checked before, each redirect
 * re-checked, a byte cap on the decompressed body, one deadline and a content-type allowlist.
 */
export function createGuardedFetch(options: GuardedFetchOptions = {}) {
  const allowLoopback = options.allowLoopbackForTests === true;
  const agent = new Agent({
    connect: { lookup: createGuardedLookup(allowLoopback, options.lookup) },
  });
  const maxRedirects = options.maxRedirects ?? 5;
  const allowed = new Set(options.contentTypes ?? defaultContentTypes);

  function refuse(raw: string): FetchOutcome | null {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return fail("bad-url", `"${raw.slice(0, 200)}" is not a web address.`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return fail(
        "bad-url",
        `Only http and https addresses can be fetched, not ${url.protocol.replace(":", "")} ones.`,
      );
    if (url.username || url.password)
      return fail("bad-url", "Addresses with a user name or password are not fetched.");
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const literalOk =
      isIP(host) === 0 || !isBlockedAddress(host) || (allowLoopback && isTestLoopback(host));
    if (!literalOk)
      return fail(
        "blocked-address",
        `${url.hostname} is a private or reserved address, which briefbot never fetches.`,
      );
    const port = url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port);
    if (!allowLoopback && port !== 80 && port !== 443)
      return fail("blocked-address", `Port ${port} is not fetched; only 80 and 443 are.`);
    return null;
  }

  async function follow(
    start: string,
    request: FetchRequest,
    signal: AbortSignal,
  ): Promise<FetchOutcome> {
    let current = start;
    for (let hop = 0; hop <= maxRedirects; hop += 1) {
      const refused = refuse(current);
      if (refused) return refused;
      const response = await fetch(current, {
        dispatcher: agent,
        redirect: "manual",
        signal,
        headers: headersFor(request),
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel();
        current = new URL(location, current).href;
        continue;
      }
      return finish(current, response, signal);
    }
    return fail("too-many-redirects", `The address redirected more than ${maxRedirects} times.`);
  }

  async function finish(
    url: string,
    response: Response,
    signal: AbortSignal,
  ): Promise<FetchOutcome> {
    if (response.status === 304) {
      await response.body?.cancel();
      return { ok: true, notModified: true, url };
    }
    if (response.status >= 400) {
      await response.body?.cancel();
      return fail(
        "http-error",
        `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`,
      );
    }
    const contentType =
      (response.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!allowed.has(contentType)) {
      await response.body?.cancel();
      return fail(
        "bad-content-type",
        `The address gave ${contentType || "an unlabelled file"}, not an article or a feed.`,
      );
    }
    const body = await readCappedBody(response, options.maxBytes ?? 5_000_000, signal);
    if (!body.ok)
      return fail(
        "too-large",
        `The page is larger than ${Math.round((options.maxBytes ?? 5_000_000) / 1e6)} MB once decompressed.`,
      );
    const etag = response.headers.get("etag");
    const lastModified = response.headers.get("last-modified");
    return {
      ok: true,
      notModified: false,
      url,
      status: response.status,
      contentType,
      text: body.text,
      etag,
      lastModified,
    };
  }

  return async function guardedFetch(
    url: string,
    request: FetchRequest = {},
  ): Promise<FetchOutcome> {
    const deadlineMs = options.deadlineMs ?? 10_000;
    const signal = AbortSignal.timeout(deadlineMs);
    try {
      return await follow(url, request, signal);
    } catch (error) {
      return explain(error, deadlineMs, signal);
    }
  };
}

function headersFor(request: FetchRequest): Record<string, string> {
  return {
    "user-agent": "briefbot/0.1 (+https://github.com/briefbot)",
    accept:
      request.accept ??
      "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5",
    ...(request.etag ? { "if-none-match": request.etag } : {}),
    ...(request.lastModified ? { "if-modified-since": request.lastModified } : {}),
  };
}

function explain(error: unknown, deadlineMs: number, signal: AbortSignal): FetchOutcome {
  let cause: unknown = error;
  for (let depth = 0; depth < 5 && cause; depth += 1) {
    if ((cause as { code?: unknown }).code === "EBLOCKEDADDRESS") {
      return fail("blocked-address", `${(cause as Error).message}, which briefbot never fetches.`);
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  if (signal.aborted)
    return fail(
      "timeout",
      `The server did not answer in full within ${Math.round(deadlineMs / 1000)} seconds.`,
    );
  const message = error instanceof Error ? error.message : String(error);
  return fail("network-error", `The address could not be reached (${message}).`);
}
