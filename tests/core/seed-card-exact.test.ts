import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCard } from "../../src/core/build-card.js";

// The whole seed card, field by field, against the checked-in expectation: any change of output
// shows in review as a diff of tests/core/fixtures/seed-card.json (`npm run golden:update`
// rewrites it; read that diff before committing it).
const text = readFileSync(
  new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url),
  "utf8",
);
const expected: unknown = JSON.parse(
  readFileSync(new URL("./fixtures/seed-card.json", import.meta.url), "utf8"),
);

describe("GIVEN the seed article dated 2007-10-12", () => {
  it("THEN the whole card is exactly the checked-in one", () => {
    expect(JSON.parse(JSON.stringify(buildCard({ text, date: "2007-10-12" })))).toEqual(expected);
  });
});
