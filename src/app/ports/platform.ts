import type { ChatService } from "../chat-service.js";
import type { Archive } from "./archive.js";
import type { EventDedup } from "./event-dedup.js";
import type { InstallationStore } from "./installation-store.js";
import type { Logger } from "./logger.js";
import type { Publisher } from "./publisher.js";
import type { SubscriptionStore } from "./subscription-store.js";

/** What a platform adapter gets from the composition root. */
export interface PlatformDeps {
  /** Answers every command and mention: adapters turn events into ChatRequests and render the Reply. */
  chat: ChatService;
  logger: Logger;
  archive: Archive;
  /** For permission-independent reads such as a channel's subscription. */
  subscriptions: SubscriptionStore;
  /** Event ids already answered (Slack retries), shared by every instance on the database. */
  eventDedup: EventDedup;
  /** Workspace installations of a multi-workspace app (Slack OAuth). */
  installations: InstallationStore;
}

/**
 * The one adapter contract: every `start-<platform>.ts` resolves with this once it is listening.
 * Its publisher feeds the briefing scheduler; `stop` closes what the adapter opened.
 */
export interface RunningPlatform {
  publisher: Publisher;
  stop(): Promise<void>;
  /** The HTTP address bound, when the adapter serves HTTP (handy with port 0). */
  address?: { host: string; port: number };
}
