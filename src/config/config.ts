import type { Settings } from "./config-schema.js";

/** Discord settings, present only when DISCORD_TOKEN is set. */
export interface DiscordConfig {
  token: string;
  applicationId?: string;
  publicKey?: string;
  interactionsPort?: number;
  apiUrl?: string;
  /** Shards across all instances (`DISCORD_SHARD_COUNT`): a number, or Discord's recommendation. */
  shardCount?: number | "auto";
  /** The shards this instance holds (`DISCORD_SHARDS`); all of them when unset. */
  shards?: number[] | "auto";
}

/** Slack settings, present only when SLACK_BOT_TOKEN (or OAuth client credentials) is set. */
export interface SlackConfig {
  botToken?: string;
  signingSecret?: string;
  appToken?: string;
  port: number;
  apiUrl?: string;
  clientId?: string;
  clientSecret?: string;
  stateSecret?: string;
  adminUserIds: string[];
}

/** Everything briefbot needs to start, validated. Only main and the commands build it. */
export interface Config extends Settings {
  /** Set (DATABASE_URL): everything lives in PostgreSQL; unset: the SQLite file `db`. */
  databaseUrl?: string;
  discord?: DiscordConfig;
  slack?: SlackConfig;
}

export interface ConfigIssue {
  /** The variable or file key at fault ("BRIEFBOT_TIMEZONE", "config/briefbot.json: limits.quotesPerAnswer"). */
  key: string;
  reason: string;
}

export type ConfigResult =
  | { ok: true; config: Config }
  | { ok: false; error: { code: "invalid-config"; message: string; issues: ConfigIssue[] } };
