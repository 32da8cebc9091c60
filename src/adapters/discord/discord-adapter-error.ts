import { BriefbotError } from "../../app/briefbot-error.js";

/** Real faults of the Discord adapter (bad token, refused intents, bad configuration). */
export class DiscordAdapterError extends BriefbotError<
  "invalid-config" | "login-failed" | "server-failed"
> {}
