import { DiscordAPIError, HTTPError } from "discord.js";

export interface DiscordFailure {
  /** Retrying cannot help (channel gone, bot removed, payload refused): stop and say why. */
  permanent: boolean;
  reason: string;
  status?: number;
}

/** The one place that turns a REST failure into a sentence for logs and `/briefing status`. */
export function describeDiscordFailure(error: unknown): DiscordFailure {
  if (error instanceof DiscordAPIError) return describeApiError(error);
  if (error instanceof HTTPError) {
    return {
      permanent: false,
      status: error.status,
      reason: `Discord is having trouble (HTTP ${error.status}); will try again later.`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    permanent: false,
    reason: `Could not reach Discord (${message}); will try again later.`,
  };
}

function describeApiError(error: DiscordAPIError): DiscordFailure {
  const status = error.status;
  if (status === 404) {
    return {
      permanent: true,
      status,
      reason: `The channel is gone or the bot cannot see it (Discord: ${error.message}).`,
    };
  }
  if (status === 403) {
    return {
      permanent: true,
      status,
      reason: `briefbot may not post in this channel (Discord: ${error.message}).`,
    };
  }
  if (status === 401) {
    return {
      permanent: false,
      status,
      reason: "Discord refused the bot token; check DISCORD_TOKEN.",
    };
  }
  // Any other 4xx repeats identically on retry: do not feed Discord's invalid-request limit.
  return {
    permanent: true,
    status,
    reason: `Discord refused the message (${status}: ${error.message}).`,
  };
}
