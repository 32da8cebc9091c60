const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Shortens `text` to at most `max` UTF-16 code units, ending with "…" when cut. Cuts only between
 * grapheme clusters, so a surrogate pair, an emoji sequence or a combining accent is never split.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const budget = Math.max(0, max - 1);
  let end = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    if (index + segment.length > budget) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end).trimEnd()}…`;
}
