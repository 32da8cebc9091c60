import { describe, expect, it } from "vitest";
import type { RequestBudget } from "../../src/app/ports/request-budget.js";

/**
 * What every RequestBudget must do: callers sharing it (here: several "instances" each with a
 * budget of their own over one store) never exceed the rate in any one-second window, and every
 * caller is served in the end.
 */
export function describeRequestBudgetContract(
  name: string,
  open: (instances: number) => Promise<{ budgets: RequestBudget[]; cleanup(): Promise<void> }>,
): void {
  describe(`RequestBudget contract: ${name}`, () => {
    it("GIVEN 3 instances asking 45 slots at 10 a second THEN all are granted and no second holds more than 10", async () => {
      const { budgets, cleanup } = await open(3);
      try {
        const windows: number[] = [];
        await Promise.all(
          budgets.flatMap((budget) =>
            Array.from({ length: 15 }, async () => {
              await budget.take("discord:test-bot", 10);
              windows.push(Math.floor(Date.now() / 1000));
            }),
          ),
        );
        expect(windows).toHaveLength(45);
        const perWindow = new Map<number, number>();
        for (const window of windows) perWindow.set(window, (perWindow.get(window) ?? 0) + 1);
        expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(10);
        expect(perWindow.size).toBeGreaterThanOrEqual(5);
      } finally {
        await cleanup();
      }
    }, 20_000);

    it("GIVEN two keys THEN each has its own rate: one waiting does not hold up the other", async () => {
      const { budgets, cleanup } = await open(1);
      try {
        const [budget] = budgets as [RequestBudget];
        // Start early in a second so that the first window does not end between the takes.
        await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
        await budget.take("a", 1);
        const order: string[] = [];
        const secondA = budget.take("a", 1).then(() => order.push("a"));
        const firstB = budget.take("b", 1).then(() => order.push("b"));
        await Promise.all([secondA, firstB]);
        expect(order).toEqual(["b", "a"]);
      } finally {
        await cleanup();
      }
    });
  });
}
