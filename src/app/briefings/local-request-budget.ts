import { setTimeout as sleep } from "node:timers/promises";
import type { RequestBudget } from "../ports/request-budget.js";

/**
 * The budget of a single process (SQLite installs run one): whole-second windows, as the
 * PostgreSQL budget counts them, so both behave alike.
 */
export function createLocalRequestBudget(now: () => number = Date.now): RequestBudget {
  const used = new Map<string, { window: number; count: number }>();
  return {
    async take(key, perSecond) {
      for (;;) {
        const window = Math.floor(now() / 1000);
        const entry = used.get(key);
        if (!entry || entry.window !== window) {
          used.set(key, { window, count: 1 });
          return;
        }
        if (entry.count < perSecond) {
          entry.count += 1;
          return;
        }
        await sleep((window + 1) * 1000 - now());
      }
    },
  };
}
