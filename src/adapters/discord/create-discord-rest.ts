import { REST } from "discord.js";

/** Bounded: a 5xx is retried twice, then the caller decides (Discord counts every failure). */
export const discordRestRetries = 2;

/**
 * The one REST client of the adapter: every outgoing call goes to `apiUrl` (DISCORD_API_URL).
 * discord.js's REST waits out 429s (per-route buckets, `Retry-After`, the global limit) itself.
 */
export function createDiscordRest(options: {
  token: string;
  apiUrl: string;
  timeoutMs?: number;
}): REST {
  return new REST({
    api: options.apiUrl,
    version: "10",
    retries: discordRestRetries,
    timeout: options.timeoutMs ?? 10_000,
  }).setToken(options.token);
}
