/** What one ingestion pass did: article ids by outcome, and what failed and why. */
export interface IngestReport {
  added: number[];
  updated: number[];
  unchanged: number[];
  /** `item` is a file path, a URL or a feed item's title; `reason` is one sentence. */
  failed: { item: string; reason: string }[];
}

export function emptyReport(): IngestReport {
  return { added: [], updated: [], unchanged: [], failed: [] };
}
