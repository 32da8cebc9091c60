import type { ChannelRef } from "../chat-request.js";
import type { Reply } from "../reply.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/split-text.js";
import { answerBrief } from "./answer-brief.js";
import { answerWhoIs } from "./answer-who-is.js";
import type { ChatServiceDeps } from "./chat-service-deps.js";

/**
 * "tell me about X", "any news on X", "what happened with Yukos?": the profile and latest
 * articles of the person X names, else the articles about X.
 */
export async function answerAbout(
  deps: ChatServiceDeps,
  subject: string,
  channel: ChannelRef,
): Promise<Reply> {
  if (subject === "")
    return textReply("Tell me what about, e.g. “tell me about Yukos”", { ephemeral: true });
  if (await knownPerson(deps, subject)) return answerWhoIs(deps.archive, subject);
  return answerBrief(deps, subject, channel);
}

/**
 * Whether a name means someone the archive knows by a full name (one person, or several on the
 * name). A bare one-word "person" ("Yukos", "Iraq") is too often a company or a place a card
 * took for a speaker to outrank the articles about it.
 */
export async function knownPerson(deps: ChatServiceDeps, name: string): Promise<boolean> {
  const found = await deps.archive.whoIs(name, { limit: 1 });
  const people = found.ok
    ? [found.value.person]
    : found.error.code === "ambiguous-person"
      ? found.alternatives
      : [];
  return people.some((p) => p.name.trim().includes(" "));
}

/** The one line shown above an answer given to a reading of the question, not the question. */
export function readingHint(asked: string, reading: string): string {
  return `I read “${truncateText(asked, 80)}” as “${truncateText(reading, 100)}” — ask it that way, or see /help for the questions I know.`;
}
