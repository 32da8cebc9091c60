/** More text than this is not one article (the engine would grind on it). */
export const maxArticleTextChars = 500_000;
