import { COMMON_WORDS } from "../../core/lexicon/function-words.js";
import { words } from "../../core/lexicon/word-list.js";
import type { ChannelRef } from "../chat-request.js";
import type { Reply } from "../reply.js";
import { truncateText } from "../render/split-text.js";
import { answerBrief, answerWhatsNew } from "./answer-brief.js";
import { knownPerson, readingHint } from "./answer-about.js";
import { answerQuotes } from "./answer-quotes.js";
import { answerWhoIs } from "./answer-who-is.js";
import type { ChatServiceDeps } from "./chat-service-deps.js";

// Words that carry the asking, not what is asked about ("make me a sandwich" is about a sandwich).
const filler: ReadonlySet<string> = new Set([
  ...COMMON_WORDS,
  ...words(
    "about any anything some something tell show give get make let want need know think say " +
      "said says please just now today news latest new more thing things stuff info like " +
      "really how why where whats hey hi hello ok okay",
  ),
]);

const maxNameWords = 3;

interface Reading {
  text: string;
  answer: () => Promise<Reply> | Reply;
}

/**
 * A mention no question shape fits is answered by its closest reading, said out loud: a person
 * it names ("Blair Iraq" → what did Blair say about Iraq?), else the articles its words find,
 * else — when it has no words to look for — what's new. Never a bare "I did not understand".
 */
export async function answerClosestReading(
  deps: ChatServiceDeps,
  asked: string,
  channel: ChannelRef,
): Promise<Reply> {
  const words = asked.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
  const content = words.filter((w) => w !== "" && !filler.has(w.toLowerCase()));
  const reading =
    content.length === 0
      ? newsReading(deps)
      : ((await personReading(deps, content)) ?? articlesReading(deps, content, channel));
  const reply = await reading.answer();
  const hint = readingHint(asked, reading.text);
  return {
    ...reply,
    text: `Read as “${truncateText(reading.text, 100)}”: ${reply.text}`,
    sections: [{ blocks: [{ type: "paragraph", text: hint }] }, ...reply.sections],
  };
}

/** The longest run of words that names someone in the archive; the other words are the topic. */
async function personReading(deps: ChatServiceDeps, content: string[]): Promise<Reading | null> {
  for (let size = Math.min(maxNameWords, content.length); size >= 1; size -= 1) {
    for (let at = 0; at + size <= content.length; at += 1) {
      const name = content.slice(at, at + size).join(" ");
      if (!(await knownPerson(deps, name))) continue;
      const topic = [...content.slice(0, at), ...content.slice(at + size)].join(" ");
      if (topic === "")
        return { text: `who is ${name}?`, answer: () => answerWhoIs(deps.archive, name) };
      return {
        text: `what did ${name} say about ${topic}?`,
        answer: () =>
          answerQuotes(deps.archive, { person: name, about: topic }, deps.limits.quotesPerAnswer),
      };
    }
  }
  return null;
}

// Nothing but asking words ("anything for me?"): the one question that needs no subject.
function newsReading(deps: ChatServiceDeps): Reading {
  return { text: "what's new?", answer: () => answerWhatsNew(deps) };
}

function articlesReading(deps: ChatServiceDeps, content: string[], channel: ChannelRef): Reading {
  const query = content.join(" ");
  return { text: `/brief ${query}`, answer: () => answerBrief(deps, query, channel) };
}
