/**
 * Event ids already answered, so that a platform's retries and double deliveries are answered
 * once (Slack re-sends an event for about an hour when it saw no quick answer). Shared by every
 * instance behind one database: a retry that lands on another instance is still a repeat.
 * Which briefing parts were posted is the posting ledger's business, not this store's.
 */
export interface EventDedup {
  /** True the first time an event id is seen; false for every repeat. */
  claimEvent(eventId: string): Promise<boolean>;
}

/** Ids are kept this long (Slack retries for about an hour at most; a day of ids is plenty). */
export const eventDedupKeepMs = 24 * 60 * 60 * 1000;
