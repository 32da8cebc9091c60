/** Why a fetch gave nothing usable: each maps to a sentence a user understands. */
export type FetchErrorCode =
  | "bad-url"
  | "blocked-address"
  | "too-many-redirects"
  | "too-large"
  | "timeout"
  | "bad-content-type"
  | "http-error"
  | "network-error";

export interface FetchedPage {
  ok: true;
  notModified: false;
  /** The final address, after redirects. */
  url: string;
  status: number;
  /** The media type without parameters ("text/html"). */
  contentType: string;
  text: string;
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | FetchedPage
  /** A conditional GET answered 304: nothing changed. */
  | { ok: true; notModified: true; url: string }
  | { ok: false; error: { code: FetchErrorCode; message: string } };

/** Validators for a conditional GET, and what to accept. */
export interface FetchRequest {
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

/** An outbound fetch that is already guarded (see src/sources/guarded-fetch.ts). */
export type FetchPage = (url: string, request?: FetchRequest) => Promise<FetchOutcome>;
