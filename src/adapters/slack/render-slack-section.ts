import type { Block, Field, Section } from "../../app/reply.js";
import { escapeMrkdwn } from "./escape-slack-text.js";
import { type SlackBlock, slackLimits } from "./slack-limits.js";
import { splitText, truncateText } from "../../app/render/split-text.js";

/** Escaped length: what Slack counts once `&`, `<`, `>` become entities. */
export const escapedLength = (text: string): number => escapeMrkdwn(text).length;

/** A mrkdwn text object; `verbatim` keeps Slack from auto-linking names and URLs in it. */
export const mrkdwn = (text: string) => ({
  type: "mrkdwn" as const,
  text,
  verbatim: true as const,
});

// Room for the markup we wrap around escaped text (quote marks, bullets, bold).
const sectionRoom = slackLimits.sectionText - 20;

/** One section (card) as blocks, each within Slack's per-block limits; never empty. */
export function renderSectionBlocks(section: Section): {
  head: SlackBlock[];
  body: SlackBlock[];
  foot: SlackBlock[];
} {
  const head = section.title?.trim() ? [renderTitle(section.title, section.url)] : [];
  const body = section.blocks.flatMap(renderBlock);
  const foot = section.footer?.trim() ? [renderContext(section.footer)] : [];
  return { head, body, foot };
}

/** Small print as a context block. */
export function renderContext(text: string): SlackBlock {
  return {
    type: "context",
    elements: [
      mrkdwn(escapeMrkdwn(truncateText(text, slackLimits.contextText - 10, escapedLength))),
    ],
  };
}

function renderTitle(title: string, url: string | undefined): SlackBlock {
  const label = escapeMrkdwn(truncateText(title.trim(), slackLimits.headerText, escapedLength));
  const link = url !== undefined ? safeLinkTarget(url) : undefined;
  return { type: "section", text: mrkdwn(link ? `*<${link}|${label}>*` : `*${label}*`) };
}

/** Only http(s) URLs become links; `|` and `>` would end Slack's `<url|label>` early. */
function safeLinkTarget(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  return escapeMrkdwn(parsed.href.replace(/\|/g, "%7C"));
}

function renderBlock(block: Block): SlackBlock[] {
  switch (block.type) {
    case "paragraph":
      return textSections(block.text, (piece) => escapeMrkdwn(piece));
    case "quote":
      return renderQuote(block.text, block.attribution, block.kind === "direct");
    case "list":
      return renderList(block.items);
    case "fields":
      return renderFields(block.fields);
  }
}

function textSections(text: string, format: (piece: string) => string): SlackBlock[] {
  return splitText(text, sectionRoom, escapedLength).map((piece) => ({
    type: "section",
    text: mrkdwn(format(piece)),
  }));
}

function renderQuote(text: string, attribution: string, direct: boolean): SlackBlock[] {
  // One line per piece (a quote's line breaks carry no meaning in a card), leaving room for credit.
  const pieces = splitText(text.replace(/\s+/g, " ").trim(), sectionRoom - 320, escapedLength);
  const who = escapeMrkdwn(truncateText(attribution.trim(), 300, escapedLength));
  return pieces.map((piece, index) => {
    // Quotation marks only around a speaker's own words: reported speech must not look direct.
    const first = index === 0;
    const last = index === pieces.length - 1;
    const open = first ? (direct ? "“" : "") : "…";
    const close = last ? (direct ? "”" : "") : "…";
    const credit = index === pieces.length - 1 && who ? `\n> — ${who}` : "";
    return { type: "section", text: mrkdwn(`> ${open}${escapeMrkdwn(piece)}${close}${credit}`) };
  });
}

function renderList(items: string[]): SlackBlock[] {
  const lines = items
    .filter((item) => item.trim() !== "")
    .map(
      (item) =>
        `• ${escapeMrkdwn(truncateText(item.replace(/\s+/g, " ").trim(), sectionRoom - 4, escapedLength))}`,
    );
  const groups: string[] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (last !== undefined && last.length + 1 + line.length <= sectionRoom)
      groups[groups.length - 1] = `${last}\n${line}`;
    else groups.push(line);
  }
  return groups.map((group) => ({ type: "section", text: mrkdwn(group) }));
}

function renderFields(fields: Field[]): SlackBlock[] {
  const texts = fields.map(renderField).filter((text) => text !== "");
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < texts.length; i += slackLimits.fieldsPerSection) {
    blocks.push({
      type: "section",
      fields: texts.slice(i, i + slackLimits.fieldsPerSection).map(mrkdwn),
    });
  }
  return blocks;
}

function renderField(field: Field): string {
  const name = escapeMrkdwn(truncateText(field.name.trim(), 200, escapedLength));
  const value = escapeMrkdwn(
    truncateText(field.value.trim(), slackLimits.fieldText - 220, escapedLength),
  );
  if (!name) return value;
  return value ? `*${name}*\n${value}` : `*${name}*`;
}
