import { z } from "zod";

/** Discord's documented message and embed limits (discord-api-docs, "Embed Limits"). */
export const discordLimits = {
  content: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
} as const;

const embedSchema = z.object({
  title: z.string().min(1).max(discordLimits.title).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  description: z.string().min(1).max(discordLimits.description).optional(),
  fields: z
    .array(
      z.object({
        name: z.string().min(1).max(discordLimits.fieldName),
        value: z.string().min(1).max(discordLimits.fieldValue),
        inline: z.boolean().optional(),
      }),
    )
    .max(discordLimits.fields)
    .optional(),
  footer: z.object({ text: z.string().min(1).max(discordLimits.footer) }).optional(),
  author: z.object({ name: z.string().min(1).max(discordLimits.author) }).optional(),
  color: z.number().int().optional(),
});

/** Characters Discord counts toward the 6000 across a message's embeds. */
export function embedCharacters(embed: z.infer<typeof embedSchema>): number {
  const fields = (embed.fields ?? []).reduce(
    (sum, field) => sum + field.name.length + field.value.length,
    0,
  );
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** One outgoing message: within every limit and never allowed to ping anyone. */
export const discordMessageSchema = z
  .object({
    content: z.string().min(1).max(discordLimits.content).optional(),
    embeds: z.array(embedSchema).max(discordLimits.embedsPerMessage),
    allowed_mentions: z.object({ parse: z.array(z.string()).length(0) }).strict(),
  })
  .refine(
    (message) => message.content !== undefined || message.embeds.length > 0,
    "a message needs content or embeds",
  )
  .refine(
    (message) =>
      message.embeds.reduce((sum, embed) => sum + embedCharacters(embed), 0) <=
      discordLimits.embedTotal,
    `embeds exceed ${discordLimits.embedTotal} characters in total`,
  );

export type DiscordEmbed = z.infer<typeof embedSchema>;
export type DiscordMessage = z.infer<typeof discordMessageSchema>;
