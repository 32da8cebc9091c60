import type { Clock } from "./ports/clock.js";

/** The real clock, for main and the commands only. */
export const systemClock: Clock = { now: () => new Date() };
