/** Where time comes from: logic asks the clock, so tests can stand at any instant. */
export interface Clock {
  now(): Date;
}

/** The real clock, for main and the commands only. */
export const systemClock: Clock = { now: () => new Date() };
