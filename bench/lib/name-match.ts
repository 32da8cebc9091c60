/**
 * The name-matching rule the quality benchmark uses, written down so numbers can be compared:
 * both names are lower-cased, possessives, honorifics and titles ("Mr.", "Sen.", "President"),
 * determiners ("a", "the", "another", "one") and punctuation are removed; they match when the
 * remaining words are equal, when one's words contain the other's, or when their last words
 * (surname for people, head noun for descriptions such as "a source" / "the source") are equal.
 */
const DROP = new Set([
  "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "president", "the", "a", "an",
  "another", "one", "of", "former", "prof", "rev", "sir", "gen", "vice", "secretary", "jr", "sr",
]);

function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0 && !DROP.has(w));
}

function singular(w: string): string {
  return w.replace(/ies$/, "y").replace(/(?<!s)s$/, "");
}

/** Whether our speaker name and the annotated one name the same source (see the rule above). */
export function sameSpeaker(ours: string | null, gold: string): boolean {
  if (!ours) return false;
  const a = words(ours);
  const b = words(gold);
  if (a.length === 0 || b.length === 0) return false;
  if (singular(a[a.length - 1] ?? "") === singular(b[b.length - 1] ?? "")) return true;
  const sa = new Set(a);
  const sb = new Set(b);
  return a.every((w) => sb.has(w)) || b.every((w) => sa.has(w));
}
