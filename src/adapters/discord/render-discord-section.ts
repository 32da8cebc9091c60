import type { Block, Field, Section } from "../../app/reply.js";
import { discordLimits, embedCharacters, type DiscordEmbed } from "./discord-limits.js";
import { renderDiscordPlain, renderDiscordText } from "./escape-discord-text.js";
import { splitText, truncateText } from "../../app/render/split-text.js";

const placeholder = "\u200b";
// Runs share one 6000-character budget, so a few of them stay well within 10 embeds a message.
const MAX_RUNS = 4;

/**
 * Renders one section (a card) as the embeds of a single message: a section is never split
 * across messages, so it is shortened at a word boundary to fit Discord's 6000-character total.
 * Blocks keep their order: Discord shows an embed's fields under its description, so text that
 * follows fields (quotes after a card's disagreement) starts the next embed.
 */
export function renderDiscordSection(section: Section): DiscordEmbed[] {
  const title = section.title
    ? truncateText(renderDiscordText(section.title), discordLimits.title)
    : undefined;
  const footer = section.footer
    ? truncateText(renderDiscordPlain(section.footer), discordLimits.footer)
    : undefined;
  const fixed = (title?.length ?? 0) + (footer?.length ?? 0);
  let fieldRoom = discordLimits.embedTotal - fixed - 200;
  const parts = runs(section.blocks).map((blocks) => {
    const fields = fitFields(blocks, fieldRoom);
    fieldRoom -= fieldCharacters(fields);
    return { text: renderBlocks(blocks), fields };
  });
  let room =
    discordLimits.embedTotal - fixed - parts.reduce((sum, p) => sum + fieldCharacters(p.fields), 0);
  const embeds = parts.flatMap(({ text, fields }) => {
    const description = text && room > 0 ? truncateText(text, room) : "";
    room -= description.length;
    const run: DiscordEmbed[] = splitText(description, discordLimits.description)
      .filter((piece) => piece.length > 0)
      .map((piece) => ({ description: piece }));
    if (fields.length > 0) {
      if (run.length === 0) run.push({});
      (run[run.length - 1] as DiscordEmbed).fields = fields;
    }
    return run;
  });
  if (embeds.length === 0) embeds.push({});
  const first = embeds[0] as DiscordEmbed;
  if (title) first.title = title;
  if (title && section.url && /^https?:\/\//i.test(section.url)) first.url = section.url;
  const last = embeds[embeds.length - 1] as DiscordEmbed;
  if (footer) last.footer = { text: footer };
  if (embedCharacters(first) === 0 && embeds.length === 1) first.description = placeholder;
  return embeds;
}

/**
 * The blocks cut after each run of fields; past a few runs the rest stay together, so a section
 * always fits one message's embeds.
 */
function runs(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [[]];
  for (const block of blocks) {
    const current = out[out.length - 1] as Block[];
    const afterFields = current.at(-1)?.type === "fields" && block.type !== "fields";
    if (afterFields && out.length < MAX_RUNS) out.push([block]);
    else current.push(block);
  }
  return out;
}

const fieldCharacters = (fields: readonly { name: string; value: string }[]) =>
  fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);

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
