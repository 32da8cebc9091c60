/** Where a sentence speaks of the future, and how ("would" needs reported speech to count). */
export interface FutureMarker {
  index: number;
  kind: "will" | "would" | "plan" | "time" | "hedged";
}

const reporting =
  "(?:said|says|say|told|tells|announced|added|promised|pledged|vowed|insisted|warned|confirmed|stated|predicted)";
const willPattern =
  /(?<!\b(?:the|a|at|his|her|their|its|our|free|political|good|own|ill|goodwill)\s)\b(?:will|shall)\s+(?:not\s+|now\s+|also\s+|then\s+|soon\s+)?([a-z]+)(?:\s+([a-z]+))?/gi;
const wouldPattern =
  /(?<!\b(?:who|which)\s)\bwould\s+(?:not\s+|now\s+|also\s+|then\s+|soon\s+)?([a-z]+)(?:\s+([a-z]+))?/g;
const planPattern =
  /(?<!\b(?:the|its|their|his|her|our|new|any|no|these|those|[A-Z]\.|[A-Z][a-z]+an|had|have|has)\s)\b(?:plans?|planning|intends?|intending|aims?|aiming|expects?|(?:is|are)\s+expected|hopes?|(?:is|are)\s+due|(?:is|are)\s+set|(?:is|are)\s+scheduled|(?:is|are)\s+going|prepares?|promised|pledged|vowed|(?:is|are))\s+to\s+(?!date\b)([a-z]+)/g;
const timePattern = /\b(?:next|coming)\s+(?:week|month|year)\b(?=[^.]*\b(?:will|to)\b)/g;
// A possibility hedged by a condition ("might pull out … unless …") is a conditional next step.
const hedgedPattern = /\b(?:might|may|could)\s+[a-z][^.;]*\b(?:unless|if)\b/g;
// "said … would" reports a plan; "did not say when … would" does not.
const reportedWould = new RegExp(
  `(?<!\\b(?:not|n't)\\s)\\b${reporting}\\b(?!\\s+(?:when|whether|if|how|why|what)\\b)`,
);
const alwaysPlanned = /^(?:continue|resume|meet|travel|visit|hold|return)$/;
const participle =
  /^(?:\w+ed|held|made|given|taken|built|sold|paid|cut|shut|set|put|seen|done|run|brought|sent|spent|won|shown|known|kept|left|met|told|found|led|hit|launched)$/;
const negatedBefore = /\b(?:not|n't|never)\s+$/;
// "Sales will fall", "profits are expected to rise": forecasts of a figure, not anyone's action.
const forecastVerb =
  /^(?:rise|rises|fall|falls|grow|grows|increase|decrease|drop|climb|decline|slow|slip|ease|rebound|recover|reach|top|exceed|surpass|double|halve|jump|soar|slump|shrink|remain|stay|hit)$/;

/** Every future marker in a sentence, in order of position. */
export function findFutureMarkers(sentence: string): FutureMarker[] {
  // A question ("Will the investigations ever stop?") asks; it does not announce.
  if (/\?["'\u201d\u2019)]*$/.test(sentence)) return [];
  const markers: FutureMarker[] = [];
  for (const m of sentence.matchAll(willPattern)) {
    if (plansSomething(m[1], m[2]) && !forecastVerb.test(m[1] ?? ""))
      markers.push({ index: m.index, kind: "will" });
  }
  for (const m of sentence.matchAll(wouldPattern)) {
    const reported = reportedWould.test(sentence.slice(0, m.index));
    const verb = m[1] ?? "";
    if (
      (reported || alwaysPlanned.test(verb)) &&
      plansSomething(verb, m[2]) &&
      !forecastVerb.test(verb)
    ) {
      markers.push({ index: m.index, kind: "would" });
    }
  }
  for (const m of sentence.matchAll(planPattern)) {
    if (!forecastVerb.test(m[1] ?? "")) markers.push({ index: m.index, kind: "plan" });
  }
  for (const m of sentence.matchAll(timePattern)) markers.push({ index: m.index, kind: "time" });
  for (const m of sentence.matchAll(hedgedPattern))
    markers.push({ index: m.index, kind: "hedged" });
  return markers
    .filter(
      (marker) => !negatedBefore.test(sentence.slice(Math.max(0, marker.index - 8), marker.index)),
    )
    .sort((a, b) => a.index - b.index);
}

// "will be held" and "will have to" are plans; "will be a big game" and "would have won" are not.
function plansSomething(verb = "", next = ""): boolean {
  const v = verb.toLowerCase();
  if (v === "be") return participle.test(next.toLowerCase()) || next === "able";
  if (v === "have") return next === "to";
  return true;
}
