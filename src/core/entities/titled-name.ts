import type { Token } from "../text/tokenize.js";
import { isRoleNoun } from "./name-words.js";
import { readNounPhrase } from "./read-noun-phrase.js";
import type { SourceMention } from "./source-mention.js";
import { tokenAt } from "../text/token-at.js";

/**
 * "…,” said the bank's chief economist, Ann Ferris.": a description with a role noun as its
 * head, then a comma and a name that ends the clause, is that person's title; the name speaks
 * and the description becomes its role. Null when the phrase is anything else.
 */
export function titledName(text: string, tokens: Token[], np: SourceMention): SourceMention | null {
  if (np.kind !== "description" || np.plural) return null;
  const head = np.name.split(/\s+/).pop() ?? "";
  if (!isRoleNoun(head)) return null;
  const comma = tokenAt(tokens, np.end);
  if (tokens[comma]?.text !== ",") return null;
  const name = readNounPhrase(text, tokens, comma + 1);
  if (name?.kind !== "name") return null;
  // The name must close the clause: "…, Ann Ferris." / "…, Ann Ferris, who …", not "…, Ann and Bo".
  const after = tokens[tokenAt(tokens, name.end)];
  if (after && !/^(?:[.,;:!?“”"]|'')$/.test(after.text)) return null;
  const role = text.slice(np.start, np.end).replace(/^(?:a|an|the|his|her|its|their)\s+/i, "");
  return { ...name, start: np.start, role: name.role ?? role };
}
