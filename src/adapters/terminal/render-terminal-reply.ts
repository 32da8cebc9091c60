import type { Block, Reply, Section } from "../../app/reply.js";

// Article text could carry terminal escape sequences; a terminal shows text, never obeys it.
// eslint-disable-next-line no-control-regex -- removing control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** A reply as plain text for a terminal or a pipe: one block per paragraph, quotes indented. */
export function renderTerminalReply(reply: Reply): string {
  const body = reply.sections.map(renderSection).filter(Boolean).join("\n\n");
  // The summary line leads, unless a paragraph already says exactly that.
  const repeated = reply.sections.some((s) => s.blocks.some((b) => b.type === "paragraph" && b.text === reply.text));
  return `${safe([repeated ? "" : reply.text, body].filter(Boolean).join("\n"))}\n`;
}

function renderSection(section: Section): string {
  const lines: string[] = [];
  if (section.title) lines.push(section.url ? `## ${section.title} <${section.url}>` : `## ${section.title}`);
  for (const block of section.blocks) lines.push(renderBlock(block));
  if (section.footer) lines.push(`   (${section.footer})`);
  return lines.join("\n");
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return block.text;
    case "quote":
      return `  “${block.text}”\n    — ${block.attribution}`;
    case "fields":
      return block.fields.map((field) => `  ${field.name}: ${field.value}`).join("\n");
    case "list":
      return block.items.map((item) => `  • ${item}`).join("\n");
  }
}

function safe(text: string): string {
  return text.replace(CONTROL, (char) => (char === "\n" ? char : ""));
}
