/** A word, number or punctuation mark with its offsets in the article text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True when the token starts with a capital letter. */
  cap: boolean;
  /** True for punctuation and quotation marks. */
  punct: boolean;
}

// Acronyms with stops (U.S., U.N.) stay whole; words keep inner apostrophes and hyphens.
// Capitals joined by "&" with no space ("S&P", "AT&T", "M&S") are one name, not two.
const TOKEN_RE =
  /\p{Lu}\p{L}*&\p{Lu}[\p{L}\p{N}]*(?:['’]s)?|(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}[\p{N},.:]*\p{N}|\p{N}|''|``|\S/gu;
const CAP_RE = /^\p{Lu}/u;
const WORD_RE = /^[\p{L}\p{N}]/u;

/** Splits `text.slice(start, end)` into tokens whose offsets index `text`. Linear, one regex. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, "gu");
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const word = m[0];
    tokens.push({
      text: word,
      start: m.index,
      end: m.index + word.length,
      cap: CAP_RE.test(word),
      punct: !WORD_RE.test(word),
    });
  }
  return tokens;
}
