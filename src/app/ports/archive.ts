import type { ArticleInput } from "../../core/article/article-input.js";
import type { BriefingCard, QuoteKind } from "../../core/card/card-schema.js";
import type { SourceRegistry } from "./source-registry.js";

/**
 * The briefing archive: every article briefbot has read, its card, its quotes and the people who
 * said them. Chat answers (`/who-said`, `/quotes`, `/brief`, briefings) come from here.
 * Sources are global (each feed is polled once); which channel follows which source belongs to
 * the chat layer's subscriptions, which pass source ids to `newSince`.
 *
 * All methods are asynchronous (so a networked database can stand behind the port; the SQLite
 * implementation is in-process and settles at once) and never reject for an expected outcome:
 * "nothing matched" is a resolved value (`{ ok: false, error: { code } }`, with near misses in
 * `alternatives` where there are any). They reject with `ArchiveError` only for real faults
 * (database locked, disk full, corrupt file).
 *
 * Times are ISO 8601 strings in UTC (`2026-11-28T07:00:00.000Z`); article dates are `YYYY-MM-DD`.
 */
export interface Archive {
  /** Stores an article and its card. Same text again: `unchanged`; same URL/id, new text: `updated`. */
  ingest(input: ArticleInput, origin: ArticleOrigin): Promise<IngestOutcome>;
  getCard(articleId: number): Promise<ArchivedCard | null>;
  /** Newest articles first (by article date, then time added). */
  latestCards(options?: { limit?: number; sources?: readonly string[] }): Promise<ArchivedCard[]>;
  /** Articles matching words (headline weighs most), best first; empty when nothing matches. */
  findArticles(words: string, options?: { limit?: number }): Promise<ArchivedCard[]>;
  /** Who said a phrase: tolerant of quote marks, punctuation, case, a partial phrase, a small typo. */
  whoSaid(
    phrase: string,
    options?: { limit?: number },
  ): Promise<QueryResult<QuoteMatch[], QuoteMatch>>;
  /**
   * What a person said (direct and reported), newest first; `about` narrows to a topic, in any
   * form of its words. A name several people carry goes to the most quoted of them.
   */
  quotesBy(
    person: string,
    options?: { about?: string; limit?: number },
  ): Promise<QueryResult<PersonQuotes, PersonRef>>;
  /** A person's role(s) and the articles they appear in, newest first. */
  whoIs(
    person: string,
    options?: { limit?: number },
  ): Promise<QueryResult<PersonProfile, PersonRef>>;
  /** Cards of articles added after `since` (exclusive), oldest first; optionally only from `sources`. */
  newSince(since: string, sources?: readonly string[]): Promise<ArchivedCard[]>;
  /** Feeds and briefs folders that ingestion reads from. */
  readonly sources: SourceRegistry;
  /** Closes the database. */
  close(): Promise<void>;
}

/** Where an article came from. `sourceId` is a registered source's id, or "file" / "link". */
export interface ArticleOrigin {
  sourceId: string;
  /** The article's own address (a link, a feed item's link); used to deduplicate. */
  url?: string;
  /** A briefs-folder file path, relative to the folder; used to recognise an edited file. */
  path?: string;
  /** A card built elsewhere; by default the archive builds it with the engine's `buildCard`. */
  card?: BriefingCard;
}

export interface IngestOutcome {
  status: "added" | "updated" | "unchanged";
  articleId: number;
}

export interface ArticleRef {
  id: number;
  headline: string;
  /** The article's own date (YYYY-MM-DD) when known. */
  date: string | null;
  url: string | null;
  sourceId: string;
  /** When the archive first stored it (ISO time). */
  addedAt: string;
}

export interface ArchivedCard {
  article: ArticleRef;
  card: BriefingCard;
}

export interface SpeakerRef {
  /** The archive's person id when the speaker is a named person; null for anonymous sources. */
  personId: number | null;
  /** Full name ("Sergei Lavrov") or the description of an unnamed source ("a U.S. official"). */
  name: string | null;
  role: string | null;
  anonymous: boolean;
}

/** One quote as stored: the article's exact words, `text === articleText.slice(start, end)`. */
export interface ArchivedQuote {
  quoteId: number;
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: SpeakerRef;
  article: ArticleRef;
}

export interface QuoteMatch extends ArchivedQuote {
  /** 0..1, higher is closer; 1 means the phrase occurs exactly (ignoring case and punctuation). */
  score: number;
}

export interface PersonRef {
  personId: number;
  name: string;
  /** Every name seen for this person ("Lavrov", "Sergei Lavrov", "Mr Lavrov"). */
  aliases: string[];
  /**
   * Roles seen, as the articles word them with cut edges trimmed ("Lord Chancellor", never
   * "Lord Chancellor Lord" or "head of"): the role most of their quotes were given under first,
   * then the others most recent first ("Russian Foreign Minister").
   */
  roles: string[];
}

/**
 * `namesakes`: others who carry the name asked for ("Cherie Blair" when "Blair" went to Tony
 * Blair, the most quoted), most prominent first; empty when the name is theirs alone.
 */
export interface PersonQuotes {
  person: PersonRef;
  quotes: ArchivedQuote[];
  namesakes: PersonRef[];
}

export interface PersonProfile {
  person: PersonRef;
  articles: ArticleRef[];
  quoteCount: number;
  namesakes: PersonRef[];
}

export type QueryErrorCode =
  /** The phrase / person / topic is known to be absent. */
  | "no-match"
  /** Several people carry this name and nothing tells them apart: see `alternatives`. */
  | "ambiguous-person"
  /** Empty after normalisation, or too long to be a phrase. */
  | "invalid-query";

export interface QueryError {
  code: QueryErrorCode;
  /** One sentence a user understands. */
  message: string;
}

/**
 * An answer, or an honest "no": near misses ride along in `alternatives` (quotes for `whoSaid`,
 * people for `quotesBy` / `whoIs`) and may be empty.
 */
export type QueryResult<T, A> =
  { ok: true; value: T } | { ok: false; error: QueryError; alternatives: A[] };
