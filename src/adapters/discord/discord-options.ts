import { z } from "zod";

/** Discord's REST base; `DISCORD_API_URL` overrides it (tests point it at 127.0.0.1). */
export const defaultDiscordApiUrl = "https://discord.com/api";

/** Settings of the Discord adapter. The lead maps the environment onto them in `main.ts`. */
export const discordOptionsSchema = z.object({
  token: z.string().min(1, "is empty"),
  /** Optional: interactions carry it, and `discord:register` can ask Discord for it. */
  applicationId: z
    .string()
    .regex(/^\d{5,25}$/, "must be a numeric application ID")
    .optional(),
  /** Hex Ed25519 public key of the application: required in HTTP interactions mode. */
  publicKey: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "must be 64 hex characters")
    .optional(),
  /** When set, serve `POST /interactions` on this port and open no gateway connection. */
  interactionsPort: z.coerce.number().int().min(0).max(65535).optional(),
  /** Interface the interactions server binds to. */
  interactionsHost: z.string().min(1).default("0.0.0.0"),
  apiUrl: z.url().default(defaultDiscordApiUrl),
  /** Gateway shards across all instances; "auto" asks Discord (GET /gateway/bot). Default 1. */
  shardCount: z.union([z.literal("auto"), z.number().int().min(1)]).optional(),
  /** The shard ids this instance holds; all of `shardCount` when unset or "auto". */
  shards: z.union([z.literal("auto"), z.array(z.number().int().min(0)).min(1)]).optional(),
});

export type DiscordOptions = z.input<typeof discordOptionsSchema>;
export type ResolvedDiscordOptions = z.output<typeof discordOptionsSchema>;

/**
 * Reads `DISCORD_*` variables into options, reporting every bad key in one message and never
 * echoing a secret's value.
 */
export function readDiscordOptions(
  env: Record<string, string | undefined>,
):
  | { ok: true; options: ResolvedDiscordOptions }
  | { ok: false; error: { code: "invalid-config"; message: string } } {
  const parsed = discordOptionsSchema.safeParse({
    token: env.DISCORD_TOKEN || undefined,
    applicationId: env.DISCORD_APPLICATION_ID || undefined,
    publicKey: env.DISCORD_PUBLIC_KEY || undefined,
    interactionsPort: env.DISCORD_INTERACTIONS_PORT || undefined,
    interactionsHost: env.DISCORD_INTERACTIONS_HOST || undefined,
    apiUrl: env.DISCORD_API_URL || undefined,
  });
  if (parsed.success) return { ok: true, options: parsed.data };
  const keys: Record<string, string> = {
    token: "DISCORD_TOKEN",
    applicationId: "DISCORD_APPLICATION_ID",
    publicKey: "DISCORD_PUBLIC_KEY",
    interactionsPort: "DISCORD_INTERACTIONS_PORT",
    interactionsHost: "DISCORD_INTERACTIONS_HOST",
    apiUrl: "DISCORD_API_URL",
  };
  const lines = parsed.error.issues.map((issue) => {
    const key = keys[String(issue.path[0])] ?? String(issue.path[0]);
    return issue.code === "invalid_type" ? `${key} is missing` : `${key}: ${issue.message}`;
  });
  return { ok: false, error: { code: "invalid-config", message: lines.join("; ") } };
}
