import type { Block, Reply, Section } from "../../app/reply.js";
import { wrapText } from "../../core/card/wrap-text.js";
import { stripTerminalControls } from "../../core/text/strip-terminal-controls.js";

/**
 * A reply as plain text for a terminal or a pipe: one block per paragraph, quotes indented;
 * wrapped to `width` columns when the window's width is known (a pipe gets lines unbroken).
 */
export function renderTerminalReply(reply: Reply, width?: number): string {
  const body = reply.sections.map(renderSection).filter(Boolean).join("\n\n");
  // The summary line leads, unless a paragraph already says exactly that.
  const repeated = reply.sections.some((s) =>
    s.blocks.some((b) => b.type === "paragraph" && b.text === reply.text),
  );
  const text = stripTerminalControls([repeated ? "" : reply.text, body].filter(Boolean).join("\n"));
  return `${width ? wrapLines(text, width) : text}\n`;
}

/** Wraps each long line under its own indent ("  • " and "    — " lead-ins hang). */
function wrapLines(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => {
      if (line.length <= width) return line;
      const lead = /^\s*(?:[•—] )?/.exec(line)?.[0] ?? "";
      return wrapText(line.slice(lead.length), width, " ".repeat(lead.length), lead);
    })
    .join("\n");
}

function renderSection(section: Section): string {
  const lines: string[] = [];
  if (section.title)
    lines.push(section.url ? `## ${section.title} <${section.url}>` : `## ${section.title}`);
  for (const block of section.blocks) lines.push(renderBlock(block));
  if (section.footer) lines.push(`   (${section.footer})`);
  return lines.join("\n");
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return block.text;
    case "quote":
      // Reported speech is the article's paraphrase: never dress it in quotation marks.
      return block.kind === "direct"
        ? `  “${block.text}”\n    — ${block.attribution}`
        : `  ${block.text}\n    — ${block.attribution}`;
    case "fields":
      return block.fields.map((field) => `  ${field.name}: ${field.value}`).join("\n");
    case "list":
      return block.items.map((item) => `  • ${item}`).join("\n");
  }
}
