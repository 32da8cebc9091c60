/** A place ingestion reads from. Ids are stable strings: `feed:<normalised url>`, `briefs:<path>`. */
export interface Source {
  id: string;
  kind: "feed" | "briefs";
  /** The feed URL or the folder path. */
  location: string;
  addedAt: string;
  status: "new" | "ok" | "backing-off" | "failing";
  /** Why it is failing or backing off, as one sentence. */
  failureReason: string | null;
  consecutiveFailures: number;
  lastPolledAt: string | null;
  /** When the next poll is due (backoff), ISO time; null = whenever. */
  nextPollAt: string | null;
}

export type SourceResult =
  | { ok: true; source: Source; created: boolean }
  | { ok: false; error: { code: "invalid-source"; message: string } };

export interface SourceRegistry {
  /** Adds a feed (http/https URL) or a briefs folder; adding an existing one returns it (`created: false`). */
  add(kind: Source["kind"], location: string): Promise<SourceResult>;
  /** Removes a source by id or location; its articles stay in the archive. */
  remove(idOrLocation: string): Promise<boolean>;
  list(): Promise<Source[]>;
  get(idOrLocation: string): Promise<Source | null>;
}
