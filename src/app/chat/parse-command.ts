import type { ChatCommandName } from "../chat-request.js";
import type { ChatIntent } from "./chat-intent.js";
import { unquote } from "./clean-input.js";

/** A slash command's cleaned arguments → intent. "/quotes Lavrov about Iran" splits at " about ". */
export function parseCommand(name: ChatCommandName, args: string): ChatIntent {
  switch (name) {
    case "brief":
      return { kind: "brief", query: args };
    case "who-said":
      return { kind: "who-said", phrase: unquote(args) };
    case "quotes":
      return quotesIntent(args);
    case "briefing":
      return { kind: "briefing", args };
    case "help":
      return { kind: "help" };
  }
}

/** "Lavrov about Iran" → { person: "Lavrov", about: "Iran" }. */
export function quotesIntent(args: string): ChatIntent {
  const match = /^(.*?)\s+(?:about|on)\s+(.+)$/i.exec(args);
  const person = unquote(match?.[1] ?? args);
  const about = match?.[2] ? unquote(match[2]) : undefined;
  return about ? { kind: "quotes", person, about } : { kind: "quotes", person };
}
