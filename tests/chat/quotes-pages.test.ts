import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/app/chat/parse-command.js";
import { chatWorld, replyText } from "./fixtures/chat-world.js";

const lines = ["one", "two", "three", "four", "five", "six", "seven"].map(
  (n) => `"Point ${n} stands," said Ola Dahl, the mayor.`,
);
const talk = {
  id: "talk",
  date: "2026-11-22",
  text: ["Mayor lists seven points", "", ...lines].join("\n"),
  quotes: ["one", "two", "three", "four", "five", "six", "seven"].map((n) => ({
    words: `Point ${n} stands,`,
    name: "Ola Dahl",
    role: "mayor",
  })),
};

const quoteCount = (text: string) => (text.match(/Point \w+ stands,/g) ?? []).length;

describe("/quotes pages", () => {
  it("GIVEN more quotes than fit THEN page 1 points at page 2, the last page has no pointer, past it says so", async () => {
    const w = chatWorld();
    await w.add(talk);
    const first = await w.ask({ kind: "command", name: "quotes", args: "Dahl" });
    expect(quoteCount(replyText(first))).toBe(5);
    expect(replyText(first)).toContain(
      "More quotes: /quotes Ola Dahl page 2 — or narrow it: /quotes Ola Dahl about <topic>",
    );
    const second = await w.ask({ kind: "command", name: "quotes", args: "Dahl page 2" });
    expect(quoteCount(replyText(second))).toBe(2);
    expect(replyText(second)).not.toContain("More quotes");
    expect(second.text).toBe("What Ola Dahl (mayor) said: 2 quotes, newest first, page 2.");
    const third = await w.ask({ kind: "command", name: "quotes", args: "Dahl page 3" });
    expect(third.text).toBe("No more quotes from Ola Dahl: there are 7.");
  });

  it("GIVEN a topic and a page THEN both are read", () => {
    expect(parseCommand("quotes", "Lavrov about Iran page 2")).toEqual({
      kind: "quotes",
      person: "Lavrov",
      about: "Iran",
      page: 2,
    });
    expect(parseCommand("quotes", "Page")).toEqual({ kind: "quotes", person: "Page" });
  });
});
