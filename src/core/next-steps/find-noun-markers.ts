import {
  DEBT_NOUNS,
  FIGURE_NOUNS,
  FORECAST_NOUNS,
  PLANNING_NOUNS,
  REDEEMABLE_WORDS,
  SCHEDULED_NOUNS,
} from "../lexicon/scheduled-nouns.js";

/** Where a noun marker stands, and how far after it its time may start (default when absent). */
export interface NounMarker {
  index: number;
  reach?: number;
}

/**
 * Future markers carried by nouns and adjectives rather than a future verb: a debt that falls
 * due ("notes due 2015"), an event named with its time ("tomorrow's vote", "the Jan. 14
 * deadline", "the summit in April"), a planned act named by a noun ("an option to buy … after
 * Jan. 1, 1990"), a security redeemable from a date, and a figure foreseen for a period
 * ("expects earnings of $2 a share in 1990", "predicting 1990 earnings"). Each is `noted`:
 * it counts only with a definite date to come, close by and in its own clause.
 */
const any = (list: readonly string[]) => `(?:${list.join("|")})`;
const month =
  "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?";
const yearWord = "(?:19|20)\\d\\d";

// "bonds due 1993", "debentures, due March 15, 2007", "the payment is due March 1".
const debtDue = new RegExp(
  `\\b${any(DEBT_NOUNS)},?\\s+(?:(?:is|are|fall|falls|come|comes|become|becomes)\\s+)?(due)\\b`,
  "g",
);
// "tomorrow's vote", "next week's summit", "this weekend's final talks".
const possessiveEvent = new RegExp(
  `\\b(?:tomorrow|tonight|next\\s+(?:week|month|year|weekend)|this\\s+(?:weekend|week|month)|the\\s+coming\\s+week)['’]s\\s+(?:[\\w-]+\\s+){0,2}?${any(SCHEDULED_NOUNS)}\\b`,
  "gi",
);
// "the Jan. 14 deadline", "a Jan. 14 return date", "the 1992 elections", "his 1990 earnings
// projection".
const datedEvent = new RegExp(
  `\\b(?:the|a|an|its|their|this|his|her)\\s+((?:${month}|${yearWord}))\\s+(?:[\\w-]+\\s+){0,2}?${any([...SCHEDULED_NOUNS, ...FORECAST_NOUNS])}\\b`,
  "g",
);
// "the NATO summit in April", "a hearing on March 3": the noun, then the time it is held.
const eventThenTime = new RegExp(
  `\\b${any(SCHEDULED_NOUNS)}\\s+(?:in|on|for|set\\s+for|scheduled\\s+for)\\s+(?=(?:early\\s+|late\\s+|mid-)?(?:${month}|${yearWord})\\b)`,
  "g",
);
// "an option to buy", "a plan to cut": the act a noun plans.
const plannedAct = new RegExp(`\\b${any(PLANNING_NOUNS)}\\s+to\\s+[a-z]+`, "g");
const redeemable = new RegExp(`\\b${any(REDEEMABLE_WORDS)}\\b`, "g");
// "expects earnings of $2 a share", "can expect strong dividends": placed at the figure, so the
// time is sought from the figure on.
const expectedFigure = new RegExp(
  `\\bexpect(?:s|ed|ing)?\\s+(?:[\\w$%.,'-]+\\s+){0,4}?(${any(FIGURE_NOUNS)})\\b`,
  "g",
);
// "predicting 1990 earnings", "forecasting a loss in 1991".
const predicting = /\b(?:predict(?:s|ed|ing)?|forecasting|projecting)\b/g;

// Calendar notes stand right beside their time; a planned act or a figure may reach further.
const nearReach = 30;

export function findNounMarkers(sentence: string): NounMarker[] {
  const markers: NounMarker[] = [];
  const add = (index: number, reach?: number) =>
    markers.push({ index, ...(reach !== undefined ? { reach } : {}) });
  for (const m of sentence.matchAll(debtDue)) add(m.index + m[0].length - 3, nearReach);
  for (const m of sentence.matchAll(possessiveEvent)) add(m.index, 0);
  for (const m of sentence.matchAll(datedEvent)) add(m.index + m[0].indexOf(m[1] ?? ""), 0);
  for (const m of sentence.matchAll(eventThenTime)) add(m.index, nearReach);
  for (const m of sentence.matchAll(plannedAct)) add(m.index);
  for (const m of sentence.matchAll(redeemable)) add(m.index, nearReach + 20);
  for (const m of sentence.matchAll(expectedFigure))
    add(m.index + m[0].length - (m[1] ?? "").length);
  for (const m of sentence.matchAll(predicting)) add(m.index, nearReach);
  return markers;
}
