import { ArchiveError } from "../archive-error.js";
import type { ChatRequest } from "../chat-request.js";
import type { ChatService } from "../chat-service.js";
import type { Reply } from "../reply.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/split-text.js";
import { answerAbout } from "./answer-about.js";
import { answerBrief, answerWhatsNew } from "./answer-brief.js";
import { answerBriefing } from "./answer-briefing.js";
import { answerClosestReading } from "./answer-closest-reading.js";
import { answerQuotes } from "./answer-quotes.js";
import { answerWhoIs } from "./answer-who-is.js";
import { answerWhoSaid } from "./answer-who-said.js";
import type { ChatIntent } from "./chat-intent.js";
import type { ChatServiceDeps } from "./chat-service-deps.js";
import { cleanInput, MAX_INPUT_LENGTH } from "./clean-input.js";
import { HELP_LINE, helpReply } from "./help-reply.js";
import { parseCommand } from "./parse-command.js";
import { parseMention } from "./parse-mention.js";

/**
 * The chat service every platform shares. Expected outcomes become replies; a real fault (database
 * locked, disk full) is logged and answered with one calm sentence, never a stack trace.
 */
export function createChatService(deps: ChatServiceDeps): ChatService {
  return {
    async handle(request: ChatRequest): Promise<Reply> {
      const raw = request.input.kind === "command" ? request.input.args : request.input.text;
      const text = cleanInput(raw);
      if (text.length > MAX_INPUT_LENGTH) {
        const size = text.length.toLocaleString("en-US");
        return textReply(
          `That is ${size} characters long; I read questions and phrases of up to ${MAX_INPUT_LENGTH} characters.`,
          { ephemeral: true },
        );
      }
      const intent =
        request.input.kind === "command"
          ? parseCommand(request.input.name, text)
          : parseMention(text);
      try {
        return await answer(deps, request, intent);
      } catch (cause) {
        deps.logger.error("chat request failed", {
          intent: intent.kind,
          code: faultCode(cause),
          cause: String(cause),
        });
        // An archive fault says what it is (locked: try again; damaged: restore the backup).
        const why =
          cause instanceof ArchiveError
            ? `Sorry, I could not answer: ${cause.message}`
            : "Sorry, something went wrong on my side and I could not answer. Please try again in a moment.";
        return textReply(why, { ephemeral: true });
      }
    },
  };
}

async function answer(
  deps: ChatServiceDeps,
  request: ChatRequest,
  intent: ChatIntent,
): Promise<Reply> {
  switch (intent.kind) {
    case "brief":
      return answerBrief(deps, intent.query, request.channel);
    case "whats-new":
      return answerWhatsNew(deps);
    case "who-said":
      return answerWhoSaid(deps.archive, intent.phrase);
    case "quotes":
      return answerQuotes(deps.archive, intent, deps.limits.quotesPerAnswer);
    case "who-is":
      return answerWhoIs(deps.archive, intent.person);
    case "about":
      return answerAbout(deps, intent.subject, request.channel);
    case "briefing":
      return answerBriefing(deps, request, intent.args);
    case "help":
      return helpReply();
    case "empty":
      return textReply(`Yes? ${HELP_LINE}`, { ephemeral: true });
    case "unknown-command":
      return textReply(
        `Unknown command “/${truncateText(intent.name, 30)}”. Commands: /brief, /who-said, /quotes, /briefing, /help.`,
        { ephemeral: true },
      );
    case "foreign":
      return textReply(`Sorry, I only understand questions in English for now. ${HELP_LINE}`, {
        ephemeral: true,
      });
    case "unparsed":
      return answerClosestReading(deps, intent.text, request.channel);
  }
}

function faultCode(cause: unknown): string {
  return typeof cause === "object" && cause !== null && "code" in cause
    ? String(cause.code)
    : "unknown";
}
