import { BriefbotError } from "../../app/briefbot-error.js";

/** A real fault in the Slack adapter (bad options, Slack refusing our token), with its cause. */
export class SlackAdapterError extends BriefbotError<
  "invalid-config" | "auth-failed" | "wrong-team"
> {}
