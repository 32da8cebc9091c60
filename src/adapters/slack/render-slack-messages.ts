import type { Reply, Section } from "../../app/reply.js";
import { escapeMrkdwn } from "./escape-slack-text.js";
import {
  escapedLength,
  mrkdwn,
  renderContext,
  renderSectionBlocks,
} from "./render-slack-section.js";
import {
  blocksTextLength,
  type SlackBlock,
  type SlackMessage,
  slackLimits,
} from "./slack-limits.js";
import { truncateText } from "../../app/render/split-text.js";

const divider: SlackBlock = { type: "divider" };
const shortenedNotice = "This card was shortened to fit in one Slack message.";

/**
 * Renders a reply as Block Kit messages within Slack's limits. A section (card) is never split
 * across messages: sections are packed in order, and a card too big for any one message is
 * shortened with a note. Every string is escaped; every message has a plain `text` fallback.
 */
export function renderSlackMessages(reply: Reply): SlackMessage[] {
  const sections =
    reply.sections.length > 0
      ? reply.sections
      : [{ blocks: [{ type: "paragraph" as const, text: reply.text }] }];
  const packed: SlackBlock[][] = [];
  for (const blocks of sections.map(fitSection)) {
    if (blocks.length === 0) continue;
    const current = packed.at(-1);
    if (current && fits([...current, divider, ...blocks])) current.push(divider, ...blocks);
    else packed.push(blocks);
  }
  if (packed.length === 0)
    packed.push([{ type: "section", text: mrkdwn(escapeMrkdwn(fallbackOf(reply))) }]);
  return packed.map((blocks, index) => ({
    text: fallbackText(reply, index, packed.length),
    blocks,
  }));
}

function fits(blocks: SlackBlock[]): boolean {
  return (
    blocks.length <= slackLimits.blocksPerMessage &&
    blocksTextLength(blocks) <= slackLimits.messageText
  );
}

/** A section's blocks, shortened if even a message of its own could not hold them. */
function fitSection(section: Section): SlackBlock[] {
  const { head, body, foot } = renderSectionBlocks(section);
  const all = [...head, ...body, ...foot];
  if (fits(all)) return all;
  const notice = renderContext(shortenedNotice);
  const kept: SlackBlock[] = [];
  for (const block of body) {
    if (!fits([...head, ...kept, block, ...foot, notice])) break;
    kept.push(block);
  }
  return [...head, ...kept, ...foot, notice];
}

function fallbackOf(reply: Reply): string {
  return reply.text.trim() || "briefbot";
}

/** The plain fallback: the reply's one line, escaped, with "(2/3)" on continuations. */
function fallbackText(reply: Reply, index: number, count: number): string {
  const suffix = count > 1 ? ` (${index + 1}/${count})` : "";
  const line = truncateText(
    fallbackOf(reply).replace(/\s+/g, " "),
    slackLimits.fallbackText - 200,
    escapedLength,
  );
  return `${escapeMrkdwn(line)}${suffix}`;
}
