import type { Token } from "../text/tokenize.js";
import { isGivenName } from "./first-names.js";
import {
  DOTTED_TITLES,
  FEMALE_HONORIFICS,
  FEMALE_ROLES,
  HONORIFICS,
  MALE_HONORIFICS,
  MALE_ROLES,
  PRONOUNS,
} from "./lexicon.js";
import {
  PARTICLES,
  bare,
  isNameWord,
  isOrgWord,
  isHonorific,
  isPossessive,
  isRoleNoun,
  isRoleWord,
  takesStop,
} from "./name-words.js";
import { hyphenated, nickname, organisationOfStart, titleGoesOn } from "./phrase-joins.js";
import type { SourceMention } from "./source-mention.js";
import { DESCRIPTION_OPENERS, PHRASE_STOPS } from "../lexicon/phrase-stops.js";
import { QUANTITY_HEADS } from "../lexicon/function-words.js";
import { headAfterModifiers, timeAdjective } from "./description-joins.js";

/**
 * Reads the phrase that starts at `tokens[i]` as a speaker: a pronoun, "one", a name with its
 * pre-modifying role ("Pentagon press secretary Geoff Morrell"), an organisation or a description.
 */
export function readNounPhrase(
  text: string,
  tokens: Token[],
  i: number,
  maxLen = 12,
): SourceMention | null {
  const first = tokens[i];
  if (!first || first.punct) return null;
  const lower = first.text.toLowerCase();
  const pronoun = PRONOUNS.get(lower);
  if (pronoun)
    return mention("pronoun", first, first, first.text, null, genderOf(pronoun), pronoun === "p");
  if ((lower === "one" || lower === "another") && !isNameWord(tokens[i + 1] ?? first)) {
    const next = tokens[i + 1];
    if (!next || next.punct || PHRASE_STOPS.has(next.text.toLowerCase()))
      return mention("one", first, first, first.text, null, null, false);
  }
  const end = phraseEnd(tokens, i, maxLen);
  if (end < i) return null;
  return classify(text, tokens, i, end);
}

function phraseEnd(tokens: Token[], i: number, maxLen: number): number {
  // "a Cairo airport official": after "a" a name may modify the description's head.
  const first = (tokens[i] as Token).text;
  let end = i - 1;
  let sawName = false;
  for (let k = i; k < tokens.length && k < i + maxLen; k++) {
    const t = tokens[k] as Token;
    const lower = t.text.toLowerCase();
    if (t.text === "." && k > i && takesStop(tokens[k - 1] as Token)) continue;
    // "the 46-year-old": a number joined by a hyphen to the word after it is one word.
    if (t.text === "-" && hyphenated(tokens, k) && k > i && !sawName) {
      end = ++k;
      continue;
    }
    if (sawName && nickname(tokens, k)) {
      k += 2;
      continue;
    }
    if (t.punct) break;
    // "Julia A. Diaz": the initial "A." (not the article) inside a name.
    const initial = sawName && /^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.start === t.end;
    if (isNameWord(t) || (initial && tokens[k + 1]?.text === ".")) {
      sawName = true;
      end = k;
      continue;
    }
    if (lower === "of" && titleGoesOn(tokens, i, k, end)) continue;
    // "Speaker of the House": "the" inside a title after "of".
    if (lower === "the" && k > i + 1 && tokens[k - 1]?.text === "of" && end === k - 2) continue;
    if (PARTICLES.has(lower) && sawName && (tokens[k + 1]?.cap ?? false)) continue;
    if (timeAdjective(tokens, i, k) || (sawName && headAfterModifiers(tokens, i, k))) {
      end = k;
      continue;
    }
    if (PHRASE_STOPS.has(lower)) break;
    // "Another source speaking to Fox News": a participle starts a modifier, not the phrase.
    if (k > i && /ing$/.test(lower) && PHRASE_STOPS.has(tokens[k + 1]?.text.toLowerCase() ?? ""))
      break;
    // Lower-case words join only as titles ("Pentagon press secretary", "U.S. officials",
    // "Clinton tech aide") or determiners.
    if (
      !isRoleWord(t) &&
      !modifiesTitle(tokens, k) &&
      !(k === i && DESCRIPTION_OPENERS.has(lower)) &&
      !(k > i && !sawName && isDescriptive(tokens, i, k)) &&
      !(sawName && /^an?$/i.test(first) && isRoleNoun(tokens[k + 1]?.text ?? ""))
    )
      break;
    end = k;
  }
  return end;
}

/** Inside a description that began with a determiner ("a senior administration official"). */
function isDescriptive(tokens: Token[], i: number, k: number): boolean {
  return DESCRIPTION_OPENERS.has((tokens[i] as Token).text.toLowerCase()) && k - i <= 5;
}

function classify(text: string, tokens: Token[], i: number, end: number): SourceMention | null {
  // The name is the trailing run of capitalised words, up to the first title word before it.
  let nameStart = end + 1;
  for (let k = end; k >= i; k--) {
    const t = tokens[k] as Token;
    const collected = nameStart <= end;
    if (t.text === "." && k > i && /^\p{Lu}$/u.test((tokens[k - 1] as Token).text)) continue;
    if (collected && k >= i + 3 && nickname(tokens, k - 2)) {
      k -= 2;
      continue;
    }
    const initial = collected && /^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.text === ".";
    if (!isNameWord(t) && !initial && !(PARTICLES.has(t.text) && collected)) break;
    // An organisation keeps its capitalised modifiers: "the White House", "the State Department".
    const orgName = collected && isOrgWord((tokens[end] as Token).text);
    if (collected && ((isRoleWord(t) && !orgName) || isHonorific(tokens, k) || isPossessive(t)))
      break;
    nameStart = k;
  }
  if (nameStart > end) return describe(tokens, i, end);
  if (nameStart === end && nameStart === i) {
    // A lone capitalised word opening a sentence may be no name at all: "Analysts said", "Smiling, …".
    const word = (tokens[i] as Token).text;
    if (isRoleNoun(word)) return describe(tokens, i, end);
    // "Others say …", "Many said …": a quantity opening a sentence counts people, names none.
    if (QUANTITY_HEADS.has(word.toLowerCase())) {
      const only = tokens[i] as Token;
      return mention("description", only, only, word, null, null, true);
    }
    if (
      /['’](?:m|re|ve|ll|d)$/u.test(word) ||
      (/(?:ing|ed|ly)$/.test(word) && tokens[i + 1]?.text === ",")
    )
      return null;
  }
  return named(text, tokens, i, nameStart, end);
}

function named(
  text: string,
  tokens: Token[],
  i: number,
  nameStart: number,
  end: number,
): SourceMention | null {
  const first = tokens[i] as Token;
  const last = tokens[end] as Token;
  const organisation = organisationOfStart(tokens, i, nameStart);
  if (organisation >= 0) {
    const head = tokens[organisation] as Token;
    return mention("org", first, last, text.slice(head.start, last.end), null, null, false, head);
  }
  if (titleOfBefore(tokens, i, nameStart)) {
    const split = ofObjectEnd(tokens, nameStart, end);
    // "chairman of the London Marathon": the capitalised words are the office's object, no one's name.
    if (split < 0) {
      const object = tokens[nameStart] as Token;
      return mention(
        "org",
        first,
        last,
        text.slice(object.start, last.end),
        null,
        null,
        false,
        object,
      );
    }
    nameStart = split;
  }
  const nameTok = tokens[nameStart] as Token;
  const pre = tokens.slice(i, nameStart);
  let gender: "m" | "f" | null = null;
  for (const t of pre) {
    const b = bare(t.text);
    if (MALE_HONORIFICS.has(b)) gender = "m";
    if (FEMALE_HONORIFICS.has(b)) gender = "f";
  }
  // The role is the run of title-like words right before the name ("Pentagon press secretary").
  let roleStart = pre.length;
  while (roleStart > 0 && isTitleWord(pre, roleStart - 1)) roleStart--;
  const courtesy = /^(?:the|a|an|mr|mrs|ms|miss|dr|mx|messrs|his|her|its|their)$/i;
  const roleTokens = pre.slice(roleStart).filter((t, k, all) => {
    const before = all[k - 1];
    return !courtesy.test(t.text) && !(t.text === "." && before && courtesy.test(before.text));
  });
  const roleFirst = roleTokens[0];
  const roleLast = roleTokens[roleTokens.length - 1];
  // A role names an office or job ("Foreign Minister", "Sen."), not any word before a name.
  const titled = roleTokens.some(
    (t) => isRoleWord(t) || HONORIFICS.has(bare(t.text)) || DOTTED_TITLES.has(bare(t.text)),
  );
  // "The president's Pacific roots": a possessor before one capitalised word owns it; it is no title.
  const owned = roleLast !== undefined && isPossessive(roleLast) && nameStart === end;
  const role =
    roleFirst && roleLast && titled && !owned
      ? cleanRole(text.slice(roleFirst.start, roleLast.end))
      : null;
  const name = text.slice(nameTok.start, last.end).replace(/['’]s?$/, "");
  // Initials' stops and a nickname's marks are not words: "Julia A. Diaz Marquez" is four.
  const nameTokens = tokens
    .slice(nameStart, end + 1)
    .filter((t) => !t.punct && !PARTICLES.has(t.text));
  // "Liam Fox", "Christopher Hill": a known first name outweighs an organisation-like word.
  const firstName = nameTokens[0]?.text.toLowerCase() ?? "";
  const personal = isGivenName(firstName) && nameTokens.length <= 3;
  // "the White House" is an organisation; "the colorful gastroenterologist Harold Bornstein" and
  // "the Green Party’s Jill Stein" are people described.
  const theOrg =
    /^the$/i.test(first.text) &&
    !personal &&
    pre.slice(1).every((t) => t.punct || (t.cap && !isPossessive(t)));
  const org =
    (nameTokens.some((t) => isOrgWord(t.text)) && !personal) || theOrg || nameTokens.length > 4;
  return mention(
    org ? "org" : "name",
    first,
    last,
    name,
    org ? null : role,
    gender ?? roleGender(role),
    false,
    nameTok,
  );
}

/** Whether the name run at `nameStart` follows a title's "of" ("Chancellor of the Exchequer …"). */
function titleOfBefore(tokens: Token[], i: number, nameStart: number): boolean {
  const before = tokens[nameStart - 1]?.text;
  const ofAt = before === "the" ? nameStart - 2 : nameStart - 1;
  return ofAt > i && tokens[ofAt]?.text === "of" && isRoleWord(tokens[ofAt - 1] as Token);
}

/**
 * Where the person's name starts inside "Exchequer Gordon Brown" (the words after a title's
 * "of"): at a known given name, else two words from the end; -1 when the words are all object.
 */
function ofObjectEnd(tokens: Token[], nameStart: number, end: number): number {
  const words: number[] = [];
  for (let k = nameStart; k <= end; k++) if (!(tokens[k] as Token).punct) words.push(k);
  const given = words.findIndex((k, n) => n > 0 && isGivenName((tokens[k] as Token).text));
  if (given > 0) return words[given] as number;
  return words.length >= 3 ? (words[words.length - 2] as number) : -1;
}

/**
 * "Clinton tech aide Bryan Pagliano", "Tulsa police Chief Chuck Jordan": a plain lower-case
 * noun right before a title word, itself right before a capitalised name, belongs to the title.
 */
function modifiesTitle(tokens: readonly Token[], k: number, nameFollows = false): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  // Before a name already read, the title word is the last before it: nothing more to check.
  const after = nameFollows ? { cap: true, punct: false } : tokens[k + 2];
  if (t.cap || t.punct || !next || !after || !/^[\p{Ll}\p{N}][\p{L}\p{N}/-]*$/u.test(t.text))
    return false;
  const lower = t.text.toLowerCase();
  if (PHRASE_STOPS.has(lower) || DESCRIPTION_OPENERS.has(lower) || /(?:ly|ing|ed)$/.test(lower))
    return false;
  return (
    isRoleNoun(next.text) &&
    !next.punct &&
    after.cap &&
    !after.punct &&
    k > 0 &&
    !!tokens[k - 1]?.cap
  );
}

function isTitleWord(pre: Token[], k: number): boolean {
  const t = pre[k] as Token;
  if (t.text === "." || t.cap || isRoleWord(t) || /^(?:the|a|an|his|her|its|their)$/i.test(t.text))
    return true;
  // Inside the words before a name (`pre` ends where the name starts).
  if (k === pre.length - 2 && modifiesTitle(pre, k, true)) return true;
  if (k === 0) return false;
  const before = pre[k - 1] as Token;
  // "Bank of England governor": "of" between capitals is inside the employer's name.
  const employer = pre.slice(k + 1).some((w) => !w.cap && isRoleNoun(w.text));
  if (t.text === "of" && before.cap && !before.punct && (pre[k + 1]?.cap ?? false) && employer)
    return true;
  return (t.text === "of" || t.text === "and" || t.text === "&") && isRoleWord(before);
}

function cleanRole(role: string): string | null {
  // "the Green Party’s Jill Stein": the role is "Green Party", without the possessive mark.
  const r = role
    .replace(/^[.\s]+/, "")
    .replace(/[\s,]+$/, "")
    .replace(/['’]s?$/u, "");
  return r.length > 0 ? r : null;
}

function describe(tokens: Token[], i: number, end: number): SourceMention | null {
  const words = tokens.slice(i, end + 1);
  const head = words[words.length - 1] as Token;
  const first = words[0] as Token;
  const headBare = bare(head.text);
  if (DESCRIPTION_OPENERS.has(headBare)) return null;
  // "analysis", "census" end in "s" and are singular.
  const plural = /s$/.test(headBare) && !/(?:ss|is|us)$/.test(headBare);
  const determined =
    DESCRIPTION_OPENERS.has(first.text.toLowerCase()) || /['’]s?$/.test(first.text);
  const body =
    /(?:source|people|person|paper|newspaper|campaign|statement|report|study|survey|poll|letter|website|group|team|firm|company|network|ad|document|memo|release|filing|aide|official|poll)s?$/.test(
      headBare,
    );
  // "Clinton campaign says …": a name before the body's noun determines it as "the" would.
  const named = words.length > 1 && isNameWord(first) && body;
  if (!determined && !plural && !named && !isRoleNoun(head.text)) return null;
  if (!isRoleNoun(head.text) && !body) {
    if (!determined || words.length > 6) return null;
  }
  const text = words.map((t) => t.text).join(" ");
  return mention("description", first, head, text, null, roleGender(headBare), plural);
}

function roleGender(role: string | null): "m" | "f" | null {
  if (!role) return null;
  const words = role.toLowerCase().split(/\s+/);
  if (words.some((w) => MALE_ROLES.has(w))) return "m";
  if (words.some((w) => FEMALE_ROLES.has(w))) return "f";
  return null;
}

function genderOf(p: "m" | "f" | "p" | "n"): "m" | "f" | null {
  return p === "m" || p === "f" ? p : null;
}

function mention(
  kind: SourceMention["kind"],
  first: Token,
  last: Token,
  name: string,
  role: string | null,
  gender: "m" | "f" | null,
  plural: boolean,
  nameToken?: Token,
): SourceMention {
  return {
    kind,
    start: first.start,
    end: last.end,
    name,
    role,
    gender,
    plural,
    nameStart: nameToken?.start ?? first.start,
  };
}
