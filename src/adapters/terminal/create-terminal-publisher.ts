import type { Publisher } from "../../app/publisher.js";
import { renderTerminalReply } from "./render-terminal-reply.js";
import { terminalWidth } from "./terminal-width.js";

/** Scheduled briefings in local mode: printed to the terminal between answers. */
export function createTerminalPublisher(output: NodeJS.WritableStream): Publisher {
  return {
    async publish(_channel, reply) {
      output.write(`${renderTerminalReply(reply, terminalWidth(output))}\n`);
      return { ok: true };
    },
  };
}
