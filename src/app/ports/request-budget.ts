/**
 * A request rate shared by every instance of briefbot: Discord allows a bot 50 requests a second
 * in all, however many processes send them. `take` resolves when one more request may go out
 * under `perSecond` for `key` (one bucket per bot); it never refuses, it waits.
 */
export interface RequestBudget {
  take(key: string, perSecond: number): Promise<void>;
}
