import type { Publisher } from "../../app/ports/publisher.js";
import { renderTerminalReply } from "./render-terminal-reply.js";
import { terminalWidth } from "./terminal-width.js";

/**
 * Scheduled briefings in local mode: printed to the terminal between answers, as one part.
 * A terminal keeps no history, so a part is never found posted: local mode is one process,
 * and an unclear failure cannot happen on a local stream.
 */
export function createTerminalPublisher(output: NodeJS.WritableStream): Publisher {
  return {
    partsOf: () => 1,
    async postPart(_channel, reply) {
      output.write(`${renderTerminalReply(reply, terminalWidth(output))}\n`);
      return { ok: true };
    },
    findPosted: async () => ({ ok: true, found: false }),
    async notify(_channel, _userId, text) {
      output.write(`${text}\n`);
      return true;
    },
  };
}
