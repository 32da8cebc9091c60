import type { ChatCommandName } from "../chat-request.js";
import type { ChatIntent } from "./chat-intent.js";
import { unquote } from "./clean-input.js";
import { parseCommand, quotesIntent } from "./parse-command.js";

const COMMANDS: readonly string[] = ["brief", "who-said", "quotes", "briefing", "help"];

// The pieces people type around a name and a topic.
const SAY = String.raw`(?:say|said|says|saying|think|thinks|thought|tell|told|claim|claimed|mean|meant|comment|commented)`;
const TOPIC = String.raw`(?:\s+(?:about|on|of|over|regarding|concerning|re)\s+(.+))?`;
const REMARKS = String.raw`(?:quotes?|views?|comments?|remarks?|words|statements?|position|stance|take|opinions?)`;
const NEWS = String.raw`(?:news|anything|something|info|information|updates?|more|the\s+latest|latest|the\s+story)`;

// Each pattern reads one English question shape; the first that matches wins.
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => ChatIntent]> = [
  // "what did Blair say about Iraq", "what has Brown been saying on tax", "what's Howard said"
  [
    new RegExp(
      String.raw`^(?:so\s+)?wh?at(?:'s|’s|\s+(?:did|does|do|has|have|had|is|was|were|will|would))\s+(.+?)\s+(?:(?:been|got|had|have|ever|actually|really|just)\s+)*(?:to\s+)?${SAY}(?:\s+anything)?${TOPIC}$`,
      "i",
    ),
    (m) => quotesFrom(m[1], m[2]),
  ],
  // "did Blunkett say anything about ID cards", "has Brown said anything on tax"
  [
    new RegExp(
      String.raw`^(?:did|does|has|have|had|is)\s+(.+?)\s+(?:(?:ever|been|actually|really)\s+)*${SAY}\s+(?:anything|something|much)${TOPIC}$`,
      "i",
    ),
    (m) => quotesFrom(m[1], m[2]),
  ],
  // "what Blair said about Iraq", "how does Kennedy feel about the war"
  [
    new RegExp(String.raw`^(?:what|how)\s+(.+?)\s+(?:said|says|thinks|feels)${TOPIC}$`, "i"),
    (m) => quotesFrom(m[1], m[2]),
  ],
  [
    new RegExp(String.raw`^how\s+(?:does|did|do)\s+(.+?)\s+(?:feel|think)${TOPIC}$`, "i"),
    (m) => quotesFrom(m[1], m[2]),
  ],
  [
    /^who\s+(?:said|says|told|wrote)\s+(.+)$/i,
    (m) => ({ kind: "who-said", phrase: unquote(m[1] ?? "") }),
  ],
  [
    /^(?:who\s+(?:is|was|are|were)|who's|who’s|whos)\s+(.+)$/i,
    (m) => ({ kind: "who-is", person: unquote(m[1] ?? "") }),
  ],
  // "quotes from Blair on Iraq", "any comments by Brown", "show me quotes from Howard"
  [
    new RegExp(
      String.raw`^(?:(?:show|give|get|find)\s+(?:me\s+)?)?(?:any\s+|the\s+|some\s+)?${REMARKS}\s+(?:from|by)\s+(.+)$`,
      "i",
    ),
    (m) => quotesIntent(m[1] ?? ""),
  ],
  // "Blair's views on Iraq", "Blair quotes about Iraq"
  [
    new RegExp(
      String.raw`^(?!(?:what|who|how|is|are|any|tell|show|give|find)\b)(.+?)(?:'s|’s|s'|’)?\s+${REMARKS}${TOPIC}$`,
      "i",
    ),
    (m) => quotesFrom(m[1], m[2]),
  ],
  [
    /^(?:what's|what’s|what\s+is|whats|anything|any)\s+new$|^(?:news|latest|updates?|headlines)$/i,
    () => ({ kind: "whats-new" }),
  ],
  [
    /^(?:brief\s+me|briefing|brief)(?:\s+(?:on|about)\s+(.+))?$/i,
    (m) => ({ kind: "brief", query: m[1] ?? "" }),
  ],
  // "tell me about X", "any news on X", "what happened with Yukos", "what's the latest on Iraq"
  [
    new RegExp(
      String.raw`^(?:(?:can|could|would)\s+you\s+)?(?:tell|show|give)\s+me\s+(?:(?:more|something|anything|everything)\s+)?(?:about|on)\s+(.+)$`,
      "i",
    ),
    (m) => about(m[1]),
  ],
  [
    new RegExp(
      String.raw`^(?:(?:is|are)\s+there\s+)?(?:any|some)?\s*${NEWS}\s+(?:new\s+)?(?:on|about|for|with|regarding|re)\s+(.+)$`,
      "i",
    ),
    (m) => about(m[1]),
  ],
  [
    new RegExp(
      String.raw`^(?:what(?:'s|’s|\s+is|\s+was|\s+has)?|whats)\s+(?:the\s+latest|latest|new|happening|happened|going\s+on|up|the\s+news|the\s+story)\s+(?:on|with|about|to|at|in|for|regarding)\s+(.+)$`,
      "i",
    ),
    (m) => about(m[1]),
  ],
  [
    /^(?:what\s+(?:about|of)|how\s+about|what\s+do\s+you\s+know\s+about|what\s+is|what's|what’s|whats)\s+(.+)$/i,
    (m) => about(m[1]),
  ],
  [
    /^(?:search(?:\s+for)?|find|look\s+up|articles?\s+(?:about|on)|stories\s+(?:about|on))\s+(.+)$/i,
    (m) => about(m[1]),
  ],
  [/^(?:help|what\s+can\s+you\s+do|commands|how\s+does\s+this\s+work)$/i, () => ({ kind: "help" })],
];

/** A free-form question (bot mention already removed, input cleaned) → intent. No model, no network. */
export function parseMention(text: string): ChatIntent {
  const question = text
    .replace(/^(?:(?:hey|hi|hello|ok|okay|so|and|um|yo)\b[,!]?\s*)+/i, "")
    .replace(/^(?:please|pls|briefbot)[,:]?\s+/i, "")
    .replace(/(?:\s+please|[\s?!.,]+)+$/iu, "");
  if (question === "") return { kind: "empty" };
  if (question.startsWith("/")) return slashInMention(question);
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(question);
    if (match) {
      const intent = build(match);
      return namesNoOne(intent) ? { kind: "unparsed", text: question } : intent;
    }
  }
  return isMostlyNonLatin(question) ? { kind: "foreign" } : { kind: "unparsed", text: question };
}

// Words that point at someone without naming them: "what do you think", "anything for me".
const POINTER =
  /^(?:i|me|my|myself|you|your|yourself|we|us|our|it|its|this|that|these|those|they|them|their|he|him|his|she|her|someone|anyone|everyone|somebody|anybody|everybody|something|anything|everything|nothing|one)$/i;

/**
 * A question shape whose person or subject is only pointing words asks about no one: it is read
 * as a whole (its closest reading) instead of answered as "no quotes from “you”".
 */
function namesNoOne(intent: ChatIntent): boolean {
  const subject =
    intent.kind === "quotes" || intent.kind === "who-is"
      ? intent.person
      : intent.kind === "about"
        ? intent.subject
        : null;
  if (subject === null) return false;
  const words = subject.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => POINTER.test(word.replace(/[^\p{L}]/gu, "")));
}

function quotesFrom(person: string | undefined, topic: string | undefined): ChatIntent {
  const who = person ?? "";
  return quotesIntent(topic ? `${who} about ${topic}` : who);
}

function about(subject: string | undefined): ChatIntent {
  return { kind: "about", subject: unquote(subject ?? "") };
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
