import { z } from "zod";

interface CommandOption {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  options?: CommandOption[] | undefined;
}

const commandOptionSchema: z.ZodType<CommandOption> = z.lazy(() =>
  z.object({
    name: z.string(),
    type: z.number(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    options: z.array(commandOptionSchema).optional(),
  }),
);

const snowflake = z.string().regex(/^\d{1,25}$/);

/** The parts of an interaction payload briefbot reads; everything else passes through unread. */
export const discordInteractionSchema = z.object({
  id: snowflake,
  type: z.number().int(),
  token: z.string().min(1).max(1000),
  application_id: snowflake,
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  channel: z.object({ id: snowflake }).optional(),
  member: z
    .object({ user: z.object({ id: snowflake }), permissions: z.string().regex(/^\d+$/) })
    .optional(),
  user: z.object({ id: snowflake }).optional(),
  /** The bot's own permissions in the channel. */
  app_permissions: z.string().regex(/^\d+$/).optional(),
  data: z.object({ name: z.string(), options: z.array(commandOptionSchema).optional() }).optional(),
});

export type DiscordInteraction = z.infer<typeof discordInteractionSchema>;
export type DiscordCommandOption = CommandOption;
