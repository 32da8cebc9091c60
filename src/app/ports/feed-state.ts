/**
 * What the feed poller remembers between polls, per source: validators for conditional GET,
 * the items already seen (under every key they carried), the daily cap and failures.
 */
export interface FeedState {
  validators(sourceId: string): Promise<{ etag: string | null; lastModified: string | null }>;
  /** True until the first successful poll: that poll stores a baseline and announces nothing. */
  needsBaseline(sourceId: string): Promise<boolean>;
  /** For each item (given as its keys: guid, link, title…), whether none of its keys was seen. */
  unseen(sourceId: string, items: readonly (readonly string[])[]): Promise<boolean[]>;
  remember(sourceId: string, keys: readonly string[], at: string): Promise<void>;
  /** Takes up to `wanted` of today's allowance (`cap` per UTC day); returns how many were granted. */
  takeQuota(sourceId: string, day: string, wanted: number, cap: number): Promise<number>;
  recordSuccess(
    sourceId: string,
    at: string,
    validators: { etag: string | null; lastModified: string | null },
  ): Promise<void>;
  /** Counts a failure; after `failingAfter` in a row the source is `failing`, else `backing-off` until `retryAt`. */
  recordFailure(
    sourceId: string,
    at: string,
    reason: string,
    retryAt: string,
    failingAfter: number,
  ): Promise<void>;
}
