/** A space-separated word list as an array (keeps long lists compact and one line per addition). */
export function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

// Verbs that double their last consonant: admit → admitted, quip → quipped.
const DOUBLING = new Set(
  words(
    "admit quip snap chat blog jab slam omit submit regret commit prod nag drop plan rebut brag",
  ),
);

/** The four regular forms of an English verb: base, third person, past, participle. */
export function inflect(base: string): string[] {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  if (base.endsWith("y") && !/[aeiou]y$/.test(base)) {
    const root = base.slice(0, -1);
    return [base, `${root}ies`, `${root}ied`, `${base}ing`];
  }
  const doubled = DOUBLING.has(base) ? `${base}${base.slice(-1)}` : stem;
  const s = /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, s, `${doubled}ed`, `${doubled}ing`];
}

/** Every form of every verb: regular lemmas inflected, irregular forms as listed. */
export function verbForms(regular: string, irregular = ""): ReadonlySet<string> {
  return new Set([...words(regular).flatMap(inflect), ...words(irregular)]);
}
