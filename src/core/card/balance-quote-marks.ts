// Curly and guillemet pairs; a straight mark is its own pair and tells its side by its neighbours.
const CLOSER: Record<string, string> = { "“": "”", "„": "“", "«": "»" };
const OPENER: Record<string, string> = { "”": "“", "»": "«" };

/**
 * Quote text with every quotation mark it contains paired. A span of reported speech can start
 * or end inside words the speaker was quoted on (`a goal of "Peace Through Strength`, cut just
 * before the article's closing mark); shown as is, the lone mark reads as if the report itself
 * were a quotation. The missing partner is put where the article has it: a closing mark at the
 * end, an opening mark at the start. Apostrophes and single marks are left alone (in English
 * text they are mostly apostrophes), and so is a straight mark after a digit (inches).
 */
export function balanceQuoteMarks(text: string): string {
  const open: string[] = [];
  let leading = "";
  let straightOpen = false;
  let straightLeading = false;
  let seenStraight = false;
  for (let i = 0; i < text.length; i += 1) {
    const mark = text[i] ?? "";
    // After a digit a straight mark is inches (6'3"), not a quotation mark.
    if (mark === '"' && /\d/.test(text[i - 1] ?? "")) continue;
    if (mark === '"') {
      if (straightOpen) straightOpen = false;
      else if (opensHere(text, i)) straightOpen = true;
      // A closing mark before any opening one: the words began before the span did.
      else if (!seenStraight) straightLeading = true;
      seenStraight = true;
    } else if (mark === "“" && open.at(-1) === "„") open.pop();
    else if (CLOSER[mark] !== undefined) open.push(mark);
    else if (OPENER[mark] !== undefined) {
      if (open.length > 0) open.pop();
      else leading = `${OPENER[mark]}${leading}`;
    }
  }
  const closing = open
    .reverse()
    .map((mark) => CLOSER[mark] ?? "")
    .join("");
  return `${straightLeading ? '"' : ""}${leading}${text}${closing}${straightOpen ? '"' : ""}`;
}

// An opening straight mark starts the text or follows a space, bracket or dash; a word follows.
function opensHere(text: string, at: number): boolean {
  const before = at === 0 ? " " : (text[at - 1] ?? " ");
  const after = text[at + 1] ?? " ";
  return /[\s([{—–-]/u.test(before) && !/\s/u.test(after);
}
