/**
 * Verbs that report speech or writing, in every form a news story uses them. Our own list,
 * informed by the SFU GenderGapTracker's quote verb list (MIT) and news style guides.
 */

/** A space-separated word list as an array (keeps long lists compact). */
function words(list: string): string[] {
  return list.split(" ");
}
const REGULAR = words(
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
    "assess call text email e-mail quote fume grumble mutter exult gripe",
);
// Only the past of "press" and "question": their other forms are nouns ("press secretary").
const IRREGULAR = words(
  "stated say says said saying tell tells told telling write writes wrote writing written think " +
    "thinks thought go goes went speak spoke speaks put puts maintain maintains maintained " +
    "add adding read reads pressed questioned",
);

// Verbs that double their last consonant: admit → admitted, quip → quipped.
const DOUBLING = new Set(
  words("admit quip snap chat blog jab slam omit submit regret commit prod nag drop"),
);

function inflect(base: string): string[] {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  if (base.endsWith("y") && !/[aeiou]y$/.test(base)) {
    const root = base.slice(0, -1);
    return [base, `${root}ies`, `${root}ied`, `${base}ing`];
  }
  const doubled = DOUBLING.has(base) ? `${base}${base.slice(-1)}` : stem;
  const s = /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, s, `${doubled}ed`, `${doubled}ing`];
}

/** Every form of every reporting verb, lower case. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  ...REGULAR.flatMap(inflect),
  ...IRREGULAR,
]);

/**
 * Verbs that report speech only right next to a quote ("…,” he continued", "the editorial
 * read: “…”") and never in "said X"-style inversion; elsewhere they mean something else.
 */
export const WEAK_VERBS: ReadonlySet<string> = new Set(
  words(
    "believe believes believed think thinks thought worry worries worried fear fears feared " +
      "go goes went put puts speak speaks spoke call calls called calling quote quotes quoted " +
      "quoting continue continues continued describe describes described accuse accused " +
      "read reads laugh laughs laughed laughing chuckle chuckles chuckled sigh sighs sighed " +
      "pressed questioned point points",
  ),
);

/** Whether a lower-cased word is a form of a reporting verb. */
export function isReportingVerb(word: string): boolean {
  return REPORTING_VERBS.has(word);
}
