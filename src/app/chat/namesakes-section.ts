import type { PersonRef } from "../ports/archive.js";
import type { Section } from "../reply.js";
import { truncateText } from "../render/split-text.js";

/** "Cherie Blair (barrister)": a person as a line a user can tell apart from the others. */
export function personLabel(person: PersonRef): string {
  const role = person.roles[0];
  return role ? `${person.name} (${truncateText(role, 80)})` : person.name;
}

/**
 * The other people a name could mean, each with the command that asks for them by full name:
 * a surname answered with its most prominent bearer must still show who else carries it.
 */
export function namesakesSection(
  asked: string,
  namesakes: readonly PersonRef[],
  command: (name: string) => string,
): Section[] {
  if (namesakes.length === 0) return [];
  const items = namesakes.slice(0, 5).map((p) =>
    // A bare surname has no name of its own to ask by: asking for it leads back here.
    p.name.trim().includes(" ")
      ? `${personLabel(p)} — ${command(p.name)}`
      : `${personLabel(p)}: quoted by surname only, no first name given`,
  );
  return [
    { title: `Others called “${truncateText(asked, 60)}”`, blocks: [{ type: "list", items }] },
  ];
}
