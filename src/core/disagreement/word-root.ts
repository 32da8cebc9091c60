// Irregular forms of verbs that news claims turn on ("prices rose", "the duty was frozen"): the
// suffix rules below cannot reach their base form.
const irregular: Record<string, string> = {
  froze: "freeze",
  frozen: "freeze",
  rose: "rise",
  risen: "rise",
  fell: "fall",
  fallen: "fall",
  grew: "grow",
  grown: "grow",
  sold: "sell",
  bought: "buy",
  paid: "pay",
  lost: "lose",
  chose: "choose",
  chosen: "choose",
  spent: "spend",
  built: "build",
  taught: "teach",
  brought: "bring",
  thought: "think",
  caught: "catch",
  wrote: "write",
  written: "write",
  drove: "drive",
  driven: "drive",
  broke: "break",
  broken: "break",
  stole: "steal",
  stolen: "steal",
  shut: "shut",
  cut: "cut",
};

const irregularBases = new Set(Object.values(irregular));

/** "rose", "rise", "fell": short words that are forms of a verb news claims turn on. */
export const isVerbForm = (word: string): boolean => word in irregular || irregularBases.has(word);

/**
 * A word's root, so that forms of one word meet: "rising" and "rise" are "ris", "frozen" and
 * "freeze" are "freez", "investigation" and "investigate" are "inves". The inflection is cut
 * ("-ing", "-ed", "-es", "-s"), then a final "e" and a doubled consonant, then the rest is cut to
 * five letters.
 */
export function wordRoot(word: string): string {
  const lower = word.toLowerCase();
  let base = irregular[lower] ?? lower;
  if (!irregular[lower]) {
    if (/ies$/.test(base) && base.length > 4) base = `${base.slice(0, -3)}y`;
    else if (/(?:ing|ed)$/.test(base) && base.length > 5) base = base.replace(/(?:ing|ed)$/, "");
    else if (/(?:sses|ches|shes|xes)$/.test(base)) base = base.slice(0, -2);
    else if (/[^su]s$/.test(base) && base.length > 4) base = base.slice(0, -1);
  }
  base = base.replace(/e$/, "").replace(/([bdfgklmnprtz])\1$/, "$1");
  return base.slice(0, 5);
}
