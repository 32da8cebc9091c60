import { BLAME_PHRASES, BLAME_VERBS } from "../lexicon/blame-words.js";

/**
 * The words of opposition a news story uses when one party acts against another. Weights say how
 * surely the verb alone means a dispute: "sued" always does, "warned" or "challenged" (a title
 * challenge) only sometimes.
 */
export interface OppositionVerb {
  pattern: RegExp;
  weight: number;
  /** Also a noun ("a challenge", "its tax dispute"): a determiner up to two words before makes it one. */
  alsoNoun?: boolean;
  /** Also the play of a match ("blasted wide", "denied by the keeper", "attacks down the left"). */
  sporting?: boolean;
  /** How the target side's position reads when it only receives the action ("Faces criticism"). */
  noun: string;
  /** The target stands inside the phrase, after its first word: "took Gazprom to court". */
  objectInside?: boolean;
}

const verb = (
  source: string,
  weight: number,
  noun: string,
  alsoNoun = false,
  sporting = false,
): OppositionVerb => ({
  pattern: new RegExp(`^(?:${source})$`, "i"),
  weight,
  noun,
  alsoNoun,
  sporting,
});

// Single words, matched against one token; phrasal verbs ("hit out at") are in `oppositionPhrases`.
export const oppositionVerbs: readonly OppositionVerb[] = [
  verb("accus(?:e|es|ed|ing)", 2, "accusations"),
  verb("su(?:e|es|ed|ing)", 2, "a lawsuit"),
  verb("critici[sz](?:e|es|ed|ing)", 2, "criticism"),
  verb("condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|castigat(?:e|es|ed|ing)", 2, "condemnation"),
  verb("lambast(?:s|ed|ing)?|berat(?:e|es|ed|ing)", 2, "criticism"),
  verb("slam(?:s|med|ming)?|blast(?:s|ed|ing)?", 2, "criticism", false, true),
  verb(
    "rebuk(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|snub(?:s|bed|bing)?|ridicul(?:e|es|ed|ing)",
    2,
    "rebuke",
  ),
  verb("attack(?:s|ed|ing)?", 1.5, "attacks", true, true),
  verb(BLAME_VERBS.join("|"), 2, "blame", true),
  verb("reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)", 2, "rejection"),
  verb("oppos(?:e|es|ed|ing)|resist(?:s|ed|ing)?", 1.5, "opposition", false, true),
  verb("disput(?:e|es|ed|ing)|contradict(?:s|ed|ing)?", 1.5, "a challenge", true),
  verb("den(?:y|ies|ied|ying)", 1.5, "denials", false, true),
  verb("challeng(?:e|es|ed|ing)|question(?:s|ed|ing)?", 1, "a challenge", true, true),
  verb("block(?:s|ed|ing)?|veto(?:es|ed|ing)?|boycott(?:s|ed|ing)?", 1.5, "a block", true, true),
  verb("threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?", 1, "warnings", true, true),
  verb("defy|defies|defied|defying", 1.5, "defiance"),
  verb("press(?:es|ed|ing)?|urg(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)", 1, "pressure", true, true),
  verb("scold(?:s|ed|ing)?|chastis(?:e|es|ed|ing)|reprimand(?:s|ed|ing)?", 2, "criticism"),
  verb("pillor(?:y|ies|ied|ying)|derid(?:e|es|ed|ing)|mock(?:s|ed|ing)?", 2, "criticism"),
  verb("discredit(?:s|ed|ing)?|repudiat(?:e|es|ed|ing)|disown(?:s|ed|ing)?", 2, "criticism"),
  // A regulator or court against a company or person: "fined", "censured", "overruled".
  verb(
    "fined|censur(?:e|es|ed|ing)|penalis(?:e|es|ed|ing)|penaliz(?:e|es|ed|ing)",
    1.5,
    "a penalty",
  ),
  verb("overrul(?:e|es|ed|ing)|overturn(?:s|ed|ing)?|impeach(?:es|ed|ing)?", 1.5, "a ruling"),
  verb("investigat(?:es|ed|ing)|prob(?:es|ed|ing)", 1, "an investigation"),
  // "they are being punished by the authorities", "persecuted by the regime"; a side "punished"
  // a mistake in a match is play.
  verb(
    "punish(?:es|ed|ing)?|persecut(?:e|es|ed|ing)|victimi[sz](?:e|es|ed|ing)|harass(?:es|ed|ing)?",
    1.5,
    "persecution",
    false,
    true,
  ),
];

/** Phrases that work as one verb of opposition; the target follows them. */
export const oppositionPhrases: readonly OppositionVerb[] = [
  {
    pattern: /\b(?:hit|hits|hitting|lash(?:es|ed|ing)?|lashed)\s+out\s+(?:at|against)\b/gi,
    weight: 2,
    noun: "criticism",
  },
  {
    pattern: /\b(?:round(?:s|ed|ing)?)\s+on\b/gi,
    weight: 2,
    noun: "criticism",
  },
  {
    pattern:
      /\b(?:took|take|takes|taking|taken)\s+(?:(?:legal\s+)?action\s+against|[^,.;]{1,40}?\s+to\s+court)\b/gi,
    weight: 2,
    noun: "a lawsuit",
    objectInside: true,
  },
  // "held the board responsible for", "pointed the finger at the council".
  ...BLAME_PHRASES.map((source) => ({
    pattern: new RegExp(String.raw`\b${source}\b`, "gi"),
    weight: 2,
    noun: "blame",
    objectInside: true,
  })),
  {
    pattern:
      /\b(?:fil(?:e|es|ed|ing)|launch(?:es|ed|ing)?|lodg(?:e|es|ed|ing)|brought|bring|brings)\s+(?:a|an)\s+(?:(?:law)?suit|legal\s+(?:action|challenge)|complaint|appeal|case|objection)\s+(?:against|with)\b/gi,
    weight: 2,
    noun: "a lawsuit",
  },
  {
    pattern: /\b(?:appeal(?:s|ed|ing)?|protest(?:s|ed|ing)?|campaign(?:s|ed|ing)?)\s+against\b/gi,
    weight: 1.5,
    noun: "opposition",
  },
  { pattern: /\bobject(?:s|ed|ing)?\s+to\b/gi, weight: 1.5, noun: "objections" },
  { pattern: /\bruled\s+against\b/gi, weight: 2, noun: "a ruling" },
  // "Butler launches attack on Blair", "mounted a fierce assault on the plans".
  {
    pattern:
      /\b(?:launch(?:es|ed|ing)?|mount(?:s|ed|ing)?|made|makes?|renew(?:s|ed|ing)?)\s+(?:(?:a|an|his|her|its|their|the|fresh|new|scathing|fierce|furious|stinging|bitter|blistering|personal|strong)\s+){0,3}(?:attack|assault|broadside|tirade)\s+(?:on|against)\b/gi,
    weight: 2,
    noun: "attacks",
  },
  // "won its case against", "lost his appeal against", "won a libel battle against".
  {
    pattern:
      /\b(?:won|wins|lost|loses|winning|losing)\s+(?:its|his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:case|battle|appeal|claim|fight|action|challenge)\s+(?:against|with)\b/gi,
    weight: 2,
    noun: "a lawsuit",
  },
  { pattern: /\bclash(?:es|ed|ing)?\s+with\b/gi, weight: 2, noun: "a clash" },
  {
    pattern: /\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?critical\s+of\b/gi,
    weight: 1.5,
    noun: "criticism",
  },
  // "called him a liar", "has been branded a charlatan by fellow physicians".
  {
    pattern:
      /\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ling)?|dubb?(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?(?:a|an)\s+(?:[\w-]+\s+)?(?:charlatan|liar|quack|fraud|hypocrite|disgrace|coward|bully|racist|crook|traitor|idiot|fool|menace|bigot|cheat|joke|failure)s?\b/gi,
    weight: 2,
    noun: "insults",
  },
  {
    pattern: /\bcalled\s+for\s+(?:the\s+)?(?:resignation|sacking)\s+of\b/gi,
    weight: 2,
    noun: "calls to resign",
  },
];

/** Nouns of a dispute: "a row between X and Y", "X's legal battle with Y". */
export const conflictNoun =
  /\b(?:row|rows|dispute|disputes|clash|clashes|battle|battles|feud|rift|spat|war\s+of\s+words|legal\s+action|lawsuit|court\s+case|fight|stand-?off|tussle|wrangle|bust-up|confrontation|conflict|rivalry)\b/gi;

/** "the disapproval of rural farm workers", "anger from unions": the party after opposes. */
export const oppositionNounOf =
  /\b(?:disapproval|anger|ire|wrath|fury|condemnation|hostility|outrage|protests?|criticism|opposition)\s+(?:of|from)\s+(?:the\s+)?/gi;

/** "X and Y clashed", "X and Y are at odds": both parties joined by "and" before the verb. */
export const jointConflictVerb =
  /^\s*(?:have\s+|had\s+|are\s+|were\s+|remain\s+|have\s+been\s+)?(?:clashed|clash|at\s+odds|at\s+loggerheads|disagree|disagreed|quarrelled|argued|fell\s+out|in\s+dispute|locked\s+in)\b/i;

/**
 * A sentence that answers the one before: "But X said", "However, X countered". The rebuttal
 * cue may stand anywhere in the sentence; the opener only at its start.
 */
export const contrastOpener =
  /^\s*[“"]?\s*(?:but|however|yet|in\s+response|responding|hitting\s+back|in\s+contrast|by\s+contrast)\b/i;
export const rebuttalCue =
  /\b(?:countered|counters|retorted|retorts|hit\s+back|hits\s+back|disagreed|disagrees|rebutted|insisted|insists|rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes|responded|replied|shot\s+back|fired\s+back)\b/i;

// "Chelsea were denied a penalty", "denied them victory": sport, not a denial.
export const sportingDenial =
  /^\s+(?:\w+\s+)?(?:a|an|the|victory|them|him|her|us|any\s+chance)\b(?!\s+(?:claims?|allegations?|reports?|charges?|accusations?))/i;

// "Milburn … dismissed claims of a rift": claims with no one's name (press talk) are what the
// cue answers, not another speaker; "dismissed the claims", "his claims" are someone's.
export const unownedClaims =
  /^\s+(?:claims|reports|suggestions|speculation|rumou?rs|allegations|talk)\b/i;
