import type { Archive } from "../archive.js";
import type { Reply } from "../reply.js";
import { textReply } from "../render/text-reply.js";
import { truncateText } from "../render/truncate-text.js";
import { articleLine } from "./answer-who-said.js";

/** "who is Saradzhyan?": role(s), other names, and the articles they appear in. */
export function answerWhoIs(archive: Archive, person: string): Reply {
  if (person === "")
    return textReply("Tell me who, e.g. “who is Saradzhyan?”", { ephemeral: true });
  const result = archive.whoIs(person, { limit: 5 });
  if (!result.ok) {
    if (result.error.code === "invalid-query")
      return textReply(result.error.message, { ephemeral: true });
    const names = result.alternatives.slice(0, 5).map((p) => p.name);
    const hint = names.length > 0 ? ` Did you mean ${names.join(", ")}?` : "";
    return textReply(
      `No match: no one called “${truncateText(person, 60)}” appears in the archive.${hint}`,
    );
  }
  const { person: who, articles, quoteCount } = result.value;
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
    ],
  };
}
