import { z } from "zod";

/** Slack's Block Kit limits (docs.slack.dev; `msg_blocks_too_long` seen near 13.2k, bolt-js #2509). */
export const slackLimits = {
  blocksPerMessage: 50,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  /** Our budget for all text in one message's blocks, under where Slack starts refusing. */
  messageText: 12_000,
  fallbackText: 3000,
} as const;

const mrkdwnSchema = (max: number) =>
  z.object({
    type: z.literal("mrkdwn"),
    text: z.string().min(1).max(max),
    verbatim: z.literal(true),
  });

const sectionSchema = z
  .object({
    type: z.literal("section"),
    text: mrkdwnSchema(slackLimits.sectionText).optional(),
    fields: z
      .array(mrkdwnSchema(slackLimits.fieldText))
      .min(1)
      .max(slackLimits.fieldsPerSection)
      .optional(),
  })
  .refine(
    (block) => block.text !== undefined || block.fields !== undefined,
    "a section needs text or fields",
  );

const headerSchema = z.object({
  type: z.literal("header"),
  text: z.object({
    type: z.literal("plain_text"),
    text: z.string().min(1).max(slackLimits.headerText),
  }),
});

const contextSchema = z.object({
  type: z.literal("context"),
  elements: z.array(mrkdwnSchema(slackLimits.contextText)).min(1).max(slackLimits.contextElements),
});

const dividerSchema = z.object({ type: z.literal("divider") });

export const slackBlockSchema = z.union([
  sectionSchema,
  headerSchema,
  contextSchema,
  dividerSchema,
]);
export type SlackBlock = z.infer<typeof slackBlockSchema>;

/** One message as we send it: blocks within Slack's limits and a plain fallback `text`. */
export const slackMessageSchema = z
  .object({
    text: z.string().min(1).max(slackLimits.fallbackText),
    blocks: z.array(slackBlockSchema).min(1).max(slackLimits.blocksPerMessage),
  })
  .refine((message) => blocksTextLength(message.blocks) <= slackLimits.messageText, {
    message: `a message's blocks carry at most ${slackLimits.messageText} characters of text`,
  });
export type SlackMessage = z.infer<typeof slackMessageSchema>;

/** Total characters of text across blocks: what `msg_blocks_too_long` counts against. */
export function blocksTextLength(blocks: readonly SlackBlock[]): number {
  return blocks.reduce((sum, block) => sum + blockTextLength(block), 0);
}

function blockTextLength(block: SlackBlock): number {
  switch (block.type) {
    case "section":
      return (
        (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0)
      );
    case "header":
      return block.text.text.length;
    case "context":
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    case "divider":
      return 0;
  }
}
