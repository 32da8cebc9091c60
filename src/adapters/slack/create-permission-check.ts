import type { webApi } from "@slack/bolt";
import type { Logger } from "../../app/ports/logger.js";
import { errorFields } from "../../app/error-fields.js";

/** Slack has no per-command permissions: admins, owners and the configured allowlist manage briefings. */
export type PermissionCheck = (client: webApi.WebClient, userId: string) => Promise<boolean>;

const cacheMs = 5 * 60 * 1000;

/** Asks `users.info` (cached for five minutes); a failed lookup grants nothing. */
export function createPermissionCheck(
  adminUserIds: readonly string[],
  logger: Logger,
): PermissionCheck {
  const cache = new Map<string, { allowed: boolean; at: number }>();
  return async (client, userId) => {
    if (adminUserIds.includes(userId)) return true;
    const hit = cache.get(userId);
    if (hit && Date.now() - hit.at < cacheMs) return hit.allowed;
    try {
      const { user } = await client.users.info({ user: userId });
      const allowed = Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
      cache.set(userId, { allowed, at: Date.now() });
      return allowed;
    } catch (error) {
      logger.warn("slack users.info failed; treating the user as not an admin", {
        userId,
        ...errorFields(error),
      });
      return false;
    }
  };
}
