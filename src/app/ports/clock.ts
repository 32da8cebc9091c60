/** Where time comes from: logic asks the clock, so tests can stand at any instant. */
export interface Clock {
  now(): Date;
}
