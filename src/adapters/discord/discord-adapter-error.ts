/** Real faults of the Discord adapter (bad token, refused intents, bad configuration). */
export class DiscordAdapterError extends Error {
  override readonly name = "DiscordAdapterError";

  constructor(
    readonly code: "bad_config" | "login_failed" | "server_failed",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
