import type { BriefingCard } from "../src/core/card/card-schema.js";

/**
 * Benchmark filler while the engine is a stub: straight-quoted passages of four words or more,
 * credited to the capitalised name after "said". Only for measuring query volume, never a card.
 */
export function regexQuotes(text: string): Pick<BriefingCard, "quotes" | "people"> {
  const quotes: BriefingCard["quotes"] = [];
  const names = new Map<string, number>();
  for (const m of text.matchAll(/"([^"\n]{20,400})"(?:,? (?:said|says) (?:Mr |Ms |Mrs )?([A-Z][a-z]+(?: [A-Z][a-z]+)?))?/g)) {
    const body = m[1] ?? "";
    if (body.split(/\s+/).length < 4) continue;
    const start = (m.index ?? 0) + 1;
    const name = m[2] ?? null;
    if (name) names.set(name, (names.get(name) ?? 0) + 1);
    quotes.push({ text: body, start, end: start + body.length, kind: "direct", speaker: { name, role: null, anonymous: false } });
  }
  const people = [...names].map(([name, quoteCount]) => ({ name, role: null, aliases: [], quoteCount }));
  return { quotes, people };
}
