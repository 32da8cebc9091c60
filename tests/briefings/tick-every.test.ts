import { describe, expect, it } from "vitest";
import { cronPattern, tickEvery } from "../../src/app/timers/tick-every.js";

const quiet = () => {
  const lines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push({ level, message, ...(fields ? { fields } : {}) });
  return { lines, logger: { info: at("info"), warn: at("warn"), error: at("error") } };
};

describe("tickEvery (node-cron)", () => {
  it.each([
    [1, "*/1 * * * * *"],
    [30, "*/30 * * * * *"],
    [60, "0 */1 * * * *"],
    [300, "0 */5 * * * *"],
  ])("GIVEN %i s THEN the pattern is %s", (seconds, pattern) => {
    expect(cronPattern(seconds)).toBe(pattern);
  });

  it.each([0, 7, 45, 90, 0.5, 7200])("GIVEN %s s THEN a sentence, not a drifting timer", (s) => {
    expect(() => cronPattern(s)).toThrow(/must divide a minute or an hour/);
  });

  it("GIVEN a tick slower than the period THEN ticks never overlap, the first runs at once, and a failure is logged with its name", async () => {
    const { lines, logger } = quiet();
    let running = 0;
    let most = 0;
    let runs = 0;
    const ticker = tickEvery(
      "test tick",
      1,
      async () => {
        runs += 1;
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 1300));
        running -= 1;
        if (runs === 1) throw Object.assign(new Error("database locked"), { code: "busy" });
      },
      logger,
    );
    expect(runs).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 3200));
    await ticker.stop();
    expect(running).toBe(0);
    expect(most).toBe(1);
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(lines.filter((line) => line.level === "error")).toEqual([
      {
        level: "error",
        message: "test tick failed",
        fields: { name: "Error", message: "database locked", code: "busy" },
      },
    ]);
    const afterStop = runs;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(runs).toBe(afterStop);
  }, 10_000);
});
