import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseTerminalLine } from "../../src/adapters/terminal/parse-terminal-line.js";
import { renderTerminalReply } from "../../src/adapters/terminal/render-terminal-reply.js";
import { runTerminalChat } from "../../src/adapters/terminal/run-terminal-chat.js";
import { damArticle } from "../chat/fixtures/articles.js";
import { chatWorld } from "../chat/fixtures/chat-world.js";

async function converse(lines: string, interactive: boolean): Promise<string> {
  const w = chatWorld();
  await w.add(damArticle);
  const input = new PassThrough();
  const output = new PassThrough();
  let written = "";
  output.on("data", (chunk: Buffer) => (written += chunk.toString("utf8")));
  const done = runTerminalChat({ input, output, chat: w.chat, interactive });
  input.end(lines);
  await done;
  return written;
}

describe("terminal chat", () => {
  it("GIVEN piped input THEN plain answers only, in order, and it ends with the input", async () => {
    const out = await converse("/who-said should be paused\n@briefbot who is Rossi?\n", false);
    expect(out).not.toContain("briefbot>");
    expect(out.indexOf("Anna Keller")).toBeLessThan(
      out.indexOf("Marco Rossi: Italian infrastructure minister."),
    );
  });

  it("GIVEN a terminal THEN a greeting and a prompt before each line", async () => {
    const out = await converse("help\n", true);
    expect(
      out.startsWith("Ask me anything about the archive, or /help. Ctrl-D quits.\nbriefbot> "),
    ).toBe(true);
    expect(out.match(/briefbot> /g)).toHaveLength(2);
  });

  it("GIVEN typed lines THEN slash commands, mentions and blanks are told apart", () => {
    expect(parseTerminalLine("/Who-Said  should be frozen")).toEqual({
      kind: "command",
      name: "who-said",
      args: "should be frozen",
    });
    expect(parseTerminalLine("@briefbot what did Putin say?")).toEqual({
      kind: "mention",
      text: "what did Putin say?",
    });
    expect(parseTerminalLine("@briefbot")).toEqual({ kind: "mention", text: "" });
    expect(parseTerminalLine("/nope x")).toEqual({ kind: "mention", text: "/nope x" });
    expect(parseTerminalLine("   ")).toBeNull();
  });

  it("GIVEN article text with terminal escape sequences THEN they are shown inert", () => {
    const reply = {
      text: "x",
      sections: [
        {
          blocks: [{ type: "paragraph" as const, text: "red \u001b[31mALERT\u001b[0m\u0007 done" }],
        },
      ],
    };
    expect(renderTerminalReply(reply)).toBe("x\nred [31mALERT[0m done\n");
  });
});
