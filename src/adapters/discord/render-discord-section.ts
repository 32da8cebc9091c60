import type { Block, Field, Section } from "../../app/reply.js";
import { discordLimits, embedCharacters, type DiscordEmbed } from "./discord-limits.js";
import { renderDiscordPlain, renderDiscordText } from "./escape-discord-text.js";
import { splitText, truncateText } from "../../app/render/split-text.js";

const placeholder = "\u200b";

/**
 * Renders one section (a card) as the embeds of a single message: a section is never split
 * across messages, so it is shortened at a word boundary to fit Discord's 6000-character total.
 */
export function renderDiscordSection(section: Section): DiscordEmbed[] {
  const title = section.title
    ? truncateText(renderDiscordText(section.title), discordLimits.title)
    : undefined;
  const footer = section.footer
    ? truncateText(renderDiscordPlain(section.footer), discordLimits.footer)
    : undefined;
  const fixed = (title?.length ?? 0) + (footer?.length ?? 0);
  const fields = fitFields(section.blocks, discordLimits.embedTotal - fixed - 200);
  const used =
    fixed + fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  const text = renderBlocks(section.blocks);
  const description = text ? truncateText(text, discordLimits.embedTotal - used) : "";
  const embeds: DiscordEmbed[] = splitText(description, discordLimits.description)
    .filter((piece) => piece.length > 0)
    .map((piece) => ({ description: piece }));
  if (embeds.length === 0) embeds.push({});
  const first = embeds[0] as DiscordEmbed;
  if (title) first.title = title;
  if (title && section.url && /^https?:\/\//i.test(section.url)) first.url = section.url;
  const last = embeds[embeds.length - 1] as DiscordEmbed;
  if (fields.length > 0) last.fields = fields;
  if (footer) last.footer = { text: footer };
  if (embedCharacters(first) === 0 && embeds.length === 1) first.description = placeholder;
  return embeds;
}

function renderBlocks(blocks: Block[]): string {
  return blocks
    .map(renderBlock)
    .filter((text) => text.length > 0)
    .join("\n\n");
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return renderDiscordText(block.text);
    case "quote":
      // Quotation marks only around a speaker's own words: reported speech must not look direct.
      return `${quoteLines(renderDiscordText(block.kind === "direct" ? `“${block.text}”` : block.text))}\n— ${renderDiscordText(block.attribution)}`;
    case "list":
      return block.items.map((item) => `• ${renderDiscordText(item)}`).join("\n");
    case "fields":
      return "";
  }
}

function quoteLines(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

/** Keeps fields while they fit the budget and Discord's 25; the rest are dropped whole. */
function fitFields(blocks: Block[], budget: number): { name: string; value: string }[] {
  const all = blocks.flatMap((block) => (block.type === "fields" ? block.fields : []));
  const kept: { name: string; value: string }[] = [];
  let used = 0;
  for (const field of all.slice(0, discordLimits.fields)) {
    const rendered = renderField(field);
    if (used + rendered.name.length + rendered.value.length > budget) break;
    kept.push(rendered);
    used += rendered.name.length + rendered.value.length;
  }
  return kept;
}

function renderField(field: Field): { name: string; value: string } {
  const name = truncateText(renderDiscordText(field.name), discordLimits.fieldName);
  const value = truncateText(renderDiscordText(field.value), discordLimits.fieldValue);
  return { name: name || placeholder, value: value || placeholder };
}
