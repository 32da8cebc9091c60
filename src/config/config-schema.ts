import { z } from "zod";
import { isTimeZone } from "../app/policy/time-zone.js";

/** "HH:MM", 24-hour clock. */
export const localTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a 24-hour time such as 08:00");

export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, "must be an IANA time zone such as Europe/Berlin or America/New_York");

const limitsSchema = z.strictObject({
  quotesPerAnswer: z.number().int().min(1).max(25).default(5),
  cardsPerBriefing: z.number().int().min(1).max(50).default(10),
  catchUpMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(60),
});

// A tick period must divide the minute (node-cron's seconds field); see app/timers/tick-every.ts.
const tickSeconds = z.coerce
  .number()
  .int("must be a whole number of seconds")
  .refine(
    (n) => n >= 1 && n <= 30 && 60 % n === 0,
    "must divide a minute: 1, 2, 3, 5, 10, 15 or 30",
  );
const leaseSeconds = z.coerce
  .number()
  .int("must be a whole number of seconds")
  .min(2, "must be at least 2")
  .max(3600, "must be at most 3600");

/** How the briefing scheduler runs: how often it looks for due briefings, how long a claim lives. */
const schedulerSchema = z.strictObject({
  tickSeconds: tickSeconds.default(30),
  /** A run not renewed for this long (its instance died) is taken over by another instance. */
  leaseSeconds: leaseSeconds.default(120),
});

/** The non-secret settings in config/briefbot.json; every key has a default. */
export const settingsSchema = z.strictObject({
  timezone: timeZoneSchema.default("UTC"),
  briefingTime: localTimeSchema.default("08:00"),
  briefsDir: z.string().min(1).default("briefs"),
  db: z.string().min(1).default("data/briefbot.db"),
  // Folders are not listed here: the one briefs folder is `briefsDir` (only it is scanned).
  sources: z
    .array(
      z.url({
        protocol: /^https?$/,
        error: "must be an http(s) feed URL (the briefs folder is set by briefsDir)",
      }),
    )
    .default([]),
  limits: limitsSchema.default({ quotesPerAnswer: 5, cardsPerBriefing: 10, catchUpMinutes: 60 }),
  scheduler: schedulerSchema.default({ tickSeconds: 30, leaseSeconds: 120 }),
});
export type Settings = z.infer<typeof settingsSchema>;

const port = z.coerce
  .number()
  .int()
  .min(1, "must be a port number 1-65535")
  .max(65535, "must be a port number 1-65535");
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const secret = z.string().min(1);

// Discord requires sharding from 2,500 servers and caps a bot at many thousands of shards.
const maxShards = 100_000;
const shardCount = z
  .string()
  .trim()
  .regex(/^(auto|\d+)$/, { error: "must be a whole number of shards, or auto" })
  .transform((text) => (text === "auto" ? ("auto" as const) : Number(text)))
  .pipe(
    z.union([
      z.literal("auto"),
      z
        .number()
        .min(1, "must be at least 1 (or auto)")
        .max(maxShards, `must be at most ${maxShards}`),
    ]),
  );
/** "auto" (every shard), or shard ids as a list and ranges: "0,1", "4-7", "0,2-3". */
const shardIds = z
  .string()
  .trim()
  .regex(/^(auto|\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*)$/, {
    error: 'must be "auto" or shard ids such as 0,1 or 0-3',
  })
  .transform((text) => (text === "auto" ? ("auto" as const) : parseShardIds(text)));

function parseShardIds(text: string): number[] {
  const ids = new Set<number>();
  for (const part of text.split(",")) {
    const [from = 0, to = from] = part.split("-").map((bound) => Number(bound.trim()));
    for (let id = Math.min(from, to); id <= Math.max(from, to) && ids.size <= maxShards; id++)
      ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** Environment variables, by their own names so that errors name the variable. */
export const envSchema = z.object({
  BRIEFBOT_DB: z.string().min(1).optional(),
  BRIEFBOT_BRIEFS_DIR: z.string().min(1).optional(),
  BRIEFBOT_TIMEZONE: timeZoneSchema.optional(),
  BRIEFBOT_BRIEFING_TIME: localTimeSchema.optional(),
  BRIEFBOT_TICK_SECONDS: tickSeconds.optional(),
  BRIEFBOT_LEASE_SECONDS: leaseSeconds.optional(),
  /** PostgreSQL instead of the SQLite file: postgres://user@host:5432/db. */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" })
    .optional(),
  DISCORD_TOKEN: secret.optional(),
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d{5,25}$/, "must be a numeric Discord id")
    .optional(),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "must be 64 hex characters")
    .optional(),
  DISCORD_INTERACTIONS_PORT: port.optional(),
  DISCORD_API_URL: httpUrl.optional(),
  DISCORD_SHARD_COUNT: shardCount.optional(),
  DISCORD_SHARDS: shardIds.optional(),
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", "must start with xoxb-").optional(),
  SLACK_SIGNING_SECRET: secret.optional(),
  SLACK_APP_TOKEN: z.string().startsWith("xapp-", "must start with xapp-").optional(),
  PORT: port.optional(),
  SLACK_API_URL: httpUrl.optional(),
  SLACK_CLIENT_ID: secret.optional(),
  SLACK_CLIENT_SECRET: secret.optional(),
  SLACK_STATE_SECRET: secret.optional(),
  SLACK_ADMIN_USER_IDS: z.string().optional(),
});
export type EnvValues = z.infer<typeof envSchema>;
