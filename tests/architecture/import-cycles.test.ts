import { describe, expect, it } from "vitest";
import { findCycles, importGraph } from "./import-graph.js";

// Type-only cycles erase at run time but still tangle the design; each one known is listed here
// with the reason it is not yet broken. A new one fails the test.
const knownTypeCycles = [
  // QuotedSpan is declared in find-quoted-spans.ts, which calls findSingleQuoted (src/core is
  // being changed by other work; move QuotedSpan to its own module after that lands).
  [
    "src/core/text/find-quoted-spans.ts",
    "src/core/text/find-single-quoted.ts",
    "src/core/text/find-quoted-spans.ts",
  ],
];

describe("the import graph of src/", () => {
  const graph = importGraph("src");

  it("is read whole (every module, and the imports between them)", () => {
    expect(graph.size).toBeGreaterThan(250);
    const edges = [...graph.values()].flat();
    expect(edges.filter((edge) => !edge.typeOnly).length).toBeGreaterThan(400);
    expect(graph.get("src/main.ts")?.length).toBeGreaterThan(0);
  });

  it("has no cycle among the imports that run", () => {
    expect(findCycles(graph, false)).toEqual([]);
  });

  it("has no type-only cycle beyond the known ones", () => {
    expect(findCycles(graph, true)).toEqual(knownTypeCycles);
  });

  it("finds a cycle when there is one", () => {
    const probe = new Map([
      ["a.ts", [{ to: "b.ts", typeOnly: false }]],
      ["b.ts", [{ to: "c.ts", typeOnly: false }]],
      ["c.ts", [{ to: "a.ts", typeOnly: true }]],
    ]);
    expect(findCycles(probe, true)).toEqual([["a.ts", "b.ts", "c.ts", "a.ts"]]);
    expect(findCycles(probe, false)).toEqual([]);
  });
});
