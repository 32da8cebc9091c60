import type { ChatCommandName, ChatInput } from "../../app/chat-request.js";

const COMMANDS: readonly string[] = ["brief", "who-said", "quotes", "briefing", "help"];

/**
 * One typed line → chat input: "/who-said x" is a command; "@briefbot …" (or any other text) is a
 * mention, since everything typed in the terminal is addressed to the bot. Blank lines → null.
 * Unknown slash commands go through as mention text so the chat service answers them.
 */
export function parseTerminalLine(line: string): ChatInput | null {
  const text = line.trim();
  if (text === "") return null;
  const command = /^\/(\S+)(?:\s+([\s\S]*))?$/.exec(text);
  const name = command?.[1]?.toLowerCase();
  if (name && COMMANDS.includes(name))
    return { kind: "command", name: name as ChatCommandName, args: command?.[2] ?? "" };
  return { kind: "mention", text: text.replace(/^@?briefbot\b[:,]?\s*/i, "") };
}
