import { BriefbotError } from "../../app/briefbot-error.js";

/** Real faults of the Discord adapter (bad token, refused intents, bad configuration). */
export class DiscordAdapterError extends BriefbotError<
  "bad_config" | "login_failed" | "server_failed"
> {}
