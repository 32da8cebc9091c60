import type { webApi } from "@slack/bolt";
import type { ChatService } from "../../app/chat-service.js";
import type { Logger } from "../../app/ports/logger.js";
import type { Reply } from "../../app/reply.js";
import type { PermissionCheck } from "./create-permission-check.js";
import type { EventDedup } from "../../app/ports/event-dedup.js";

/** Web API clients for one bot token: `calls` may retry (reads), `posts` never re-sends. */
export interface SlackClients {
  calls: webApi.WebClient;
  posts: webApi.WebClient;
}

/** What the command and mention handlers share. */
export interface SlackHandlerDeps {
  chat: ChatService;
  logger: Logger;
  /** Event ids already answered (retries and double deliveries are answered once). */
  events: EventDedup;
  canManage: PermissionCheck;
  clients(botToken: string): SlackClients;
  /** How long a command may take and still be answered in the ack itself (Slack allows 3 s). */
  ackWindowMs: number;
}

/** The short sentence a user sees when something failed; details go to the log only. */
export const failureReply = (what: string): Reply => ({
  text: `Sorry, briefbot could not answer ${what} just now. Please try again in a minute.`,
  sections: [],
  ephemeral: true,
});
