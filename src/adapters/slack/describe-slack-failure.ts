import { webApi } from "@slack/bolt";

/** Slack errors that no retry will fix: the subscription pauses with the reason. */
const permanentErrors = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "account_inactive",
  "invalid_auth",
  "token_revoked",
  "restricted_action",
  // conversations.history without channels:history / groups:history: a post cannot be checked.
  "missing_scope",
]);

export interface SlackFailure {
  /** Retrying cannot help (channel gone, token revoked, scope missing): stop and say why. */
  permanent: boolean;
  reason: string;
}

/** The Retry-After of a 429, or undefined when the error is not one. */
export function slackRateLimitSeconds(error: unknown): number | undefined {
  const coded = error as { code?: string; retryAfter?: number };
  return coded.code === webApi.ErrorCode.RateLimitedError ? (coded.retryAfter ?? 1) : undefined;
}

/** The one place that turns a Web API failure into a reason for logs and `/briefing status`. */
export function describeSlackFailure(error: unknown): SlackFailure {
  const coded = error as { code?: string; data?: { error?: string }; message?: string };
  if (coded.code === webApi.ErrorCode.PlatformError && coded.data?.error) {
    const reason = coded.data.error;
    return { permanent: permanentErrors.has(reason), reason };
  }
  return { permanent: false, reason: coded.message ?? String(error) };
}
