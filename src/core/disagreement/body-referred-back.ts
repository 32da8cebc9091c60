import type { Person } from "../card/card-schema.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const surnameOf = (name: string) => name.split(/\s+/).pop() ?? name;

/** A body named in the text: an organisation found, or a name with no role that no title precedes. */
export interface NamedBody {
  party: string;
  start: number;
}

// "Migration Watch says … Sir Andrew Green, chairman of the organisation", "says Age Concern. …
// Charity boss Gordon Lishman": a role that names its body only by a common noun refers back to
// the body named last before the person. Without this the head and the body become two sides.
const genericBody =
  "(?:organisation|organization|charity|group|body|company|firm|campaign|union|association|society|trust|foundation|institute|agency)";
const roleOfGenericBody = new RegExp(
  `^(?:(?:the|its|a|an)\\s+)?(?:${genericBody}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(?:chairman|chairwoman|chair|head|director|spokes\\w+|boss|chief|leader|president|secretary|founder|manager|executive|officer)|(?:[\\w-]+\\s+)?(?:chairman|chairwoman|chair|head|director|spokes\\w+|boss|chief|leader|president|secretary|founder|manager|executive|officer)\\s+(?:of|at)\\s+(?:the|its)\\s+${genericBody})$`,
  "i",
);
// How far back the named body may stand: the sentence or two before.
const referBackReach = 600;

export function bodyReferredBack(
  text: string,
  person: Person,
  namedBodies: readonly NamedBody[],
): string | null {
  const at = text.indexOf(person.name);
  if (at < 0) return null;
  const apposition =
    /^,\s+([^,.;]{3,80})[,.;]/.exec(
      text.slice(at + person.name.length, at + person.name.length + 90),
    )?.[1] ?? "";
  const before =
    /((?:[\w'’-]+\s+){1,3})$/.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.trim() ?? "";
  const roles = [person.role ?? "", apposition, before];
  if (!roles.some((role) => roleOfGenericBody.test(role.trim()))) return null;
  const earlier = namedBodies.filter(
    (b) => b.start < at && at - b.start <= referBackReach && b.party !== person.name,
  );
  return earlier.length ? (earlier[earlier.length - 1] as NamedBody).party : null;
}

// Organisations found, and names with no role that are never given a personal title ("says Age
// Concern"): the bodies a "chairman of the organisation" may refer back to.
export function namedBodyMentions(
  text: string,
  organisations: readonly { start: number; organisation: string }[],
  people: readonly Person[],
): NamedBody[] {
  const bodies: NamedBody[] = organisations.map((m) => ({ party: m.organisation, start: m.start }));
  for (const person of people) {
    if (person.role || !person.name.includes(" ")) continue;
    const surname = escape(surnameOf(person.name));
    const titled = new RegExp(
      `\\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame)\\.?\\s+(?:[A-Z][\\w'’-]+\\s+)?${surname}\\b`,
    );
    if (titled.test(text) || person.aliases.some((a) => /^(?:Mr|Mrs|Ms|Miss|Dr|Sir)\b/.test(a)))
      continue;
    for (let at = text.indexOf(person.name); at >= 0; at = text.indexOf(person.name, at + 1))
      bodies.push({ party: person.name, start: at });
  }
  return bodies.sort((a, b) => a.start - b.start);
}
