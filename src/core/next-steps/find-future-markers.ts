import { findNounMarkers } from "./find-noun-markers.js";
import { FUTURE_REPORTING_VERBS } from "../lexicon/reporting-verbs.js";

/** Where a sentence speaks of the future, and how ("would" needs reported speech to count). */
export interface FutureMarker {
  index: number;
  /**
   * `scheduled` (a present tense with a time: "the tournament starts on 17 January") and
   * `possible` ("he could be playing next month") count only when a time to come follows;
   * `progressive` ("they are hosting a show this weekend") and `forecast` ("sales will fall
   * next year") only when a definite one does. `dated` (a plan told in the past or in a relative
   * clause: "it planned to ship early next year", "which are expected to reach shops in March")
   * counts only with a definite date to come that is not a bare weekday (in a past-tense
   * sentence a weekday is a day gone by); `deadline` ("must be returned by Jan. 14", "asked it
   * to respond by Oct. 31") only with such a date after "by", "before" or "until". `noted` (a
   * noun or adjective that names something to come: "notes due 2015", "tomorrow's vote", "an
   * option to buy … after Jan. 1, 1990") counts only with a definite date to come, not a bare
   * weekday, within its `reach`. `projected` (a "would" no one is reported saying: "the stock
   * would be redeemed in five years") counts only with a definite time, outside quotes.
   */
  kind:
    | "will"
    | "would"
    | "plan"
    | "time"
    | "hedged"
    | "scheduled"
    | "possible"
    | "progressive"
    | "forecast"
    | "dated"
    | "deadline"
    | "noted"
    | "projected";
  /** How many characters after the marker its time may start, when not the default. */
  reach?: number;
}

const reporting = `(?:${FUTURE_REPORTING_VERBS.join("|")})`;
const willPattern =
  /(?<!\b(?:the|a|at|his|her|their|its|our|free|political|good|own|ill|goodwill)\s)\b(?:will|shall|(?<=\w)'ll|(?<=\w)’ll)\s+(?:not\s+|now\s+|also\s+|then\s+|soon\s+|still\s+|only\s+|instead\s+|first\s+|finally\s+|probably\s+|definitely\s+)?(?:[a-z]+ly\s+)?([a-z]+)(?:\s+([a-z]+))?/gi;
const wouldPattern =
  /(?<!\b(?:who|which)\s)\bwould\s+(?:not\s+|now\s+|also\s+|then\s+|soon\s+|still\s+|instead\s+)?(?:[a-z]+ly\s+)?([a-z]+)(?:\s+([a-z]+))?/g;
const planPattern =
  /(?<!\b(?:the|its|their|his|her|our|new|any|no|these|those|a|best|only|own|secret|detailed|ambitious|master|better|clear|[A-Z]\.|[A-Z][a-z]+an|had|have|has|suspended|scrapped|dropped|abandoned|shelved|postponed|halted|cancelled|canceled|rejected|blocked|opposed|criticised|criticized|which|that)\s)\b(?:plans?|planning|intends?|intending|aims?|aiming|expects?|(?:is|are)\s+expected|hopes?|(?:is|are)\s+due|(?:is|are)\s+set|(?:is|are)\s+scheduled|(?:is|are)\s+going|(?:is|are)\s+(?:still|yet|now|also|soon)(?:\s+(?:due|going|set|expected|scheduled|planning|preparing))?|has\s+yet|have\s+yet|prepares?|proposes?|promised|pledged|vowed|(?:is|are))\s+to\s+(?!date\b)([a-z]+)(?:\s+([a-z]+))?/g;
// "A majority of voters expect Clinton to win Monday's debate": someone expected to act.
const expectOtherPattern =
  /\b(?:expects?|expected)\s+(?:[A-Z][\w.-]*\s+){1,3}to\s+(?!be\s+(?:a|an|the)\b)[a-z]+/g;
const timePattern = /\b(?:next|coming)\s+(?:week|month|year)\b(?=[^.]*\b(?:will|to)\b)/g;
// A possibility hedged by a condition ("might pull out … unless …") is a conditional next step.
// "may have helped", "could have won": a guess about the past, not a step to come.
const hedgedPattern = /\b(?:might|may|could)\s+(?!(?:well\s+)?have\s)[a-z][^.;]*\b(?:unless|if)\b/g;
const possiblePattern =
  /\b(?:might|may|could)\s+(?!(?:well\s+)?have\s)(?:well\s+|yet\s+|still\s+)?(?:be\s+)?[a-z]+/g;
// Events on a calendar speak in the present: "the series ends on Sunday", "chiefs meet in January",
// "He and Arafat meet separately Monday" (a plain verb after two names joined by "and"),
// "parliament votes on the bill next week", "the case is heard in May",
// "the hearing is set for March 3" (not a forecast: "is set for strong growth in 2005").
const scheduledPattern =
  /\b(?:starts|begins|ends|opens|closes|meets|matures|goes\s+into\s+effect|(?:is|are)\s+likely(?=\s+(?:by|on|in|next|later|this|before|early|late)\b)|(?:postponed|delayed|adjourned|deferred|rescheduled|put\s+off|pushed\s+back)\s+(?:until|till|to)(?=\s)|extended\s+(?:until|till|to)(?=\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+[A-Z][a-z]+|(?:19|20)\d\d\b))|(?<=\b(?:election|vote|hearing|meeting|ruling|verdict|decision|trial|summit|referendum|debate|sentencing|report|results)s?\s)due(?=\s+(?:on|by|in|at|next|later|this|before)\b)|(?:is|are)\s+due(?=\s+(?:on|by|in|at|next|later|this|before)\b)|(?:is|are)\s+(?:now\s+)?(?:set|scheduled|expected|planned|slated)(?=\s+(?:for|on|by|in|next|later|this|before|early|late)\b(?!\s+(?:\w+\s+)?(?:growth|gains?|rises?|falls?|increases?|declines?|losses|recovery|record)))|takes\s+place|kicks\s+off|(?:re)?convenes|(?:payable|effective)(?=\s+(?:on\s+|from\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|(?:has|have)\s+scheduled|(?:has|have)\s+set(?=\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|(?<=,\s)(?:set|due|scheduled|slated)\s+to|(?:is|are)\s+(?:heard|held|staged)(?=\s+(?:on|in|at|next|later|this|early|late)\b)|(?<!\b(?:the|postal|more|fewer|his|her|their|its|our|all|many|of|\d+)\s)votes(?=\s+(?:on|to)\b)|hears|testifies|travels|visits|arrives|launches|resumes|comes\s+into\s+force|takes\s+effect|goes\s+on\s+sale|goes\s+to|decides|holds|lands|premieres|airs|expires|finishes|flies|leaves|plays|faces|hosts|(?<=(?:s|they|we|which|that|\band\s(?:[\w.'-]+\s){0,4}[A-Z][\w.'-]*)\s)(?:meet|hold|hear|begin|start|travel|arrive|resume|(?:re)?convene|take\s+place|kick\s+off|go\s+on\s+sale|go\s+into\s+effect|take\s+effect|come\s+into\s+force|mature|expire|vote|decide|open|close|fly|leave|play|go\s+to))\b/g;
// "The deadline for bids is Friday", "the vote is on Tuesday", "Women's Day is this coming
// Sunday": an event noun given a day to come.
const eventOnDate =
  /(?<=\b(?:deadline|date|vote|election|hearing|meeting|ruling|verdict|decision|launch|release|trial|summit|final|opening|premiere|auction|referendum|debate|sentencing|Day)s?(?:\s+(?:for|on|of)\s+[\w-]+(?:\s+[\w-]+)?)?\s)(?:is|are)(?=\s+(?:on\s+|due\s+|now\s+|this\s+(?:coming\s+)?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|next\b|later\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))/g;
// "Stuff and What Hi Fi? are hosting a show this weekend": a present progressive with a time
// to come is an arrangement; in a relative clause ("which is meeting this week") it is under way.
const progressivePattern =
  /(?<!\b(?:which|who|that)\s)\b(?:is|are)\s+(?:now\s+|also\s+)?(?!being\b|going\b)[a-z]{2,}ing\b/g;
// A plan told in the past or in a relative clause, or a passive infinitive ("a placement, to be
// completed around Nov. 1", "guidelines to be published in early November"): dated only by a
// definite date to come; so is a wish or a goal ("wants to boost sales by the end of 1990",
// "the goal is to put 40,000 troops there by the end of the month"), and an offer ("I am
// willing to leave tomorrow"). "was
// due to open in March", "had planned to" are mostly plans that changed, and are left out.
const datedPlanPattern =
  /(?<!\bhad\s)\b(?:(?:planned|intended)\s+to|(?:(?:has|have)\s+)?(?:decided|agreed)\s+to|(?:is|are)\s+supposed\s+to|(?:which|that)\s+(?:(?:is|are)\s+(?:due|set|scheduled|expected|slated|planned|supposed)\s+to|(?:is|are)\s+to|plans?\s+to|intends?\s+to)|expects?\s+(?:the|its|their|his|her|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?to|(?:subpoenaed|summoned|invited)\s+(?:[\w.'-]+\s+){1,4}?to|\bto(?=\s+be\s)|(?<!\bwould\s)wants\s+to|(?:am|is|are|'m|’m|'re|’re)\s+(?:willing|ready|prepared)\s+to|(?:aim|goal|objective|target)\s+(?:is|was)\s+to)\s+(?:(be)\s+)?([a-z]+)/g;
// An obligation or a request with a date: "must be returned by Jan. 14", "asked it to respond by".
const deadlinePattern =
  /\b(?:(?:must|should)\s+(?!have\b|not\b)|(?:asked|ordered|told|urged|required|requires|require|directed)\s+(?:[\w.'-]+\s+){1,4}?to\s+)(?:(be)\s+)?([a-z]+)/g;
// "said … would" reports a plan; "did not say when … would" does not.
const reportedWould = new RegExp(
  `(?<!\\b(?:not|n't)\\s)\\b${reporting}\\b(?!\\s+(?:when|whether|if|how|why|what)\\b)`,
);
// "The group would leave on Tuesday, Castro said": the report closes the sentence.
const reportedAfter = new RegExp(
  `,\\s+(?:[\\w.'-]+\\s+){1,5}?${reporting}\\b[^,;:]*[.!"\u201d]*\\s*$`,
);
const alwaysPlanned = /^(?:continue|resume|meet|travel|visit|hold|return)$/;
const participle =
  /^(?:\w+ed|\w+ing|held|made|given|taken|built|sold|paid|cut|shut|set|put|seen|done|run|brought|sent|spent|won|shown|known|kept|left|met|told|found|led|hit|launched|able|available|ready|on|back|out|in|open|closed|released|replaced|joined|asked|frozen|chosen|broken|written|driven|beaten|stolen|spoken|hidden|drawn|thrown|grown|forgotten|sworn|withdrawn|undertaken|overtaken|forbidden|struck|begun|bought|caught|taught|sought|fought|heard|read|lost|bound|freed|shaken|woken|ridden|overseen|rebuilt|reborn)$/;
// "n't" has no word boundary before it ("don't", "didn't"), so only "not" and "never" take one.
const negatedBefore = /(?:\bnot|n't|\bnever)\s+$/;
// "Sales will fall", "profits are expected to rise": forecasts of a figure, not anyone's action.
const forecastVerb =
  /^(?:rise|rises|fall|falls|grow|grows|increase|decrease|drop|climb|decline|slow|slip|ease|rebound|recover|reach|top|exceed|surpass|double|halve|jump|soar|slump|shrink|remain|stay|hit|ever|mean|depend|affect)$/;
// "would not say", "would not comment": a refusal to speak, reported in the past.
const refusal = /^not\s+(?:say|comment|reveal|disclose|confirm|discuss|elaborate|specify|give)/;
// "The aim is to win", "his reaction is to deny": a purpose described, not an act planned.
const purposeNoun =
  /\b(?:aim|goal|factor|priority|job|task|idea|objective|challenge|thing|problem|key|point|plan|purpose|intention|mission|role|hope|dream|ambition|answer|way|reaction|response|instinct|strategy|policy|tendency|temptation|rule|option|solution|test|focus|concern|worry|fear|danger|risk|trick|secret|intent)s?\s+(?:\w+\s+){0,3}(?:is|are|was|were)\s+(?:still\s+)?$/i;

const saying = /^(?:will|'ll|’ll)\s+see\b/i;
// "said reopening the line would restore prosperity", "hopes that widening access will help":
// a gerund as the clause's subject makes a claim about an effect, not an act anyone takes.
const gerundSubject =
  /(?:^|\bthat\s|\b(?:said|says|say|believes?|believed|hopes?|hoped|thinks?|thought|argued?|argues|claims?|claimed|insisted|insists)\s)(?!(?:nothing|something|anything|everything|morning|evening|spring|king|thing|ring|wing|bring|sing|string)\b)[a-z]+ing\s[^,;:"\u201c]*$/;
// "it was wrong to suggest the chancellor would …", "denied claims that …": a denied report.
const deniedReport =
  /\b(?:wrong|untrue|false|nonsense|denied|denies|deny|dismissed|dismisses|rejected|rejects)\s+(?:\w+\s+){0,3}(?:suggest|suggesting|suggestions?|claims?|claiming|reports?|that)\b[^,;:]*$/i;
// "It has not said how much the system will cost": an open question, not a plan ("unclear
// whether … will" stays a conditional step).
const openQuestion = /\b(?:not|n't)\s+(?:\w+\s+){0,2}(?:how|when|what|why|who)\b[^,;:]*$/i;

// Only the clause before the verb matters: its last words, so a long sentence costs no more.
function claimOrQuestion(head: string): boolean {
  const clause = head.slice(-120);
  if (!/ing\s|\b(?:not|n't|wrong|untrue|false|nonsense|deni|dismiss|reject)/i.test(clause))
    return false;
  return gerundSubject.test(clause) || deniedReport.test(clause) || openQuestion.test(clause);
}

/** Every future marker in a sentence, in order of position. */
export function findFutureMarkers(sentence: string): FutureMarker[] {
  // A question ("Will the investigations ever stop?") asks; it does not announce.
  if (/\?["'\u201d\u2019)]*$/.test(sentence)) return [];
  const markers: FutureMarker[] = [];
  for (const m of sentence.matchAll(willPattern)) {
    if (!plansSomething(m[1], m[2])) continue;
    // "I will always make sure", "We will see", "time will tell": habits and sayings, no act.
    if (/^(?:always|never|ever|forever)$/i.test(m[1] ?? "") || saying.test(m[0])) continue;
    if (/\bnever\b/i.test(m[0])) continue;
    // "Sales will fall next year": a forecast counts only with a definite time to come.
    if (forecastVerb.test(m[1] ?? "")) {
      markers.push({ index: m.index, kind: "forecast" });
      continue;
    }
    if (/\btime\s+$/i.test(sentence.slice(0, m.index)) && /^will\s+tell\b/i.test(m[0])) continue;
    if (claimOrQuestion(sentence.slice(0, m.index))) continue;
    markers.push({ index: m.index, kind: "will" });
  }
  for (const m of sentence.matchAll(wouldPattern)) {
    const reported = reportedWould.test(sentence.slice(0, m.index));
    const verb = m[1] ?? "";
    if (
      (reported || alwaysPlanned.test(verb)) &&
      plansSomething(verb, m[2]) &&
      !forecastVerb.test(verb) &&
      !refusal.test(sentence.slice(m.index + 6)) &&
      !claimOrQuestion(sentence.slice(0, m.index))
    ) {
      markers.push({ index: m.index, kind: "would" });
    } else if (
      // Reported after the fact, a "would" counts only with a definite time to come.
      reportedAfter.test(sentence.slice(m.index)) &&
      plansSomething(verb, m[2]) &&
      !forecastVerb.test(verb) &&
      !claimOrQuestion(sentence.slice(0, m.index))
    ) {
      markers.push({ index: m.index, kind: "forecast" });
    } else if (plansSomething(verb, m[2]) && projected(sentence, m.index)) {
      markers.push({ index: m.index, kind: "projected" });
    }
  }
  for (const m of sentence.matchAll(planPattern)) {
    const copula = /^(?:is|are)\s+to/.test(m[0]);
    const head = sentence.slice(Math.max(0, m.index - 60), m.index + m[0].indexOf("to"));
    if (copula && purposeNoun.test(head)) continue;
    // "hopes to have a stadium by 2008" plans to have it; "expects to have finished" does not.
    // "is going to have a big impact" is a forecast, not a plan.
    const hasIt =
      m[1] === "have" &&
      !participle.test(m[2] ?? "") &&
      /^(?:plans?|planning|intends?|intending|aims?|aiming|hopes?|expects?)\s/.test(m[0]);
    if (!hasIt && !plansSomething(m[1], m[2])) continue;
    markers.push({ index: m.index, kind: forecastVerb.test(m[1] ?? "") ? "forecast" : "plan" });
  }
  for (const m of sentence.matchAll(expectOtherPattern))
    markers.push({ index: m.index, kind: "plan" });
  for (const m of sentence.matchAll(timePattern)) markers.push({ index: m.index, kind: "time" });
  for (const m of sentence.matchAll(hedgedPattern))
    markers.push({ index: m.index, kind: "hedged" });
  for (const m of sentence.matchAll(possiblePattern))
    markers.push({ index: m.index, kind: "possible" });
  for (const m of sentence.matchAll(progressivePattern))
    markers.push({ index: m.index, kind: "progressive" });
  // These stand at their verb, so the time is sought from the act ("asked the bank's two
  // largest lenders to respond by …"), not from the asking.
  for (const m of sentence.matchAll(datedPlanPattern)) {
    // "which are expected to be big hits": after "be" only a participle is an act.
    if (negated(sentence, m.index) || (m[1] && !plansSomething(m[1], m[2]))) continue;
    if (/^to\s/.test(m[0]) && !passiveToCome(sentence, m.index, m[2])) continue;
    const verb = m[2] ?? "";
    const index = m.index + m[0].length - verb.length;
    markers.push({ index, kind: forecastVerb.test(verb) ? "forecast" : "dated" });
  }
  // "should be more space until …" is a claim: after "be" only a participle is an act.
  // A binding order with a date ("requires the company to begin an auction in June 1994") is
  // dated by any definite date; a request or a "must" only by one after "by", "before", "until".
  for (const m of sentence.matchAll(deadlinePattern))
    if (!negated(sentence, m.index) && (!m[1] || plansSomething(m[1], m[2])))
      markers.push({
        index: m.index + m[0].length - (m[2] ?? "").length,
        kind: /^(?:ordered|required|requires|require|directed)\s/.test(m[0]) ? "dated" : "deadline",
      });
  for (const m of sentence.matchAll(eventOnDate))
    markers.push({ index: m.index, kind: "scheduled" });
  for (const m of sentence.matchAll(scheduledPattern)) {
    markers.push({ index: m.index, kind: "scheduled" });
  }
  for (const m of findNounMarkers(sentence)) markers.push({ ...m, kind: "noted" });
  return markers
    .filter(
      (marker) => !negatedBefore.test(sentence.slice(Math.max(0, marker.index - 8), marker.index)),
    )
    .sort((a, b) => a.index - b.index);
}

// "The stock would be redeemed in five years": a "would" no one is reported saying still tells
// what is arranged, with a definite time; not under a condition ("if they sold, they would …"),
// in a wish ("would like", "hoped it would"), or as a claim about the past ("would have won").
const conditionClause = /\b(?:if|unless|otherwise|even\s+so|in\s+case|suppose|imagine)\b/i;
const wishBefore =
  /\b(?:wish|wishes|wished|hope|hopes|hoped|want|wants|wanted|prefer|prefers|preferred|dream|dreamed|imagined|thought|feared|worried)\b[^,;:]*$/i;
const wishAfter = /^would\s+(?:(?:not|also|still)\s+)?(?:like|love|prefer|rather|hate|mind)\b/i;
function projected(sentence: string, index: number): boolean {
  const head = sentence.slice(Math.max(0, index - 60), index);
  return (
    !conditionClause.test(sentence) &&
    !wishBefore.test(head) &&
    !wishAfter.test(sentence.slice(index)) &&
    !claimOrQuestion(sentence.slice(0, index))
  );
}

// "did not plan", "never agreed", "don't think we expect … to": no plan, whatever follows.
// Tested at the start of a marker that is placed at its verb.
function negated(sentence: string, index: number): boolean {
  return /(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,3}$/.test(
    sentence.slice(Math.max(0, index - 30), index),
  );
}

// "a festival, to be held in June": a passive infinitive is an act to come; not an ability or a
// state ("likely to be quaking", "appear to be divided"), a wish ("want your voice to be heard")
// or a plan that changed ("was due to be shown").
function passiveToCome(sentence: string, index: number, verb = ""): boolean {
  if (!participle.test(verb) || /ing$|^(?:able|available|ready|on|back|out|in|open)$/.test(verb))
    return false;
  return !/\b(?:(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:due|set|supposed)|wants?|wanted|like|love|wish|appears?|appeared|seems?|seemed)\s+(?:[\w'-]+\s+){0,3}$/i.test(
    sentence.slice(Math.max(0, index - 40), index),
  );
}

// "will be held" and "will have to" are plans; "will be a big game" and "would have won" are not.
function plansSomething(verb = "", next = ""): boolean {
  const v = verb.toLowerCase();
  if (v === "be") return participle.test(next.toLowerCase());
  if (v === "have") return next === "to";
  return true;
}
