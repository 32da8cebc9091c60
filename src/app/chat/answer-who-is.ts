import type { Archive, PersonRef } from "../ports/archive.js";
import type { Reply } from "../reply.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/split-text.js";
import { articleLine } from "./answer-who-said.js";
import { namesakesSection, personLabel } from "./namesakes-section.js";

/** "who is Saradzhyan?": role(s), other names, and the articles they appear in. */
export async function answerWhoIs(archive: Archive, person: string): Promise<Reply> {
  if (person === "")
    return textReply("Tell me who, e.g. “who is Saradzhyan?”", { ephemeral: true });
  const result = await archive.whoIs(person, { limit: 5 });
  if (!result.ok) return whoIsMiss(result.error, result.alternatives, person);
  const { person: who, articles, quoteCount, namesakes } = result.value;
  const role = who.roles[0];
  const text = role
    ? `${who.name}: ${role}.`
    : `${who.name} appears in the archive; no role is given.`;
  const fields = [
    ...(who.roles.length > 1
      ? [{ name: "Also described as", value: who.roles.slice(1, 4).join("; ") }]
      : []),
    ...(who.aliases.length > 1
      ? [{ name: "Also called", value: who.aliases.slice(0, 6).join(", ") }]
      : []),
    { name: "Quotes", value: `${quoteCount} (/quotes ${who.name})` },
  ];
  return {
    text,
    sections: [
      {
        title: who.name,
        blocks: [
          { type: "paragraph", text },
          { type: "fields", fields },
          { type: "list", items: articles.map(articleLine) },
        ],
      },
      ...namesakesSection(person, namesakes, (name) => `who is ${name}?`),
    ],
  };
}

/**
 * Why no one profile came back, in words that agree with the suggestions: several people on the
 * name are "several people", never "no match"; only a name not in the archive is a no-match.
 */
function whoIsMiss(
  error: { code: string; message: string },
  alternatives: readonly PersonRef[],
  person: string,
): Reply {
  if (error.code === "invalid-query") return textReply(error.message, { ephemeral: true });
  const asked = truncateText(person, 60);
  const names = alternatives.slice(0, 5).map(personLabel);
  if (error.code === "ambiguous-person")
    return textReply(
      `Several people are called “${asked}”: ${names.join("; ")}. Ask with the full name.`,
    );
  const hint = names.length > 0 ? ` The closest names I know: ${names.join(", ")}.` : "";
  return textReply(`No one called “${asked}” appears in the archive.${hint}`);
}
