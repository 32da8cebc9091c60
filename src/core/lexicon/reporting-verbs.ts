import { verbForms, words } from "./word-list.js";

/**
 * Verbs of speech and writing, the one list every quote rule reads; a new verb is one word here.
 * Our own list, informed by news style guides and the reporting-verb list of the SFU
 * GenderGapTracker (sfu-discourse-lab/GenderGapTracker, nlp/english/rules/quote_verb_list.txt,
 * MIT licence, © the SFU Discourse Processing Lab).
 */
const SPEECH_LEMMAS =
  "acknowledge add admit advise allege announce answer argue ask assert assure boast " +
  "caution charge cheer claim comment complain concede conclude confirm contend continue " +
  "counter cry declare demand deny describe disclose dismiss emphasise emphasize estimate " +
  "exclaim explain indicate inform insist joke lament mention muse note object observe " +
  "plead point post pledge predict proclaim promise propose protest quip reassure recall " +
  "recount reiterate remark remind reply report respond retort reveal scoff scream shout " +
  "snap stress suggest testify thunder tweet urge vow warn whisper wonder yell " +
  "believe worry fear accuse blast criticize criticise repeat interject chime elaborate " +
  "clarify concur echo remember opine chant interrupt boom disagree agree retaliate reason " +
  "rant rave riff react bark growl sneer hiss gush marvel sigh chuckle laugh summarize summarise " +
  "assess call text email e-mail quote fume grumble mutter exult gripe " +
  "acclaim declaim decry denounce disclaim dispute highlight illustrate notify persist preach " +
  "reassert reckon reconfirm restate";

// Only the past of "press" and "question": their other forms are nouns ("press secretary").
const SPEECH_IRREGULAR =
  "stated say says said saying tell tells told telling write writes wrote writing written think " +
  "thinks thought go goes went speak spoke speaks put puts maintain maintains maintained " +
  "add adding read reads pressed questioned retold retell retells retelling";

/** Every form of every reporting verb, lower case. */
export const REPORTING_VERBS: ReadonlySet<string> = verbForms(SPEECH_LEMMAS, SPEECH_IRREGULAR);

/**
 * Verbs that report speech only right next to a quote ("…,” he continued", "the editorial
 * read: “…”") and never in "said X"-style inversion; elsewhere they mean something else.
 */
export const WEAK_VERBS: ReadonlySet<string> = verbForms(
  "believe worry fear call quote continue describe accuse laugh chuckle sigh point reckon " +
    "highlight illustrate persist preach",
  "think thinks thought go goes went put puts speak speaks spoke read reads pressed questioned",
);

/** The commonest verbs of attribution, which alone signal "… , X said" right after a quote. */
export const CORE_SAY_VERBS: ReadonlySet<string> = new Set(
  words(
    "said says say added adds told tells asked asks wrote writes noted stated explained argued",
  ),
);

/** Whether a lower-cased word is a form of a reporting verb. */
export function isReportingVerb(word: string): boolean {
  return REPORTING_VERBS.has(word);
}

/**
 * The four plainest forms of attribution: so common they say nothing about a topic (archive
 * search drops them), and a capitalised one opens a sentence rather than a name.
 */
export const PLAIN_SAY_FORMS: ReadonlySet<string> = new Set(words("said says told added"));

/**
 * Reporting verbs that carry a plan or a forecast into the next steps ("said it would",
 * "pledged that", "warned the plant will close", "agreed to"); both the step finder and its
 * markers read this one list.
 */
export const FUTURE_REPORTING_VERBS: readonly string[] = words(
  "said says say told tells announced added promised pledged agreed vowed insisted warned " +
    "confirmed decided stated predicted",
);
