import type { Reply } from "../../src/app/reply.js";
import type { Expectation } from "./lookup-questions.js";

/**
 * Whether one answer of `bench:lookups` is right: what its question expects, and the rules every
 * answer keeps. Reads the reply as a user sees it (its first line, section titles, fields,
 * quotes), not the archive's rows, so a wrong reply cannot pass on right data.
 */
export interface Verdict {
  right: boolean;
  why: string[];
}

// A role cut from its sentence: ends on a word that needs more after it, or on the title that
// stood before the name ("peer Lord"), is a word that only modifies, or names the person only
// through someone else ("political rival Chancellor", "colleagues Foreign Secretary").
const danglingEnd = /\s(?:of|for|the|and|to|in|at|on|with|from|a|an|by|'s)$/i;
const honorificEnd = /(?:^|\s)(?:Sir|Lord|Lady|Baroness|Baron|Dame|Mr|Mrs|Ms|Dr|St)$/;
const modifierOnly = /^(?:chief|head|deputy|vice|former|senior|acting|fellow|new|ex|then|top)$/i;
const throughOther = /^(?:[a-z]+\s)*(?:rivals?|colleagues?|ally|allies|friends?|fellow)\s+[A-Z]/;

export function roleFragment(role: string): boolean {
  const text = role.trim();
  return (
    text === "" ||
    danglingEnd.test(text) ||
    honorificEnd.test(text) ||
    modifierOnly.test(text) ||
    throughOther.test(text)
  );
}

interface Shown {
  line: string;
  subject: string | null;
  role: string | null;
  roles: string[];
  people: string[];
  quotes: string[];
  namesakes: boolean;
  hint: boolean;
}

/** What a reply shows: its subject and role, every role and person it lists, its quotes. */
function read(reply: Reply): Shown {
  const hint = /^Read as “/.test(reply.text);
  const line = reply.text.replace(/^Read as “[^”]*”: /, "");
  const quoted = /^What (.+?)(?: \((.+)\))? said\b/.exec(line);
  const profile = /^(.+?): (.+)\.$/.exec(line) ?? /^(.+?) appears in the archive/.exec(line);
  const titles = reply.sections.map((s) => s.title ?? "");
  const isProfile = profile !== null && titles.includes(profile[1] ?? "");
  const subject = quoted?.[1] ?? (isProfile ? (profile?.[1] ?? null) : null);
  const role = quoted ? (quoted[2] ?? null) : isProfile ? (profile?.[2] ?? null) : null;
  const roles = role ? [role] : [];
  const people = subject ? [subject] : [];
  const quotes: string[] = [];
  let namesakes = false;
  for (const section of reply.sections) {
    const others = (section.title ?? "").startsWith("Others called");
    namesakes ||= others;
    if (section.title) quotes.push(section.title);
    for (const block of section.blocks) {
      if (block.type === "quote") {
        quotes.push(block.text);
        const speaker = block.attribution.replace(/ \(reported speech\)$/, "");
        const [, attributed] = /^[^,]+, (.+)$/.exec(speaker) ?? [];
        if (attributed) roles.push(attributed);
      }
      if (block.type === "fields")
        for (const field of block.fields)
          if (field.name === "Also described as") roles.push(...field.value.split("; "));
      if (block.type === "list" && others)
        for (const item of block.items) {
          const [, name = item, listed] = /^(.+?)(?: \((.+?)\))?(?: —|:|$)/.exec(item) ?? [];
          people.push(name);
          if (listed) roles.push(listed);
        }
    }
  }
  return { line, subject, role, roles, people, quotes, namesakes, hint };
}

/** Two people listed where one's name is the other's with words in front: one person garbled. */
function garbledTwin(people: readonly string[]): string | null {
  for (const a of people)
    for (const b of people) if (a !== b && b.includes(" ") && a.endsWith(` ${b}`)) return a;
  return null;
}

export function judge(reply: Reply, expect: Expectation): Verdict {
  const shown = read(reply);
  const why: string[] = [];
  const all = [reply.text, ...shown.quotes].join("\n");
  if (/did not understand|could not tell what/i.test(all)) why.push("not understood");
  if (!expect.noMatch && /\bno match\b|no one called/i.test(reply.text)) why.push("no match");
  if (expect.person && shown.subject !== expect.person)
    why.push(`about ${shown.subject ?? "no one"}, not ${expect.person}`);
  if (expect.role && !(shown.role && expect.role.test(shown.role)))
    why.push(`role "${shown.role ?? ""}" is not ${String(expect.role)}`);
  if (expect.line && !expect.line.test(shown.line)) why.push(`first line misses ${expect.line}`);
  if (expect.quotes && !shown.quotes.some((t) => expect.quotes?.test(t)))
    why.push(`no quote matches ${expect.quotes}`);
  if (expect.namesakes && !shown.namesakes) why.push("no namesakes listed");
  if (expect.hint && !shown.hint) why.push("no reading hint");
  const surname = expect.namesakesCalled;
  const others = shown.people.slice(shown.subject ? 1 : 0);
  const strangers = surname ? others.filter((n) => n.split(" ").at(-1) !== surname) : [];
  if (strangers.length > 0) why.push(`namesakes not called ${surname}: ${strangers.join(", ")}`);
  const fragments = [...new Set(shown.roles.filter(roleFragment))];
  if (fragments.length > 0)
    why.push(`role fragments: ${fragments.map((r) => `"${r}"`).join(", ")}`);
  const twin = garbledTwin(shown.people);
  if (twin) why.push(`garbled twin "${twin}"`);
  return { right: why.length === 0, why };
}
