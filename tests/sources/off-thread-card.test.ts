import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCard } from "../../src/core/build-card.js";
import { createParser } from "../../src/sources/run-off-thread.js";

const seed = readFileSync("briefs/000_b5a16409ffaccd6c.txt", "utf8");

describe("cards built off the main thread", () => {
  it("GIVEN an article over the inline size THEN the worker's card equals the inline card", async () => {
    const parser = createParser({ inlineCardChars: 1_000 });
    const input = { text: seed, date: "2007-10-12" };
    const result = await parser.card(input);
    expect(result).toEqual({ ok: true, card: buildCard(input) });
  });

  it("GIVEN a hostile article that takes too long THEN it is refused with a sentence and the event loop kept running", async () => {
    const parser = createParser({ inlineCardChars: 1_000, timeoutMs: 300 });
    const text = `Headline\n\n${'"a, " he said. '.repeat(40_000)}`;
    const order: string[] = [];
    const ticking = new Promise<void>((resolve) =>
      setTimeout(() => (order.push("timer"), resolve()), 50),
    );
    const result = await parser.card({ text }).finally(() => order.push("card"));
    await ticking;
    expect(result).toEqual({
      ok: false,
      error: {
        code: "too-complex",
        message: "The document is too large or too complex to read in time.",
      },
    });
    expect(order).toEqual(["timer", "card"]);
  });
});
