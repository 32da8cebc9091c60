// How a person's roles are kept and shown, on every engine (SQLite, PostgreSQL). A card's role
// is cut from the words around a name, and the cut is sometimes off by a word: the title that
// stood before the name ("Labour peer Baroness" Kennedy), a preposition whose object became the
// name ("UK Chancellor of" the Exchequer Gordon Brown), or the relation to someone else the
// sentence was about ("political rival Chancellor" Gordon Brown). The role shown is the article's
// words with those cut edges trimmed; a role that is nothing but an edge is none.

// Honorifics: they stand before a name, so at the end of a role they belong to the name.
const honorifics = new Set("sir lord lady baroness baron dame mr mrs ms miss dr st rev".split(" "));

// Words that need an object after them: a role ending on one lost its object to the name.
const dangling = new Set("of for the and to in at on with from a an by".split(" "));

// Words that only modify a role ("chief" of what?): alone they say nothing.
const modifiers = new Set(
  "chief head deputy vice former senior junior acting fellow new ex then top co".split(" "),
);

// Nouns that describe a person only through someone else ("his rival", "her colleagues"): when
// the person's own title follows ("political rival Chancellor"), the title is the role.
const relationBeforeTitle =
  /^(?:[\p{Ll}][\p{L}'’-]*\s+)*?(?:rivals?|colleagues?|ally|allies|friends?|fellow|successor|predecessor)\s+(?=\p{Lu})/u;

// A role that is only a relation to someone the article named ("wife", "rival") says who a
// person is to that article alone: it is shown after any role of their own.
const relations = new Set(
  `wife husband widow sister brother daughter son mother father partner girlfriend boyfriend
  fiancee fiance cousin uncle aunt niece nephew rival colleague friend ally`.split(/\s+/),
);

function relationOnly(role: string): number {
  return relations.has(role.toLowerCase()) ? 1 : 0;
}

/** One role as the archive keeps and shows it, cut edges trimmed; null when nothing is left. */
export function cleanRole(role: string | null | undefined): string | null {
  if (!role) return null;
  const words = role
    .replace(relationBeforeTitle, "")
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "")
    .split(/\s+/)
    .filter((w) => w !== "");
  for (;;) {
    const last = words.at(-1)?.toLowerCase().replace(/\.$/, "");
    if (last === undefined || !(honorifics.has(last) || dangling.has(last))) break;
    words.pop();
  }
  if (words.length === 0) return null;
  if (words.length === 1 && modifiers.has(words[0]?.toLowerCase() ?? "")) return null;
  return words.join(" ");
}

/** A role's key for telling two spellings apart: "Prime Minister" and "prime minister" are one. */
function roleKey(role: string): string {
  return role.toLowerCase();
}

/**
 * The roles shown for a person, best first: the roles their quotes were given under most often
 * (the role the archive's articles mostly call them by), then the others most recent first; a
 * role that is only a relation to someone else ("wife") after every role of their own.
 * `recentFirst` are the roles kept for the person, newest first; `quoted` counts the person's
 * quotes per role as the quotes name it. Spellings of one role show once, the best-ranked kept.
 */
export function rankRoles(
  recentFirst: readonly string[],
  quoted: ReadonlyArray<{ role: string; quotes: number }>,
): string[] {
  const byKey = new Map<string, number>();
  const bySpelling = new Map<string, number>();
  for (const { role, quotes } of quoted) {
    const cleaned = cleanRole(role);
    if (!cleaned) continue;
    byKey.set(roleKey(cleaned), (byKey.get(roleKey(cleaned)) ?? 0) + quotes);
    bySpelling.set(cleaned, (bySpelling.get(cleaned) ?? 0) + quotes);
  }
  const shown = new Map<string, string>();
  for (const role of recentFirst) {
    const cleaned = cleanRole(role);
    if (!cleaned) continue;
    const kept = shown.get(roleKey(cleaned));
    if (!kept || (bySpelling.get(cleaned) ?? 0) > (bySpelling.get(kept) ?? 0))
      shown.set(roleKey(cleaned), cleaned);
  }
  // A stable sort: roles no quote was given under keep their newest-first order.
  return [...shown.entries()]
    .sort(
      ([a], [b]) => relationOnly(a) - relationOnly(b) || (byKey.get(b) ?? 0) - (byKey.get(a) ?? 0),
    )
    .map(([, role]) => role);
}
