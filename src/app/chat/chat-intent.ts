/** What a command or a mention asks for, once parsed. */
export type ChatIntent =
  | { kind: "brief"; query: string }
  | { kind: "whats-new" }
  | { kind: "who-said"; phrase: string }
  /** `page` counts from 1. */
  | { kind: "quotes"; person: string; about?: string; page?: number }
  | { kind: "who-is"; person: string }
  /** "tell me about X", "any news on X": a person's profile if X is one, else articles about X. */
  | { kind: "about"; subject: string }
  | { kind: "briefing"; args: string }
  | { kind: "help" }
  /** Addressed to the bot with nothing but its name. */
  | { kind: "empty" }
  | { kind: "unknown-command"; name: string }
  /** Written mostly in a script other than Latin. */
  | { kind: "foreign" }
  /** No question shape matched: answered by its closest reading. */
  | { kind: "unparsed"; text: string };
