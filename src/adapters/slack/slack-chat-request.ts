import { isChatCommandName as isCommandName, type ChatInput } from "../../app/chat-request.js";
import { decodeSlackText } from "./decode-slack-text.js";

/**
 * Maps a slash command to chat input: `/brief`, `/who-said`, `/quotes`, `/briefing` as they are;
 * `/briefbot help` or `/briefbot who-said …` as that command; other `/briefbot` text is read like
 * a mention ("/briefbot what did Putin say?"); an unknown command name gets help.
 */
export function toChatInput(command: string, text: string): ChatInput {
  const name = command.replace(/^\//, "").toLowerCase();
  const args = decodeSlackText(text);
  if (isCommandName(name)) return { kind: "command", name, args };
  if (name !== "briefbot") return { kind: "command", name: "help", args: "" };
  const [first = "", ...rest] = args.split(/\s+/);
  const sub = first.toLowerCase().replace(/^\//, "");
  if (sub === "") return { kind: "command", name: "help", args: "" };
  if (isCommandName(sub)) return { kind: "command", name: sub, args: rest.join(" ") };
  return { kind: "mention", text: args };
}
