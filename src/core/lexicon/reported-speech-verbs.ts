import { verbForms, words } from "./word-list.js";

/**
 * Verbs whose complement is what was said, reported without the verb: "Rice said (that) talks …
 * would continue" → "talks … would continue". Neutral verbs of saying, writing and finding.
 */
export const SAY_CONTENT_VERBS: ReadonlySet<string> = without(
  verbForms(
    "add argue acknowledge admit affirm allege announce answer assert assure boast caution " +
      "claim comment complain concede conclude confirm contend counter declare disclose " +
      "emphasise emphasize estimate explain find indicate inform insist joke mention note " +
      "observe point predict proclaim recall recount reiterate remark remind reply report " +
      "respond retort reveal show signal stress suggest testify tweet post warn " +
      "repeat clarify concur agree hint complain caution estimate ask wonder " +
      // Measured on PolNeAR train: 6 of 6 new uses report the plea ("pleaded guilty to …";
      // "protest", "shout", "rule", "beam", "quip" fall below or barely occur).
      "plead " +
      // Rare verbs of musing, guessing and boasting, each under 3 new uses on PolNeAR train but
      // together precise (measured as one group below).
      "muse posit guess gush profess surmise forecast brag",
    "foresee foresees foresaw say says said saying tell tells told telling write writes wrote writing written " +
      "stated maintain maintains maintained maintaining signalled " +
      "showed shown found finds finding read called calls calling",
  ),
  // Forms that are mostly nouns or mean something else in news (measured on PolNeAR train,
  // under half of them reported speech there): "his remarks", "maintained a lead", "adds up".
  "remarks comments maintain maintains maintained written adds",
);

/** A set of verb forms without some of them. */
function without(forms: ReadonlySet<string>, drop: string): ReadonlySet<string> {
  const out = new Set(forms);
  for (const w of words(drop)) out.delete(w);
  return out;
}

/**
 * Verbs of stance, intention and judgement (measured on PolNeAR train: "support", "back",
 * "endorse", "plan", "seek", "refuse", "oppose", "call" are left out, being mostly no
 * attribution there: "a super PAC supporting Faso", "call centers", "called off a deal") whose words stay in the reported clause, because
 * dropping them would change its meaning: "denied any wrongdoing", "hopes to win",
 * "did not expect the Russians to agree".
 */
export const STANCE_VERBS: ReadonlySet<string> = verbForms(
  "deny dismiss reject dispute decline doubt criticize criticise praise defend accuse blame " +
    "condemn denounce welcome applaud believe think expect hope fear worry feel suspect want " +
    "wish intend vow promise threaten urge demand " +
    // Verbs of view, knowledge and order, each reporting a position in at least 80 of 100 uses
    // on PolNeAR train ("expressed", "opposed", "pledged", "seemed", "saw", "mocked" fall below).
    "describe discuss understand order recognize highlight learn tout remember realize " +
    // Verbs of praise, blame, feeling and proposal from the GenderGapTracker family: on PolNeAR
    // train the first group reports a position in at least 75 of 100 new uses, the last five
    // in 60 to 70 ("attacked", "thanked", "championed" fall below: "attacked Cruz relentlessly").
    "express mock decry advocate lament hail assail lambast deride chide rebuke reaffirm " +
    "scold berate castigate ridicule commend salute " +
    "propose blast slam pledge voice " +
    // Verbs of view, likeness and thanks ("portrayed him as …", "likened the plan to …").
    "portray characterize characterise liken congratulate recommend " +
    // Verbs of refusal, rebuttal, conjecture and promotion, each reporting a position in at
    // least 85 of 100 new uses on PolNeAR train, 24 of 25 in all ("balked at a plan",
    // "speculated that …"; "railed", "bemoaned", "challenged", "echoed", "disagree",
    // "underscore", "lashed" fall below, at 40 to 83 in 100).
    "balk rebut speculate trumpet retweet " +
    // Rare verbs of thought and rejection ("pondered whether …", "deplored the cuts").
    "ponder contemplate deplore disavow",
  "thought felt know knows sees consider considers considering prefer preferred " +
    // Forms of implication, reference and understanding: 28 of 30 new uses report a position
    // on PolNeAR train ("implied that …", "referencing the scandal"; "knew", "considered",
    // "identified", "compared", "questioning", "invoked" fall below, at 44 to 70 in 100).
    "implied implying referenced referencing understood " +
    // Past forms of noticing, co-sponsoring and criticism: 16 of 17 new uses on PolNeAR train
    // report a position ("noticed that …", "co-sponsored a bill to …", "knocked Smith on
    // trade"; "favored", "ignored", "published", "sounded", "voted", "focused", "deemed",
    // "encouraged", "ripped", "instructed", "celebrated", "singled", "bashed" fall below).
    "noticed co-sponsored knocked floated " +
    // Finite forms of verbs of plan and position that report one in at least 85 of 100 uses on
    // PolNeAR train ("endorsed", "appeared", "offered", "sought" fall far below).
    "plans planned cited cites citing questioned refuses prefers referring " +
    // Forms of refusal, opposition and support that report a position in about 70 of 100 new
    // uses on PolNeAR train ("opposed", "support", "supporting", "endorsed" fall far below:
    // "strongly opposed by", "a super PAC supporting Faso").
    "refuse refused refusing oppose opposes supports supported " +
    // Forms of view, thanks, preference and attack that report a position on PolNeAR train
    // ("see the race as …", "views him as …", "favors a tax", "attacking Trump over …").
    "see viewed views thanked favors favoring attacking " +
    // Forms of seeming, seeking, credit and admiration that report a
    // position in at least 74 of 100 new uses on PolNeAR train ("appeared", "offered",
    // "decided", "backing", "signed", "pushed" fall far below: "appeared on stage").
    "seemed seems seek credited credits admired admires",
);

/** Verbs of speech whose object is the listener ("told reporters …", "assured allies …"). */
export const LISTENER_VERBS: ReadonlySet<string> = verbForms(
  "tell ask inform assure reassure remind warn urge advise notify",
  "told tells telling",
);

/**
 * Verbs of talk that report only what they were about ("spoke about the rights …", "talked of
 * a recent visit"): their content is the topic after "about" or "of", never a clause.
 */
export const TOPIC_VERBS: ReadonlySet<string> = verbForms("talk", "speak speaks spoke speaking");

/**
 * Verbs of stance whose object is the position held, reported without the verb (the verb is its
 * cue): "Christie endorsed Trump" → "Trump", "wants to cut taxes" → "to cut taxes". Negated they
 * report nothing ("has not endorsed a candidate"), unless they are verbs of stance as well, whose
 * words a negation keeps ("does not want to …"). Measured on PolNeAR train, each form reports a
 * position in at least 80 of 100 new uses ("backing", "backs", "support", "supporting",
 * "seeking", "plan" fall below: "a group backing Bush", "48% support in Florida").
 */
export const OBJECT_STANCE_VERBS: ReadonlySet<string> = verbForms(
  "endorse oppose",
  "supports supported backed want wants wanted plans planned",
);
