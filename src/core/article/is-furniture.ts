/**
 * Page furniture: lines that came with the page, not the story. They stay in the text (offsets
 * never move) but are left out of paragraphs and sentences, so no quote or next step comes from
 * a caption or a credit line.
 */
// "… REUTERS/Pool", "AP Photo/Jane Doe": at most a few words after the slash, then the line ends.
const photoCredit =
  /\b(?:REUTERS|AP Photo|AFP|EPA|Getty Images|XINHUA|Reuters Photo)\s*\/\s*[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s*$/;
// A caption names people with their position in the photo: "Rice (C), Gates (L)"; "(R)" alone
// is also a US party label ("Gov. Pat McCrory (R)"), so a caption must also end with a date.
const photoPositionPattern = /\((?:C|L|R|L-R|R-L|top|bottom|left|right|center|centre|front|back)\)/;
const endsWithDate = /\b(?:19|20)\d\d\.?$/;

const furniturePatterns: readonly RegExp[] = [
  photoCredit,
  /^(?:Photo|Picture|Image|Credit|Photograph)s?\s*:/i,
  /^(?:Related (?:Coverage|Stories|Articles|Topics|Links)|Read more|More on this story|Advertisement|Share this(?: article)?|Click here\b.*)\s*$/i,
  /^Slideshow\s*\(\s*\d+\s+images?\s*\)\s*$/i,
  /^By [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? (?:Reuters|AP|AFP|BBC)[\w ]*)?$/,
  /^!\[[^\]]*\]\([^)]*\)\s*$/, // Markdown image on its own line
  /^#{1,6}\s/, // Markdown heading: a section title, not a statement
  /^(?:[-*_]\s*){3,}$/, // Markdown horizontal rule
  /^(?:Copyright|©|\(c\) ?\d{4})/i,
];

// Credit lines: "Additional reporting by Guy Faulconbridge", "Reporting by A; Editing by B".
const creditPattern =
  /^\(?\s*(?:additional |further )?(?:reporting|writing|editing|compiled) by\b/i;
// A credit names people; any other lower-case word means a sentence ("Reporting by the BBC showed …").
const creditWords =
  /^(?:by|and|in|with|from|additional|further|reporting|writing|editing|compiled|de|van|von|al)$/i;

function isCredit(line: string): boolean {
  if (!creditPattern.test(line) || line.length > 200) return false;
  return line
    .split(/[\s,;/()]+/)
    .filter((w) => /^[a-z]/.test(w))
    .every((w) => creditWords.test(w));
}

/** True when a whole line (trimmed) is page furniture rather than article prose. */
export function isFurniture(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "") return true;
  if (isCredit(trimmed)) return true;
  if (
    photoPositionPattern.test(trimmed) &&
    endsWithDate.test(trimmed) &&
    !/["\u201c]/.test(trimmed)
  )
    return true;
  return furniturePatterns.some((pattern) => pattern.test(trimmed));
}
