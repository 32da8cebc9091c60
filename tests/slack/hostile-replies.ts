import type { Reply, Section } from "../../src/app/reply.js";

/** Article text written to ping everyone, fake links and hide characters. */
export const hostileQuote =
  "<!channel> <!here> <!everyone> ping <@U123> and <#C999|general>, see <https://evil.example|your bank> &amp; " +
  "zero\u200Bwidth\u2060 and \u202Ereversed\u202C text";

/** A card made of hostile text in every slot. */
export function hostileSection(): Section {
  return {
    title: `<!channel> Lavrov & the <@U123> treaty`,
    url: "https://news.example/a?x=1&y=<2>|3",
    blocks: [
      { type: "paragraph", text: `Background: ${hostileQuote}` },
      {
        type: "quote",
        kind: "direct",
        text: hostileQuote,
        attribution: "Sergei Lavrov <!here>, Russian Foreign Minister",
      },
      { type: "fields", fields: [{ name: "<!everyone>", value: hostileQuote }] },
      { type: "list", items: [hostileQuote, "next: <@U777> votes"] },
    ],
    footer: `Source <https://evil.example|bank> · ${hostileQuote}`,
  };
}

export function hostileReply(): Reply {
  return { text: `Who said it: ${hostileQuote}`, sections: [hostileSection()] };
}

const words = (count: number, word: string) =>
  Array.from({ length: count }, (_, i) => `${word}${i}`).join(" ");

/** Cards far beyond every Slack limit: long paragraphs, many blocks, fields and emoji pairs. */
export function oversizeReply(cards = 6): Reply {
  const sections: Section[] = Array.from({ length: cards }, (_, i) => ({
    title: `Card ${i} ${"very long title ".repeat(30)}`,
    blocks: [
      { type: "paragraph", text: words(1500, "word😀") },
      {
        type: "quote",
        kind: "direct",
        text: `${"«quoted» ".repeat(800)}${"😀".repeat(4000)}`,
        attribution: "Someone ".repeat(100),
      },
      {
        type: "fields",
        fields: Array.from({ length: 23 }, (_, f) => ({
          name: `F${f}`,
          value: "v&<> ".repeat(900),
        })),
      },
      { type: "list", items: Array.from({ length: 40 }, (_, k) => `item ${k} ${"x".repeat(200)}`) },
      ...Array.from({ length: 60 }, (_, p) => ({
        type: "paragraph" as const,
        text: `short paragraph ${p}`,
      })),
    ],
    footer: "footer ".repeat(1000),
  }));
  return { text: "An oversize briefing ".repeat(500), sections };
}
