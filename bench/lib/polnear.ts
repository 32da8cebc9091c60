/** One annotated quote of a PolNeAR-style corpus line (see /work/shared/data/README.md). */
export interface GoldQuote {
  type: "direct" | "mixed" | "indirect";
  quote: string;
  start: number;
  end: number;
  spans: Array<[number, number]>;
  speaker: string;
  speaker_raw: string;
  speaker_start: number;
  speaker_end: number;
  speaker_confidence: "gold-span" | "silver" | "unresolved" | "no-source";
  cue: string;
}

/** One corpus line. */
export interface GoldArticle {
  id: string;
  title?: string;
  date?: string;
  text: string;
  quotes: GoldQuote[];
}
