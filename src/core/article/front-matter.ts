/** Metadata read from a leading `---` block, and where the body starts after it. */
export interface FrontMatter {
  fields: Record<string, string>;
  /** Offset of the first character after the closing `---` line (0 when there is no block). */
  bodyStart: number;
}

const blockPattern = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const linePattern = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;

/**
 * Reads simple YAML-style front matter (`key: value` lines). Only flat scalar keys are kept:
 * the engine needs `title`, `date`, `url` and `source`, nothing nested.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const match = blockPattern.exec(text);
  if (!match || match[1] === undefined) return { fields: {}, bodyStart: 0 };
  const fields: Record<string, string> = {};
  for (const line of match[1].split(/\r?\n/)) {
    const pair = linePattern.exec(line.trim());
    if (!pair?.[1] || pair[2] === undefined) continue;
    const value = unquote(pair[2].trim());
    if (value) fields[pair[1].toLowerCase()] = value;
  }
  return { fields, bodyStart: match[0].length };
}

function unquote(value: string): string {
  const first = value[0];
  if ((first === '"' || first === "'") && value.endsWith(first) && value.length >= 2)
    return value.slice(1, -1);
  return value;
}
