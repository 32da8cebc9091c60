import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { withRequestBudget } from "../../src/app/briefings/budgeted-publisher.js";
import { createLocalRequestBudget } from "../../src/app/briefings/local-request-budget.js";
import { createTerminalPublisher } from "../../src/adapters/terminal/create-terminal-publisher.js";

const channel = { platform: "terminal" as const, channelId: "local" };
const reply = {
  text: "Briefing: nothing new.",
  sections: [{ blocks: [{ type: "paragraph" as const, text: "Briefing: nothing new." }] }],
};

describe("a publisher under a request budget", () => {
  it("GIVEN 2 requests a second THEN 5 posts and look-ups spread over at least 3 seconds, each still answered", async () => {
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    const budgeted = withRequestBudget(
      createTerminalPublisher(output),
      createLocalRequestBudget(),
      {
        key: "terminal:test",
        perSecond: 2,
      },
    );
    const seconds: number[] = [];
    const outcomes = [];
    for (let part = 0; part < 5; part++) {
      const outcome =
        part % 2 === 0
          ? await budgeted.postPart(channel, reply, { runKey: "run", part })
          : await budgeted.findPosted(channel, { runKey: "run", part }, new Date().toISOString());
      seconds.push(Math.floor(Date.now() / 1000));
      outcomes.push(outcome);
    }
    expect(outcomes).toEqual([
      { ok: true },
      { ok: true, found: false },
      { ok: true },
      { ok: true, found: false },
      { ok: true },
    ]);
    expect(new Set(seconds).size).toBeGreaterThanOrEqual(3);
    expect(printed.match(/nothing new/g)).toHaveLength(3);
    expect(budgeted.partsOf(reply)).toBe(1);
  }, 10_000);
});
