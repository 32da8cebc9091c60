import { describe, expect, it } from "vitest";
import { renderSlackMessages } from "../../src/adapters/slack/render-slack-messages.js";
import { slackMessageSchema } from "../../src/adapters/slack/slack-limits.js";
import { splitText } from "../../src/app/render/split-text.js";
import { hostileReply, oversizeReply } from "./hostile-replies.js";

const rawMarkup = /<!channel>|<!here>|<!everyone>|<@U|<#C|<https:\/\/evil/;
const hidden = /[\u200B\u2060\u202E\u202C]/;

describe("renderSlackMessages", () => {
  it("GIVEN hostile article text THEN nothing pings, links or hides, and every mrkdwn text is verbatim", () => {
    const messages = renderSlackMessages(hostileReply());
    const json = JSON.stringify(messages);
    expect(json).not.toMatch(rawMarkup);
    expect(json).not.toMatch(hidden);
    expect(json).toContain("&lt;!channel&gt;");
    expect(json).toContain("&amp;amp;");
    expect(json).toContain("zerowidth");
    for (const message of messages)
      expect(slackMessageSchema.safeParse(message).success).toBe(true);
    expect(json).toContain(
      "<https://news.example/a?x=1&amp;y=%3C2%3E%7C3|&lt;!channel&gt; Lavrov &amp; the &lt;@U123&gt; treaty>",
    );
  });

  it("GIVEN oversize cards THEN every message fits Slack's limits and no card spans two messages", () => {
    const reply = oversizeReply(6);
    const messages = renderSlackMessages(reply);
    expect(messages.length).toBeGreaterThanOrEqual(6);
    for (const message of messages) {
      const parsed = slackMessageSchema.safeParse(message);
      expect(parsed.success, parsed.success ? "" : parsed.error.message).toBe(true);
    }
    const titles = messages.map((m) => JSON.stringify(m).match(/\*Card \d/g) ?? []);
    expect(titles.flat()).toHaveLength(6);
    expect(JSON.stringify(messages)).toContain("shortened to fit");
    expect(messages[1]?.text).toMatch(/\(2\/\d+\)$/);
  });

  it("GIVEN many small cards THEN they share messages in order", () => {
    const sections = Array.from({ length: 30 }, (_, i) => ({
      title: `T${i}`,
      blocks: [{ type: "paragraph" as const, text: `p${i}` }],
    }));
    const messages = renderSlackMessages({ text: "brief", sections });
    for (const message of messages)
      expect(slackMessageSchema.safeParse(message).success).toBe(true);
    const order = messages.flatMap((m) => JSON.stringify(m).match(/\*T\d+\*/g) ?? []);
    expect(order).toEqual(sections.map((s) => `*${s.title}*`));
    expect(messages.length).toBeLessThan(30);
  });

  it("GIVEN a reply without sections THEN its text is the message", () => {
    const [message, ...rest] = renderSlackMessages({
      text: "No one in the archive said <that>.",
      sections: [],
    });
    expect(rest).toHaveLength(0);
    expect(message?.text).toBe("No one in the archive said &lt;that&gt;.");
    expect(slackMessageSchema.safeParse(message).success).toBe(true);
  });
});

describe("splitText", () => {
  const length = (s: string) => s.length;
  it("GIVEN words THEN it breaks between words only", () => {
    const pieces = splitText("alpha beta gamma delta", 11, length);
    expect(pieces).toEqual(["alpha beta", "gamma delta"]);
  });
  it("GIVEN a word of emoji longer than the limit THEN it never cuts a surrogate pair", () => {
    const pieces = splitText("😀".repeat(10), 5, length);
    expect(pieces.join("")).toBe("😀".repeat(10));
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(5);
      expect(piece).toMatch(/^(?:\uD83D\uDE00)+$/);
    }
  });
});

describe("renderSlackMessages quotes", () => {
  it("GIVEN a direct quote THEN its words stand in quotation marks", () => {
    const reply = {
      text: "Who said it",
      sections: [
        {
          blocks: [
            {
              type: "quote" as const,
              kind: "direct" as const,
              text: "should be frozen",
              attribution: "Sergei Lavrov",
            },
          ],
        },
      ],
    };
    const messages = renderSlackMessages(reply);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(JSON.stringify(message?.blocks)).toContain('"> “should be frozen”\\n> — Sergei Lavrov"');
  });

  it("GIVEN reported speech in a quote block THEN no quotation marks are added around it", () => {
    const reply = {
      text: "What Putin said",
      sections: [
        {
          blocks: [
            {
              type: "quote" as const,
              kind: "reported" as const,
              text: "Russia might pull out of the INF Treaty",
              attribution: "Vladimir Putin (reported speech)",
            },
          ],
        },
      ],
    };
    const messages = renderSlackMessages(reply);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(JSON.stringify(message?.blocks)).toContain(
      '"> Russia might pull out of the INF Treaty\\n> — Vladimir Putin (reported speech)"',
    );
  });
});
