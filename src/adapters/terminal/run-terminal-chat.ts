import { createInterface } from "node:readline";
import type { ChannelRef, Requester } from "../../app/chat-request.js";
import type { ChatService } from "../../app/chat-service.js";
import { parseTerminalLine } from "./parse-terminal-line.js";
import { renderTerminalReply } from "./render-terminal-reply.js";
import { terminalWidth } from "./terminal-width.js";

export interface TerminalChatOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  chat: ChatService;
  /** A person at a terminal gets a prompt; a pipe gets plain answers only. */
  interactive: boolean;
}

/** The terminal is one channel, and whoever sits at it manages it. */
export const TERMINAL_CHANNEL: ChannelRef = { platform: "terminal", channelId: "local" };
const TERMINAL_USER: Requester = { userId: "local", canManageChannel: true };

/** Answers each line from `input` in order until the input ends. */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
  const prompt = () => options.interactive && options.output.write("briefbot> ");
  if (options.interactive)
    options.output.write("Ask me anything about the archive, or /help. Ctrl-D quits.\n");
  prompt();
  for await (const line of lines) {
    const input = parseTerminalLine(line);
    if (input) {
      const reply = await options.chat.handle({
        channel: TERMINAL_CHANNEL,
        requester: TERMINAL_USER,
        input,
      });
      options.output.write(`${renderTerminalReply(reply, terminalWidth(options.output))}\n`);
    }
    prompt();
  }
  if (options.interactive) options.output.write("\n");
}
