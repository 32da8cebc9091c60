/** What one ingestion pass did: article ids by outcome, and what failed and why. */
export interface IngestReport {
  added: number[];
  updated: number[];
  unchanged: number[];
  /**
   * `item` is a file path, a URL or a feed item's title; `reason` is one sentence; `fault` is the
   * archive's error code when the archive failed (disk full, locked, damaged), not the item.
   */
  failed: { item: string; reason: string; fault?: string }[];
}

export function emptyReport(): IngestReport {
  return { added: [], updated: [], unchanged: [], failed: [] };
}
