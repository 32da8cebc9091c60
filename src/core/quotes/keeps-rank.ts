import type { PersonEntry } from "../entities/person-registry.js";

const RANK = /^(?:vice|deputy|assistant|former|acting|interim)$/i;

// Ranks that make a different office ("Deputy Prime Minister" is no "prime minister"); an
// acting or interim holder still holds it.
const LOWER_RANK = /^(?:vice|deputy|assistant|former)$/;

/**
 * "the former president said": a rank in the description must be in the person's role too, so
 * a Vice President is not "the former president", and a rank in the role must be in the
 * description; without a match the description stands alone.
 */
export function keepsRank(words: string[], person: PersonEntry): boolean {
  const role = (person.role ?? "").toLowerCase().split(/[\s,-]+/);
  const said = words.map((w) => w.toLowerCase());
  // Both ways: "the prime minister" is not the Deputy Prime Minister either.
  return (
    said.filter((w) => RANK.test(w)).every((w) => role.includes(w)) &&
    role.filter((w) => LOWER_RANK.test(w)).every((w) => said.includes(w))
  );
}
