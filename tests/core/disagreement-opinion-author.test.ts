import { describe, expect, it } from "vitest";
import { buildCard } from "../../src/core/build-card.js";
import { opinionAuthor } from "../../src/core/disagreement/find-author-blame.js";

const piece = (closing: string) =>
  [
    "The harbour deserves better",
    "",
    "Last winter the storms closed the harbour for a month.",
    "",
    "Mayor Clara Voss and Governor Tomas Brenner continue to ignore the warnings of every fisherman on the coast.",
    "",
    "Instead of mending the sea wall, Clara Voss and Tomas Brenner foolishly spent the money on a stadium.",
    "",
    "The harbour can still be saved if the next council acts.",
    "",
    closing,
  ].join("\n");

describe("the writer of an opinion piece as a side", () => {
  it("GIVEN a closing tagline '<Name> is the former mayor of …' THEN the writer is named", () => {
    const text = piece("Oskar Lind is the former mayor of Port Aven.");
    expect(opinionAuthor(text)?.name).toBe("Oskar Lind");
  });

  it("GIVEN a byline with a role THEN the writer is named; a bare byline is a reporter's credit", () => {
    expect(opinionAuthor("By Oskar Lind, former mayor of Port Aven\n\nThe harbour …")?.name).toBe(
      "Oskar Lind",
    );
    expect(opinionAuthor("By Oskar Lind\n\nThe harbour …")).toBeNull();
  });

  it("GIVEN a writer by trade (columnist, commentator, editor) THEN no side: comment, like a reporter's", () => {
    expect(opinionAuthor(piece("Oskar Lind is a regular commentator on Radio Aven."))).toBeNull();
    expect(opinionAuthor(piece("Oskar Lind is the editor of Harbour Weekly."))).toBeNull();
  });

  it("GIVEN a last paragraph that opens with a common word THEN it names no writer", () => {
    expect(opinionAuthor(piece("Although Aven is a small town, it is a proud one."))).toBeNull();
  });

  it("GIVEN the writer blames named people in his own voice THEN he is a side against them", () => {
    const card = buildCard({ text: piece("Oskar Lind is the former mayor of Port Aven.") });
    const parties = card.disagreement?.sides.map((s) => s.party) ?? [];
    expect(parties[0]).toBe("Oskar Lind");
    expect(["Clara Voss", "Tomas Brenner"]).toContain(parties[1]);
    const writer = card.disagreement?.sides[0];
    expect(writer?.position).toMatch(/continue to ignore the warnings/);
  });

  it("GIVEN no tagline THEN the same words make no dispute (a reporter's view is no side)", () => {
    const card = buildCard({ text: piece("The council meets again in May.") });
    expect(card.disagreement).toBeNull();
  });
});
