/** What a command or a mention asks for, once parsed. */
export type ChatIntent =
  | { kind: "brief"; query: string }
  | { kind: "whats-new" }
  | { kind: "who-said"; phrase: string }
  /** `page` counts from 1. */
  | { kind: "quotes"; person: string; about?: string; page?: number }
  | { kind: "who-is"; person: string }
  | { kind: "briefing"; args: string }
  | { kind: "help" }
  /** Addressed to the bot with nothing but its name. */
  | { kind: "empty" }
  | { kind: "unknown-command"; name: string }
  /** Written mostly in a script other than Latin. */
  | { kind: "foreign" }
  | { kind: "unparsed" };
