/** A real fault in the Slack adapter (bad options, Slack refusing our token), with its cause. */
export class SlackAdapterError extends Error {
  override readonly name = "SlackAdapterError";
  constructor(
    readonly code: "bad_options" | "auth_failed" | "wrong_team",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
