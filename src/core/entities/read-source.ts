import type { Token } from "../text/tokenize.js";
import { isReportingVerb } from "../lexicon/reporting-verbs.js";
import { isPlace } from "../quotes/non-speaker.js";
import { FEMALE_ROLES, MALE_ROLES, PRONOUNS } from "./lexicon.js";
import { isRoleNoun, isRoleWord, takesStop } from "./name-words.js";
import { readNounPhrase } from "./read-noun-phrase.js";
import { nameOpeningSegment, subjectBeforeAside } from "./aside-subject.js";
import type { SourceMention } from "./source-mention.js";
import { tokenAt } from "../text/token-at.js";
import { personOfPlace } from "./person-of-place.js";

// Words that may stand between a subject and its reporting verb ("Putin also said", "she has said").
const BETWEEN = new Set([
  "also",
  "later",
  "then",
  "has",
  "had",
  "have",
  "would",
  "will",
  "previously",
  "recently",
  "once",
  "further",
  "first",
  "again",
  "had",
  "once",
  "already",
  "often",
  "repeatedly",
  "just",
  "simply",
  "earlier",
  "still",
  "even",
  "never",
  "always",
  "finally",
  "subsequently",
  "has",
  "is",
  "are",
  "was",
  "were",
  // "has been warning that …": the progressive's auxiliary.
  "been",
  // "Kaine now says …", "has since stressed …", "has long said …", "must acknowledge …".
  "now",
  "long",
  "since",
  "must",
  "should",
  "did",
  "does",
  "do",
  "could",
  "might",
  "may",
  "can",
  "reportedly",
  "allegedly",
  "apparently",
]);
const PREPOSITION = /^(?:to|on|with|in|at|for|from|about|of|by|into|during|after|before|over)$/;
const CLAUSE_JUNK = new Set([
  "but",
  "and",
  "yet",
  "so",
  "earlier",
  "later",
  "meanwhile",
  "however",
  "still",
  "then",
  "now",
  "also",
  "on",
  "in",
  "at",
  "tuesday",
  "monday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "yesterday",
]);

/** Reads the speaker phrase that ends just before a reporting verb at `tokens[v]`. */
export function readSourceBefore(text: string, tokens: Token[], v: number): SourceMention | null {
  let j = v - 1;
  while (j >= 0 && isBetween(tokens[j] as Token)) j--;
  // "Vice President Joseph R. Biden Jr. said": the stop of a generational suffix ends no sentence.
  if (tokens[j]?.text === "." && GENERATION.test(tokens[j - 1]?.text ?? "")) j--;
  const tagged = taggedNameBeforeComma(text, tokens, j);
  if (tagged) return tagged;
  // "Rep. Earl Blumenauer (D-Ore.) said": the party tag is not part of the phrase.
  if (tokens[j]?.text === ")") {
    let k = j - 1;
    while (k > 0 && k > j - 8 && tokens[k]?.text !== "(") k--;
    if (tokens[k]?.text === "(") j = k - 1;
  }
  // "Democrats — and some Republicans — say": an aside set off by dashes after the subject.
  if (ASIDE_DASH.test(tokens[j]?.text ?? "")) {
    let k = j - 1;
    while (
      k > 0 &&
      k > j - 14 &&
      !ASIDE_DASH.test(tokens[k]?.text ?? "") &&
      !/^[.!?]$/.test(tokens[k]?.text ?? "")
    )
      k--;
    // Only a name or an organisation: a described subject's aside is read by the loose reader
    // ("People with direct knowledge of the talks — including two lawyers — said").
    const np =
      ASIDE_DASH.test(tokens[k]?.text ?? "") && k < j - 1
        ? phraseEndingAt(text, tokens, k - 1)
        : null;
    if (np && (np.kind === "name" || np.kind === "org")) return withApposition(text, tokens, np);
  }
  const t = tokens[j];
  if (!t) return null;
  const lower = t.text.toLowerCase();
  if (PRONOUNS.has(lower)) return readNounPhrase(text, tokens, j);
  if (lower === "who" && tokens[j - 1]?.text === ",") return phraseEndingAt(text, tokens, j - 2);
  // "Nefzi said, adding, “…”": the second verb shares the first one's subject.
  const chained = tokens[j - 1];
  if (t.text === "," && chained && !chained.cap && isReportingVerb(chained.text.toLowerCase())) {
    return readSourceBefore(text, tokens, j - 1);
  }
  if (t.text === ",") {
    const aside = subjectBeforeAside(text, tokens, j, v, (np) => withApposition(text, tokens, np));
    if (aside) return aside;
  }
  if (t.text === "," || /^(?:and|but|then)$/.test(lower)) return clauseSubject(text, tokens, j);
  const np = phraseEndingAt(text, tokens, j);
  const placed = np && personOfPlace(tokens, np, (e) => phraseEndingAt(text, tokens, e));
  if (placed) return withApposition(text, tokens, placed);
  // "Another source speaking to Fox News said", "a staffer in the room wondered": the phrase
  // before the verb is a preposition's object, so the subject stands earlier in the clause.
  const before = np ? tokens[tokenAt(tokens, np.start) - 1] : undefined;
  // But "footage of Hillary Clinton asking, “…”": a participle's subject is the name right before it.
  // A state is never that subject ("the campaign of the former senator from Pennsylvania saying").
  const participle = /ing$/.test(tokens[v]?.text ?? "") && np?.kind === "name" && !isPlace(np.name);
  if (np && before && PREPOSITION.test(before.text) && !participle) {
    // "grounded after The New York Times reported", "before a judge ordered": "after" and
    // "before" open a clause here, and the phrase is its subject.
    if (/^(?:after|before)$/i.test(before.text)) return np;
    // "when Speaker Tom Briggs of Ohio lamented": a person named with the place or body he is of.
    const owner = /^(?:of|from)$/i.test(before.text)
      ? nameOpeningSegment(text, tokens, tokenAt(tokens, np.start) - 2)
      : null;
    if (owner?.kind === "name") return owner;
    return nameBeforeCircumstances(text, tokens, np) ?? clauseSubject(text, tokens, j) ?? np;
  }
  // "The senator emailed supporters saying": a plural object of a past-tense verb before a
  // participle is who was addressed; the clause's subject speaks.
  const object = np?.plural && before && !before.cap && /ed$/.test(before.text);
  if (object && /ing$/.test(tokens[v]?.text ?? "")) {
    const subject = clauseSubject(text, tokens, tokenAt(tokens, np.start));
    const role = subject?.kind === "description" && isRoleNoun(subject.name.split(" ").pop() ?? "");
    if (subject && (subject.kind === "name" || subject.kind === "pronoun" || role)) return subject;
  }
  // "she released a statement saying", "the Security Council issued a statement calling": who
  // issued the document speaks through it.
  if (np?.kind === "description" && DOCUMENT.test(np.name) && before && !before.punct) {
    const subject = clauseSubject(text, tokens, tokenAt(tokens, np.start));
    if (subject && /^(?:name|pronoun|org)$/.test(subject.kind)) return subject;
  }
  return np;
}

const ASIDE_DASH = /^(?:—|–|--)$/;
const GENERATION = /^(?:Jr|Sr)$/;

/**
 * "when Trump in his announcement speech called …", "as Ward at a rally in Ohio said …": the
 * name opening a clause, before the circumstances (one to three prepositional phrases) that end
 * at the verb, is its subject. The name, or null.
 */
function nameBeforeCircumstances(
  text: string,
  tokens: Token[],
  np: SourceMention,
): SourceMention | null {
  let phrase: SourceMention | null = np;
  for (let n = 0; n < 3 && phrase; n++) {
    const prep = tokenAt(tokens, phrase.start) - 1;
    if (!PREPOSITION.test(tokens[prep]?.text ?? "")) return null;
    // ("Centers for Disease Control Director Tom Frieden": "of" or "for" inside a name.)
    if (/^(?:of|for)$/i.test(tokens[prep]?.text ?? "") && tokens[prep + 1]?.cap) return null;
    const name = nameOpeningSegment(text, tokens, prep - 1);
    if (name?.kind === "name") return withApposition(text, tokens, name);
    phrase = phraseEndingAt(text, tokens, prep - 1);
  }
  return null;
}

/**
 * "Gov. John Kasich (R-OH), said": a name whose party tag is followed by a comma before the verb
 * is the subject; the clause's opening phrases ("Tuesday at Baldwin Wallace University") are not.
 */
function taggedNameBeforeComma(text: string, tokens: Token[], j: number): SourceMention | null {
  if (tokens[j]?.text !== "," || tokens[j - 1]?.text !== ")") return null;
  let k = j - 2;
  while (k > 0 && k > j - 10 && tokens[k]?.text !== "(") k--;
  if (tokens[k]?.text !== "(") return null;
  const np = phraseEndingAt(text, tokens, k - 1);
  return np?.kind === "name" ? withApposition(text, tokens, np) : null;
}

const DOCUMENT = /\b(?:statement|letter|release|post|tweet|email|e-mail|memo|note)$/i;

/** An adverb or auxiliary that may stand between a subject and its verb ("also", "has"). */
export function isBetween(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return (
    !t.cap && (BETWEEN.has(lower) || (/ly$/.test(lower) && lower.length > 4 && lower !== "only"))
  );
}

/** The noun phrase ending exactly at `tokens[j]`, started as far left as it reads well. */
export function phraseEndingAt(text: string, tokens: Token[], j: number): SourceMention | null {
  const last = tokens[j];
  if (!last || last.punct) return null;
  for (let k = Math.max(0, j - 10); k <= j; k++) {
    const np = readNounPhrase(text, tokens, k, j - k + 1);
    if (np && np.end === last.end) return np;
  }
  return null;
}

/** For "Simon Saradzhyan, an analyst in Moscow, said": the first phrase of the clause, with its apposition. */
export function clauseSubject(text: string, tokens: Token[], j: number): SourceMention | null {
  let b = j - 1;
  // A clause longer than this has no subject worth finding; the bound keeps long paragraphs linear.
  // A line break ends a clause too: a headline line has no stop ("… A Sign Of Leadership\nMarco
  // Rubio defended …").
  const lineEnds = (k: number): boolean =>
    text.slice((tokens[k] as Token).end, tokens[k + 1]?.start ?? 0).includes("\n");
  while (b >= 0 && b > j - MAX_CLAUSE && !isBoundary(tokens, b) && !lineEnds(b)) b--;
  // A title or scare quote inside the clause ("the CNN “reporter,” saying") does not end it.
  for (let open = inlineQuoteOpen(tokens, b); open > 0; open = inlineQuoteOpen(tokens, b)) {
    b = open - 1;
    while (b >= 0 && b > j - MAX_CLAUSE && !isBoundary(tokens, b)) b--;
  }
  // "On Thursday, after remaining neutral throughout the race, Warren …": introductions in a row.
  b = b + 1;
  for (let n = 0; n < 4; n++) {
    // "At a rally in Ames, Iowa, on Sunday, Clinton …": a state after a town goes with the introduction.
    if (n > 0 && tokens[b - 1]?.text === ",") b = skipState(tokens, b, j);
    const next = skipIntroduction(text, tokens, b, j);
    if (next === b) break;
    b = next;
  }
  for (let k = b; k < j; k++) {
    const t = tokens[k] as Token;
    if (t.text === "," || CLAUSE_JUNK.has(t.text.toLowerCase())) continue;
    const np = readNounPhrase(text, tokens, k);
    if (np) return withApposition(text, tokens, namedApposition(text, tokens, np) ?? np);
  }
  return null;
}

/** Past a state set off by commas ("Iowa," / "N.H.,") at `b`, when one stands there. */
function skipState(tokens: Token[], b: number, j: number): number {
  for (let k = b + 1; k < j && k <= b + 2; k++) {
    if (tokens[k]?.text !== ",") continue;
    const words = tokens.slice(b, k).map((t) => t.text);
    // Tokens may split an abbreviation from its stop ("N.H" + ".").
    return isPlace(words.join(" ").replace(/ \.$/, ".")) ? k + 1 : b;
  }
  return b;
}

const MAX_CLAUSE = 80;
const QUOTE_MARK = /^(?:[“”"]|'')$/;

/**
 * When `tokens[b]` closes a short quotation that a word (not a stop) introduces inside the
 * sentence ("author of ''The Long Road,'' put it"), the index of its opening mark; else -1.
 */
function inlineQuoteOpen(tokens: Token[], b: number): number {
  if (b < 1 || !QUOTE_MARK.test((tokens[b] as Token).text) || tokens[b]?.text === "“") return -1;
  // "… called the move “arbitrary.” Josh Hendler, …": a quotation closed after a stop, a
  // capital after it, ends its sentence ("She declared “What a night!” and said" does not).
  if (/^[.!?]$/.test(tokens[b - 1]?.text ?? "") && tokens[b + 1]?.cap) return -1;
  for (let k = b - 1; k > 0 && k >= b - 10; k--) {
    const t = tokens[k] as Token;
    if (/^[.!?]$/.test(t.text) && k < b - 2) return -1;
    if (!QUOTE_MARK.test(t.text)) continue;
    const before = tokens[k - 1] as Token;
    return t.text !== "”" && !before.punct ? k : -1;
  }
  return -1;
}

/**
 * "Her rival, Tom Briggs, …" and "Clara Boone's business manager, Armand Willis, …": a
 * description (or a possessor and its role) followed by the name it stands for.
 */
function namedApposition(text: string, tokens: Token[], np: SourceMention): SourceMention | null {
  const owned = possessor(text, np);
  if (np.kind !== "description" && !owned) return null;
  // After a possessor its role runs up to the comma: "Clara Boone's business manager,".
  let at = tokenAt(tokens, np.end);
  while (owned && at >= 0 && at < tokens.length && !(tokens[at] as Token).punct) at++;
  const comma = tokens[at];
  if (!comma || comma.text !== "," || comma.start - np.end > 40) return null;
  const name = readNounPhrase(text, tokens, at + 1);
  const after = name ? tokenAt(tokens, name.end) : -1;
  if (!name || name.kind !== "name" || !/^[,:]$/.test(tokens[after]?.text ?? "")) return null;
  const phrase = text.slice(np.start, (tokens[at - 1] as Token).end);
  const described = isRoleNoun(phrase.split(/\s+/).pop() ?? "")
    ? phrase.replace(/^(?:a|an|the|his|her|its|their)\s+/i, "")
    : null;
  if (owned && !described) return null;
  return { ...name, role: name.role ?? described };
}

/** A name in the possessive ("Clara Boone's"): what follows it is the head of the phrase. */
function possessor(text: string, np: SourceMention): boolean {
  return np.kind === "name" && /['’]s?$/.test(text.slice(np.start, np.end));
}

// "When asked whom she supported, Ms. Sherry smiled and said": the subject follows the intro.
const INTRO =
  /^(?:alongside|amid|among|along|when|after|before|if|as|while|although|though|asked|speaking|in|at|on|during|since|because|with|without|despite|following|unlike|like|for|from|under|by|earlier|later|last|this|once|until|addressing|responding|writing|referring|given|between|based|within|throughout|upon|regarding|absent)$/i;

const TIME_WORD =
  /^(?:later|earlier|ago|hours|days|weeks|months|years|minutes|moments|meanwhile|however|yesterday|today|tonight|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|now|instead|still|also|indeed|so|well|again)$/i;

const LEAD_IN = /^(?:but|and|yet|so|almost|nearly|even|just|ever)$/i;

function skipIntroduction(text: string, tokens: Token[], start: number, j: number): number {
  let comma = -1;
  for (let k = start + 1; k < j && comma < 0; k++) if (tokens[k]?.text === ",") comma = k;
  if (comma < 0) return start;
  if (asNamePutsIt(text, tokens, start, comma)) return start + 1;
  // "But almost immediately after she did, Axelrod …": conjunctions and adverbs lead in.
  while (start < comma - 1 && LEAD_IN.test(tokens[start]?.text ?? "")) start++;
  const first = tokens[start]?.text ?? "";
  // "Immediately after the attacks, Trump …": an adverb may lead the introduction.
  const led =
    /^(?:\p{L}+ly|soon|right|just)$/iu.test(first) && INTRO.test(tokens[start + 1]?.text ?? "");
  // "Chastened by the analyses, Trump …": a participle with its agent leads in too.
  const agent = /^\p{Lu}\p{Ll}+ed$/u.test(first) && tokens[start + 1]?.text === "by";
  if (INTRO.test(first) || led || agent || /^\p{Lu}\p{Ll}+ing$/u.test(first)) return comma + 1;
  // "Hours later, Trump …", "On Tuesday, the senator …": a short time phrase before the subject.
  const intro = tokens.slice(start, comma);
  // "Often, Kessel …", "Separately, the senator …": one sentence adverb before the subject.
  const adverb =
    intro.length === 1 &&
    /^(?:\p{L}+ly|often|sometimes|besides|likewise|moreover|furthermore|worse|overall)$/iu.test(
      first,
    );
  // "Fifteen minutes after the pick was announced, Podesta …": a span of time opening the
  // sentence, however long the clause it leads, introduces the subject.
  const span =
    /^(?:\p{N}+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few)$/iu.test(
      first,
    ) &&
    /^(?:seconds|minutes|hours|days|weeks|months|years|decades)$/i.test(
      tokens[start + 1]?.text ?? "",
    );
  return adverb || span || (intro.length <= 4 && intro.some((t) => TIME_WORD.test(t.text)))
    ? comma + 1
    : start;
}

/**
 * "As Steven Rosenthal, a tax lawyer, put it, …": "As" before a name and its apposition is no
 * introduction to skip; the name is the subject of "put it".
 */
function asNamePutsIt(text: string, tokens: Token[], start: number, comma: number): boolean {
  if (!/^as$/i.test(tokens[start]?.text ?? "")) return false;
  const np = readNounPhrase(text, tokens, start + 1);
  return np?.kind === "name" && np.end === (tokens[comma - 1] as Token).end;
}

function isBoundary(tokens: Token[], b: number): boolean {
  const t = tokens[b] as Token;
  // "Sen. Richard Durbin (D-Ill.), noting …": a stop inside a party tag ends nothing.
  // "the No. 2 in the GOP": a number sign's stop ends nothing either.
  if (/^[.!?]$/.test(t.text))
    return (
      !(b > 0 && takesStop(tokens[b - 1] as Token)) &&
      !/^[,)]$/.test(tokens[b + 1]?.text ?? "") &&
      !(/^no$/i.test(tokens[b - 1]?.text ?? "") && /^\p{N}/u.test(tokens[b + 1]?.text ?? ""))
    );
  return /^(?:[“”";:]|'')$/.test(t.text);
}

function roleGender(words: Token[]): "m" | "f" | null {
  for (const t of words) {
    const w = t.text.toLowerCase();
    if (MALE_ROLES.has(w)) return "m";
    if (FEMALE_ROLES.has(w)) return "f";
  }
  return null;
}

const DASH = /^[—–]$/;
// Words after an apposition's head noun: "analyst in Moscow", "surgeon and daytime TV star".
const HEAD_ENDS = /^(?:of|at|for|in|on|with|from|to|since|and|or|based|who|whose)$/i;

/** Adds the role an apposition gives ("Simon Saradzhyan, an independent security analyst in Moscow,"). */
export function withApposition(text: string, tokens: Token[], np: SourceMention): SourceMention {
  // A title abbreviation alone ("Col.", "Sen.") gives way to a fuller apposition.
  if (np.kind !== "name" || (np.role && !/^\p{Lu}\p{Ll}{0,4}\.?$/u.test(np.role))) return np;
  const at = tokenAt(tokens, np.end);
  const mark = tokens[at]?.text ?? "";
  // "Mehmet Oz — Ivy League-trained surgeon and daytime TV star —": a dash sets one off too.
  const spaced = (t: Token | undefined): boolean =>
    !!t && t.start > (tokens[at - 1]?.end ?? 0) && (tokens[at + 1]?.start ?? 0) > t.end;
  const dashed = DASH.test(mark) || (mark === "-" && spaced(tokens[at]));
  if (at < 0 || (mark !== "," && !dashed)) return np;
  const first = tokens[at + 1];
  // "Andy Williams, chief executive of the health board,": a bare title may open it too.
  if (!first) return np;
  const bareTitle = isRoleWord(first) && (!first.cap || isRoleNoun(first.text));
  const opener = bareTitle || /^(?:a|an|the|his|her|their|its|[\p{L}]+['’]s?)$/iu.test(first.text);
  // After a dash a capitalised modifier may open it too ("— Ivy League-trained surgeon —").
  if (!opener && !(dashed && first.cap)) return np;
  let k = at + 1;
  const stops = (t: Token, k: number): boolean =>
    // "Rainer Holt, German co-head of Airco will also step down": a verb ends a comma-less one.
    /^(?:[,;:“”"()—–]|who|which|whose|said|says|told|will|would|is|was|has|had)$/i.test(t.text) ||
    (t.text === "-" && t.start > (tokens[k - 1] as Token).end) ||
    (t.text === "." && !takesStop(tokens[k - 1] as Token));
  while (k < tokens.length && k < at + 16 && !stops(tokens[k] as Token, k)) k++;
  const last = tokens[k - 1];
  if (!last || k === at + 1) return np;
  // An apposition names a role ("an independent security analyst"); a list item does not, nor a
  // clause ("President Obama's approval rating remains strong"): its head noun is a role noun.
  const words = tokens.slice(at + 1, k);
  const headAt = words.findIndex((t, n) => n > 0 && HEAD_ENDS.test(t.text));
  const head = words[(headAt < 0 ? words.length : headAt) - 1] as Token;
  // A plural head ("Greek sprinters", "anti-noise campaigners") describes a group, not this person.
  const plural = /[^s]s$/i.test(head.text) && !/(?:ss|ess)$/i.test(head.text);
  if (
    plural ||
    (!isRoleNoun(head.text) && !/^(?:republican|democrat|independent)$/i.test(head.text))
  )
    return np;
  const heads = tokens.slice(at + 1, Math.min(k, at + 8));
  const role = text.slice(first.start, last.end).replace(/^(?:a|an|the|his|her|its|their)\s+/i, "");
  // "Dottie Deans, the chairwoman of …": a gendered role noun tells a later "she".
  return { ...np, role, gender: np.gender ?? roleGender(heads) };
}
