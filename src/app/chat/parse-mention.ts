import type { ChatCommandName } from "../chat-request.js";
import type { ChatIntent } from "./chat-intent.js";
import { unquote } from "./clean-input.js";
import { parseCommand, quotesIntent } from "./parse-command.js";

const COMMANDS: readonly string[] = ["brief", "who-said", "quotes", "briefing", "help"];

// Each pattern reads one English question shape; the first that matches wins.
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => ChatIntent]> = [
  [
    /^(?:what|wh?at)\s+(?:did|does|has|have)\s+(.+?)\s+(?:say|said|says)(?:\s+(?:about|on)\s+(.+))?$/i,
    quotesFrom,
  ],
  [/^quotes?\s+(?:from|by)\s+(.+)$/i, (m) => quotesIntent(m[1] ?? "")],
  [
    /^who\s+(?:said|says|told)\s+(.+)$/i,
    (m) => ({ kind: "who-said", phrase: unquote(m[1] ?? "") }),
  ],
  [
    /^(?:who\s+is|who's|who\s+was|tell\s+me\s+about)\s+(.+)$/i,
    (m) => ({ kind: "who-is", person: unquote(m[1] ?? "") }),
  ],
  [
    /^(?:what's|what\s+is|whats|anything)\s+new$|^(?:news|latest|updates?)$/i,
    () => ({ kind: "whats-new" }),
  ],
  [
    /^(?:brief\s+me|briefing|brief)(?:\s+(?:on|about)\s+(.+))?$/i,
    (m) => ({ kind: "brief", query: m[1] ?? "" }),
  ],
  [/^(?:help|what\s+can\s+you\s+do|commands|how\s+does\s+this\s+work)$/i, () => ({ kind: "help" })],
];

/** A free-form question (bot mention already removed, input cleaned) → intent. No model, no network. */
export function parseMention(text: string): ChatIntent {
  const question = text
    .replace(/^(?:hey|hi|hello|ok|please)[,!]?\s+/i, "")
    .replace(/[\s?!.]+$/u, "")
    .replace(/^please\s+/i, "");
  if (question === "") return { kind: "empty" };
  if (question.startsWith("/")) return slashInMention(question);
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(question);
    if (match) return build(match);
  }
  return isMostlyNonLatin(question) ? { kind: "foreign" } : { kind: "unparsed" };
}

function quotesFrom(m: RegExpExecArray): ChatIntent {
  return quotesIntent(m[2] ? `${m[1] ?? ""} about ${m[2]}` : (m[1] ?? ""));
}

function slashInMention(text: string): ChatIntent {
  const [, name = "", args = ""] = /^\/(\S*)\s*(.*)$/s.exec(text) ?? [];
  const lower = name.toLowerCase();
  return COMMANDS.includes(lower)
    ? parseCommand(lower as ChatCommandName, args)
    : { kind: "unknown-command", name };
}

function isMostlyNonLatin(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = text.match(/\p{Script=Latin}/gu) ?? [];
  return letters.length > 0 && latin.length < letters.length / 2;
}
