import { words } from "./word-list.js";

/**
 * Words of a stand against another's claim or plan, listed once for the disagreement rules: a
 * denial ("denied"), a rejection, a refusal, an objection. Stems match every form ("rejects",
 * "refusal", "opposition", "disputed").
 */
export const REJECTION_FORMS: readonly string[] = words("deny denies denied");
export const REJECTION_STEMS: readonly string[] = words("reject refus oppos disagree disput");

/** Words that call a claim untrue ("wrong", "baseless", "nonsense"). */
export const UNTRUE_WORDS: readonly string[] = words(
  "wrong false untrue nonsense rubbish absurd ridiculous baseless unfounded unacceptable misleading",
);

/** The rejection words as one regular-expression alternation, without a word boundary. */
export const REJECTION_PATTERN = [
  ...REJECTION_FORMS,
  ...REJECTION_STEMS.map((stem) => `${stem}\\w*`),
].join("|");
