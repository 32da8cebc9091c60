/** Word-wraps `text` to `width` columns, every line starting with `indent` (the first with `first`). */
export function wrapText(text: string, width: number, indent: string, first = indent): string {
  const lines: string[] = [];
  let line = first;
  let lineHasWord = false;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (lineHasWord && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      lineHasWord = false;
    }
    line += (lineHasWord ? " " : "") + word;
    lineHasWord = true;
  }
  lines.push(line);
  return lines.join("\n");
}
