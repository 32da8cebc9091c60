/**
 * The words of a phrase as the full-text index sees them: curly quotes and dashes folded,
 * diacritics removed, lower case, split on anything that is not a letter or digit.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Quotes a word for an FTS5 MATCH expression, so no word is read as an operator. */
export function ftsTerm(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

/**
 * Quotes a word for a PostgreSQL `to_tsquery` expression ('word'), so no word is read as an
 * operator; append `:*` for a prefix, `:A` for a weight.
 */
export function tsTerm(word: string): string {
  return `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
 * alignment), stopping early once it exceeds `max` (then returns max + 1).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}
