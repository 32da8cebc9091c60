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

/** "Lavrov about Iran page 2" → { person: "Lavrov", about: "Iran", page: 2 }. */
export function quotesIntent(args: string): ChatIntent {
  const paged = /^(.*?)\s*\bpage\s+(\d{1,3})$/i.exec(args);
  const rest = paged ? (paged[1] ?? "") : args;
  const match = /^(.*?)\s+(?:about|on)\s+(.+)$/i.exec(rest);
  const person = unquote(match?.[1] ?? rest);
  const about = match?.[2] ? unquote(match[2]) : undefined;
  const page = paged ? Math.max(1, Number(paged[2])) : undefined;
  return { kind: "quotes", person, ...(about ? { about } : {}), ...(page ? { page } : {}) };
}
