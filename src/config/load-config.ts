import type { z } from "zod";
import type { Config, ConfigIssue, ConfigResult, DiscordConfig, SlackConfig } from "./config.js";
import { envSchema, settingsSchema, type EnvValues, type Settings } from "./config-schema.js";

export const SETTINGS_FILE = "config/briefbot.json";

/** Raw contents of the config files, read by the caller (`undefined` = file absent). */
export interface ConfigFiles {
  [SETTINGS_FILE]?: string | undefined;
}

/**
 * Validates config/briefbot.json and the environment together and reports every bad key at once.
 * Messages name the key and the reason, never the value (it may be a secret).
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  files: ConfigFiles,
): ConfigResult {
  const issues: ConfigIssue[] = [];
  const settings = parseSettings(files[SETTINGS_FILE], issues);
  const present = withoutEmpty(env);
  const envParsed = envSchema.safeParse(present);
  if (!envParsed.success) issues.push(...toIssues(envParsed.error, ""));
  issues.push(...crossCheck(present));
  const values = envParsed.success ? envParsed.data : undefined;
  if (issues.length > 0 || !settings || !values) return failure(issues);
  return { ok: true, config: assemble(settings, values) };
}

function parseSettings(text: string | undefined, issues: ConfigIssue[]): Settings | undefined {
  let raw: unknown = {};
  if (text !== undefined) {
    try {
      raw = JSON.parse(text);
    } catch {
      issues.push({ key: SETTINGS_FILE, reason: "not valid JSON" });
      return undefined;
    }
  }
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  issues.push(...toIssues(parsed.error, `${SETTINGS_FILE}: `));
  return undefined;
}

// `KEY=` lines copied from .env.example mean "not set", not "set to nothing".
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => (entry[1] ?? "").trim() !== "",
    ),
  );
}

function toIssues(error: z.ZodError, prefix: string): ConfigIssue[] {
  return error.issues.flatMap((issue): ConfigIssue[] => {
    const path = issue.path.join(".");
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({
        key: SETTINGS_FILE,
        reason: `unknown setting "${path ? `${path}.` : ""}${key}"`,
      }));
    if (!path) return [{ key: SETTINGS_FILE, reason: "must be a JSON object of settings" }];
    return [{ key: `${prefix}${path}`, reason: describeIssue(issue) }];
  });
}

/** Our own words for a schema complaint; the schema's custom messages ("must be …") are ours already. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "too_small")
    return issue.origin === "number" ? `must be at least ${issue.minimum}` : "must not be empty";
  if (issue.code === "too_big") return `must be at most ${issue.maximum}`;
  if (issue.code === "invalid_type")
    return issue.expected === "int" ? "must be a whole number" : "has the wrong type";
  return /^(must|is) /.test(issue.message) ? issue.message : "is not valid";
}

// On the raw values, so that a missing companion is reported even when another value is bad.
function crossCheck(env: Record<string, string>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
    issues.push({ key: "DISCORD_APPLICATION_ID", reason: "is required when DISCORD_TOKEN is set" });
  }
  if (env.DISCORD_INTERACTIONS_PORT && !env.DISCORD_PUBLIC_KEY) {
    issues.push({
      key: "DISCORD_PUBLIC_KEY",
      reason: "is required when DISCORD_INTERACTIONS_PORT is set",
    });
  }
  issues.push(...checkShards(env));
  if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
    issues.push({
      key: "SLACK_SIGNING_SECRET",
      reason: "is required for Slack HTTP mode (no SLACK_APP_TOKEN)",
    });
  }
  return issues;
}

// A list of shard ids only means something against a known total, and must fit inside it.
function checkShards(env: Record<string, string>): ConfigIssue[] {
  const shards = env.DISCORD_SHARDS?.trim();
  if (!shards || shards === "auto") return [];
  const count = env.DISCORD_SHARD_COUNT?.trim();
  if (!count || count === "auto")
    return [
      {
        key: "DISCORD_SHARD_COUNT",
        reason: "must be a number when DISCORD_SHARDS lists shard ids",
      },
    ];
  const highest = Math.max(...(shards.match(/\d+/g) ?? []).map(Number));
  if (Number.isInteger(Number(count)) && highest >= Number(count))
    return [
      {
        key: "DISCORD_SHARDS",
        reason: `names shard ${highest}, but shard ids run from 0 to DISCORD_SHARD_COUNT - 1`,
      },
    ];
  return [];
}

function assemble(settings: Settings, env: EnvValues): Config {
  const config: Config = {
    ...settings,
    db: env.BRIEFBOT_DB ?? settings.db,
    briefsDir: env.BRIEFBOT_BRIEFS_DIR ?? settings.briefsDir,
    timezone: env.BRIEFBOT_TIMEZONE ?? settings.timezone,
    briefingTime: env.BRIEFBOT_BRIEFING_TIME ?? settings.briefingTime,
    scheduler: {
      tickSeconds: env.BRIEFBOT_TICK_SECONDS ?? settings.scheduler.tickSeconds,
      leaseSeconds: env.BRIEFBOT_LEASE_SECONDS ?? settings.scheduler.leaseSeconds,
    },
    ...optional("databaseUrl", env.DATABASE_URL),
  };
  const discord = discordConfig(env);
  const slack = slackConfig(env);
  return { ...config, ...(discord ? { discord } : {}), ...(slack ? { slack } : {}) };
}

function discordConfig(env: EnvValues): DiscordConfig | undefined {
  if (!env.DISCORD_TOKEN) return undefined;
  return {
    token: env.DISCORD_TOKEN,
    ...optional("applicationId", env.DISCORD_APPLICATION_ID),
    ...optional("publicKey", env.DISCORD_PUBLIC_KEY),
    ...optional("interactionsPort", env.DISCORD_INTERACTIONS_PORT),
    ...optional("apiUrl", env.DISCORD_API_URL),
    ...optional("shardCount", env.DISCORD_SHARD_COUNT),
    ...optional("shards", env.DISCORD_SHARDS),
  };
}

function slackConfig(env: EnvValues): SlackConfig | undefined {
  if (!env.SLACK_BOT_TOKEN && !(env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET)) return undefined;
  return {
    port: env.PORT ?? 3000,
    adminUserIds: (env.SLACK_ADMIN_USER_IDS ?? "")
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean),
    ...optional("botToken", env.SLACK_BOT_TOKEN),
    ...optional("signingSecret", env.SLACK_SIGNING_SECRET),
    ...optional("appToken", env.SLACK_APP_TOKEN),
    ...optional("apiUrl", env.SLACK_API_URL),
    ...optional("clientId", env.SLACK_CLIENT_ID),
    ...optional("clientSecret", env.SLACK_CLIENT_SECRET),
    ...optional("stateSecret", env.SLACK_STATE_SECRET),
  };
}

// exactOptionalPropertyTypes: leave a key out rather than set it to undefined.
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function failure(issues: ConfigIssue[]): ConfigResult {
  // "config/briefbot.json: unknown setting …", "PORT must be a port number 1-65535"
  const lines = issues.map(
    (issue) => `  - ${issue.key}${issue.key === SETTINGS_FILE ? ":" : ""} ${issue.reason}`,
  );
  return {
    ok: false,
    error: {
      code: "invalid-config",
      message: `briefbot: the configuration has problems:\n${lines.join("\n")}`,
      issues,
    },
  };
}
