import { setTimeout as sleep } from "node:timers/promises";
import type { ChatRequest } from "../../src/app/chat-request.js";
import type { ChatService } from "../../src/app/chat-service.js";
import type { Reply } from "../../src/app/reply.js";

/** Fixed answers keyed by what was asked, so tests can tell which request produced a reply. */
export function fixedReply(request: ChatRequest): Reply {
  const input = request.input;
  if (input.kind === "command" && input.name === "who-said") {
    return {
      text: `Sergei Lavrov said "${input.args}"`,
      sections: [
        {
          title: "Sergei Lavrov, Russian Foreign Minister",
          blocks: [
            {
              type: "quote",
              kind: "direct",
              text: `The talks ${input.args}`,
              attribution: "Sergei Lavrov",
            },
          ],
        },
      ],
    };
  }
  if (input.kind === "mention" && input.text === "help") {
    return {
      text: "briefbot can brief you, find who said what, and post morning briefings.",
      sections: [],
      ephemeral: true,
    };
  }
  if (input.kind === "mention") {
    return { text: `Putin on the INF treaty (asked: ${input.text})`, sections: [] };
  }
  return { text: `${input.name}: ${input.args}`, sections: [], ephemeral: input.name === "help" };
}

/** A ChatService with fixed replies that records requests; optionally slow or failing. */
export function createFixedChatService(
  options: { delayMs?: number; reply?: (r: ChatRequest) => Reply; fail?: boolean } = {},
) {
  const requests: ChatRequest[] = [];
  const state = { finished: 0 };
  const service: ChatService = {
    async handle(request) {
      requests.push(request);
      if (options.delayMs) await sleep(options.delayMs);
      state.finished += 1;
      if (options.fail) throw new Error("archive unavailable: SQLITE_BUSY at /secret/path");
      return (options.reply ?? fixedReply)(request);
    },
  };
  return { service, requests, state };
}

/** A Logger that keeps lines, so tests can check what was (not) logged. */
export function createMemoryLogger() {
  const lines: string[] = [];
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push(JSON.stringify({ level, message, ...fields }));
  return { lines, logger: { info: log("info"), warn: log("warn"), error: log("error") } };
}
