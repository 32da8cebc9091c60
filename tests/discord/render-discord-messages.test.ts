import { describe, expect, it } from "vitest";
import type { Reply, Section } from "../../src/app/reply.js";
import {
  discordMessageSchema,
  embedCharacters,
} from "../../src/adapters/discord/discord-limits.js";
import { renderDiscordMessages } from "../../src/adapters/discord/render-discord-messages.js";
import {
  renderDiscordText,
  stripInvisible,
} from "../../src/adapters/discord/escape-discord-text.js";
import { splitText } from "../../src/app/render/split-text.js";
import { hostileReply } from "./fixed-chat-service.js";

const allText = (reply: Reply) => JSON.stringify(renderDiscordMessages(reply));

function card(index: number, words: number): Section {
  const text = Array.from({ length: words }, (_, i) => `word${index}x${i}`).join(" ");
  return {
    title: `Card ${index} ${"T".repeat(300)}`,
    blocks: [
      { type: "paragraph", text },
      { type: "quote", kind: "direct", text: `${"😀".repeat(1500)} end`, attribution: "Someone" },
      {
        type: "fields",
        fields: Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, value: "v".repeat(2000) })),
      },
    ],
    footer: "F".repeat(3000),
  };
}

describe("renderDiscordMessages", () => {
  it("GIVEN hostile article text THEN nothing can ping, link, head or hide", () => {
    const messages = renderDiscordMessages(hostileReply);
    const json = allText(hostileReply);
    for (const message of messages) expect(message.allowed_mentions.parse).toEqual([]);
    expect(json).not.toMatch(/(?<!\\)<@/);
    expect(json).not.toMatch(/@everyone|@here/);
    expect(json).toContain("@\u200beveryone");
    expect(json).not.toContain("[bank](");
    expect(json).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const description = messages[0]?.embeds[0]?.description ?? "";
    expect(description).toContain("\\[bank\\](https://evil.example)");
    expect(description).toContain("\\# heading");
    expect(description).toContain("\\|\\|spoiler\\|\\|");
    expect(description).toContain("abcd");
    expect(description).toContain("\\<@&123>");
    expect(messages[0]?.content).toBe("Who said it: @\u200beveryone \\<@456>");
  });

  it("GIVEN markup THEN escaping keeps the visible text", () => {
    expect(renderDiscordText("**a** _b_ ~~c~~ `d`")).toBe(
      "\\*\\*a\\*\\* \\_b\\_ \\~\\~c\\~\\~ \\`d\\`",
    );
    expect(renderDiscordText("-# small\n> q\n1. one")).toBe("\\-# small\n\\> q\n1\\. one");
    expect(stripInvisible("a\u200b\u200d\ufeff\u202eb\r\nc")).toBe("ab\nc");
  });

  it("GIVEN oversize cards THEN every message is within Discord's limits and no card is split", () => {
    const reply: Reply = {
      text: "x ".repeat(3000),
      sections: Array.from({ length: 7 }, (_, i) => card(i, 2000)),
    };
    const messages = renderDiscordMessages(reply);
    for (const message of messages) expect(() => discordMessageSchema.parse(message)).not.toThrow();
    expect(messages).toHaveLength(7);
    messages.forEach((message, index) => {
      const titled = message.embeds.filter((embed) => embed.title !== undefined);
      expect(titled).toHaveLength(1);
      expect(titled[0]?.title).toMatch(new RegExp(`^Card ${index} `));
      expect(
        message.embeds.reduce((sum, embed) => sum + embedCharacters(embed), 0),
      ).toBeLessThanOrEqual(6000);
    });
  });

  it("GIVEN many small cards THEN they share messages, at most 10 embeds each", () => {
    const sections: Section[] = Array.from({ length: 23 }, (_, i) => ({
      title: `c${i}`,
      blocks: [{ type: "paragraph", text: "short" }],
    }));
    const messages = renderDiscordMessages({ text: "Briefing", sections });
    expect(messages.map((message) => message.embeds.length)).toEqual([10, 10, 3]);
    expect(messages.slice(1).every((message) => message.content === undefined)).toBe(true);
  });

  it("GIVEN text longer than a limit THEN it splits between words, never inside a character", () => {
    const words = Array.from({ length: 500 }, (_, i) => `w${i}`).join(" ");
    const pieces = splitText(words, 100);
    expect(pieces.join(" ")).toBe(words);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(100);
    const emoji = "😀".repeat(100);
    const parts = splitText(emoji, 51);
    expect(parts.join("")).toBe(emoji);
    for (const part of parts) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(splitText("\\*".repeat(30), 7).every((part) => !/(^|[^\\])(\\\\)*\\$/.test(part))).toBe(
      true,
    );
  });

  it("GIVEN a direct quote THEN a block quote in quotation marks with its attribution", () => {
    const reply: Reply = {
      text: "t",
      sections: [
        {
          blocks: [
            {
              type: "quote",
              kind: "direct",
              text: "should be frozen",
              attribution: "Sergei Lavrov",
            },
          ],
        },
      ],
    };
    expect(renderDiscordMessages(reply)[0]?.embeds[0]?.description).toBe(
      "> “should be frozen”\n— Sergei Lavrov",
    );
  });

  it("GIVEN reported speech THEN a block quote with its attribution, no quotation marks added", () => {
    const reply: Reply = {
      text: "t",
      sections: [
        {
          blocks: [
            {
              type: "quote",
              kind: "reported",
              text: "Russia might pull out",
              attribution: "Vladimir Putin (reported speech)",
            },
          ],
        },
      ],
    };
    expect(renderDiscordMessages(reply)[0]?.embeds[0]?.description).toBe(
      "> Russia might pull out\n— Vladimir Putin (reported speech)",
    );
  });

  it("GIVEN text after fields THEN it starts the next embed, so it shows under the fields", () => {
    const reply: Reply = {
      text: "t",
      sections: [
        {
          title: "Card",
          blocks: [
            { type: "paragraph", text: "At odds: A vs B" },
            {
              type: "fields",
              fields: [
                { name: "A", value: "yes" },
                { name: "B", value: "no" },
              ],
            },
            { type: "quote", kind: "direct", text: "We agree", attribution: "C" },
          ],
          footer: "foot",
        },
      ],
    };
    const [message] = renderDiscordMessages(reply);
    expect(message?.embeds).toEqual([
      {
        title: "Card",
        description: "At odds: A vs B",
        fields: [
          { name: "A", value: "yes" },
          { name: "B", value: "no" },
        ],
      },
      { description: "> “We agree”\n— C", footer: { text: "foot" } },
    ]);
  });

  it("GIVEN oversize text and fields in turn THEN one message per card, within every limit", () => {
    const big = (i: number): Section => ({
      title: `Card ${i}`,
      blocks: Array.from({ length: 12 }, (_, k) =>
        k % 2 === 0
          ? { type: "paragraph" as const, text: `p${k} `.repeat(900) }
          : {
              type: "fields" as const,
              fields: Array.from({ length: 30 }, (_, f) => ({
                name: `n${f}`,
                value: "v".repeat(900),
              })),
            },
      ),
      footer: "F".repeat(500),
    });
    const messages = renderDiscordMessages({ text: "x", sections: [big(0), big(1)] });
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(() => discordMessageSchema.parse(message)).not.toThrow();
  });

  it("GIVEN an empty reply THEN it still sends one valid message", () => {
    const messages = renderDiscordMessages({ text: "", sections: [] });
    expect(messages).toHaveLength(1);
    expect(() => discordMessageSchema.parse(messages[0])).not.toThrow();
  });
});

describe("renderDiscordMessages caps", () => {
  it("GIVEN more sections than fit in the message cap THEN the rest is counted, not sent", () => {
    const sections: Section[] = Array.from({ length: 12 }, (_, i) => ({
      title: `c${i}`,
      blocks: [{ type: "paragraph", text: "y ".repeat(2800) }],
    }));
    const messages = renderDiscordMessages({ text: "Briefing", sections }, 3);
    expect(messages).toHaveLength(3);
    expect(messages[2]?.content).toBe("(9 more not shown; ask for fewer results.)");
    for (const message of messages) expect(() => discordMessageSchema.parse(message)).not.toThrow();
  });
});
