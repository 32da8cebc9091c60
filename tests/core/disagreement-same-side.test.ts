import { describe, expect, it } from "vitest";
import { buildCard } from "../../src/core/build-card.js";

const parties = (text: string) =>
  buildCard({ text })
    .disagreement?.sides.map((s) => s.party)
    .sort() ?? null;

// A body and its head, who is named only as "chairman of the organisation": one side, answering
// a minister who attacks the body.
const headOfTheBody = [
  "Minister attacks river charity",
  "",
  "Transport minister Helen Marsh said the Clearwater League was wrong about the dredging of rivers.",
  "",
  "Helen Marsh said the league's claims about dredging rivers were misleading and baseless.",
  "",
  "Clearwater League says it is not against all dredging. Tom Fairley, chairman of the organisation, says there is no need for more dredging of rivers.",
  "",
  '"The dredging of rivers does harm to fish," he said.',
].join("\n");

describe("a person whose role refers back to a named body", () => {
  it("GIVEN 'X, chairman of the organisation' after the body THEN X is never a side against the body", () => {
    const sides = parties(headOfTheBody);
    expect(sides).not.toBeNull();
    expect(sides).not.toContain("Tom Fairley");
    expect(sides).toContain("Clearwater League");
  });
});
