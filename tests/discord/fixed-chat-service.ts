import type { ChatRequest } from "../../src/app/chat-request.js";
import type { ChatService } from "../../src/app/chat-service.js";
import type { Logger } from "../../src/app/ports/logger.js";
import type { Reply } from "../../src/app/reply.js";

/** A ChatService defined by the test: records each request and answers with a fixed reply. */
export function createFixedChatService(answer: (request: ChatRequest) => Reply | Promise<Reply>) {
  const requests: ChatRequest[] = [];
  const chat: ChatService = {
    async handle(request) {
      requests.push(request);
      return answer(request);
    },
  };
  return { chat, requests };
}

/** A logger that keeps lines for assertions (and proves no token is logged). */
export function createMemoryLogger() {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(fields ? { level, message, fields } : { level, message });
  };
  const logger: Logger = { info: log("info"), warn: log("warn"), error: log("error") };
  return { logger, lines };
}

/** Article text at its most hostile: pings, markup and invisible characters. */
export const hostileText =
  "@everyone @here <@&123> <@456> look at [bank](https://evil.example) \n# heading\n||spoiler|| a\u200Bb\u202Ec\u2066d";

export const hostileReply: Reply = {
  text: "Who said it: @everyone <@456>",
  sections: [
    {
      title: "# @here [Title](https://evil.example)",
      url: "https://news.example/article",
      blocks: [
        {
          type: "quote",
          kind: "direct",
          text: hostileText,
          attribution: "Sergei Lavrov <@&123>, Russian Foreign Minister",
        },
        { type: "paragraph", text: "**bold** _it_ `code` > quote\n- list" },
        { type: "fields", fields: [{ name: "@everyone", value: "[x](https://evil.example)" }] },
        { type: "list", items: ["||hidden||", "<#789>"] },
      ],
      footer: "Reuters @everyone 2007-10-12",
    },
  ],
};
