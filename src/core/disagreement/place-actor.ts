/**
 * When a country's name in a sentence is the country acting ("Moscow rejected", "U.S. officials
 * said", "Russia's demand") and when it only describes something else ("British sprinters",
 * "Britain's Darren Campbell", "in Iraq").
 */

/** Parties from the place table that are political parties, not countries. */
export const politicalParties = new Set([
  "Labour",
  "Conservatives",
  "Liberal Democrats",
  "Scottish National Party",
  "Democrats",
  "Republicans",
]);

/** Words that make a country an actor: its state, its people in office, its stated positions. */
export const stateWord =
  /\b(?:officials?|government|governments|ministers?|ministry|president|premier|prime|chancellor|secretary|ambassador|envoys?|diplomats?|delegation|delegates?|negotiators?|authorities|forces|troops|military|army|navy|soldiers|leaders?|leadership|administration|embassy|spokes(?:man|woman|person|people)|regulators?|counterparts?|state|parliament|generals?|commanders?|king|queen|foreign|defen[cs]e|interior|trade|representatives?|statement|demands?|proposals?|plans?|position|objections?|offer|stance|refusal|request|decision|policy|policies|response|reaction|concerns?|warnings?|threats?|opposition|criticism|insistence|veto|bid|move|calls?|side|claims?|accusations?|charges?|allegations?)\b/i;

/** A party's spokespeople, who speak for it (its leaders speak in their own names). */
export const speaksForBody =
  /^\s*(?:party\s+)?(?:spokes(?:man|woman|person|people)|sources?|officials?|chairman|chair|campaign|high command|headquarters|statement)\b/i;

// "the US court", "UK charts": a country's name describing a thing, not the country acting.
const thingOfPlace =
  /^\s+(?:court|courts|firm|firms|company|companies|market|markets|charts?|economy|dollar|sales|shares|stocks|version|release|box|team|squad|players?|fans|consumers|shoppers|customers|users|viewers|audiences|record|album|singles?|films?|tour|airlines?|banks?|banking|industry|network|media|press|television|tv|radio|number|top|version|edition|subsidiary|arm|unit|division|operations|office|offices|city|cities|state|states|election|elections|presidency|citizens?|soil|troops\s+in|woman|women|man|men|girl|boy|teenagers?|couple|family|families|mother|father|pensioners?|motorists?|drivers?)\b/i;

const locative =
  /\b(?:in|at|outside|near|across|throughout|around|within|inside|into|based in|across|(?:streets|city|capital|centre|center|outskirts|parts|north|south|east|west)\s+of)\s+(?:the\s+)?(?:rest\s+of\s+)?$/;
const demonym = /(?:an|ish|ese|i|ch|ic)$/;
const notDemonym =
  /(?:stan|Tehran|Iran|Japan|Taiwan|Sudan|Gaza|Washington|Moscow|Berlin|Canberra|Havana)$/;

/** True when the place mention `text.slice(start, end)` names the place as a party. */
export function isPlaceActor(text: string, start: number, end: number, place: string): boolean {
  if (locative.test(text.slice(Math.max(0, start - 30), start))) return false;
  if (politicalParties.has(place)) return true;
  const after = text.slice(end, end + 80);
  const alias = text.slice(start, end);
  // "Britain's Darren Campbell", "Britain's top sprinters": the country only describes them.
  const possessive = /^['’]s\s+/.exec(after);
  if (possessive) return describesState(after.slice(possessive[0].length), true);
  if (demonym.test(alias) && !notDemonym.test(alias) && /^\s+[\w“"]/.test(after))
    return describesState(after, false);
  if (modifiesNoun(after)) return false;
  return !thingOfPlace.test(after);
}

// "US show sued", "UK lender has cut", "US chip maker warned": a place, a common noun and then a
// verb; the place describes the noun, which is what acts. "US officials said" keeps its state word.
const nounThenVerb =
  /^\s+([a-z][a-z-]{2,})(?:\s+([a-z][a-z-]{2,}))?\s+(?:has|have|had|is|was|were|are|will|would|could|should|may|might|can|must|says|said|[a-z]{2,}ed)\b/;
const notNoun =
  /^(?:also|has|have|had|is|was|were|are|will|would|could|should|may|might|can|must|did|does|now|then|still|yet|already|never|and|but|not|has|and|for|the|who|which|that|says|said|\w+ly|\w+ed|\w*[^s]s)$/;

// "UK security services were involved": organs of the state are the state acting.
const stateOrgan = /^(?:security|intelligence|secret|police|services|agencies|agents|spies)$/;

function modifiesNoun(after: string): boolean {
  const match = nounThenVerb.exec(after);
  const noun = match?.[1];
  if (noun === undefined || notNoun.test(noun)) return false;
  return [noun, match?.[2] ?? ""].every((w) => !stateWord.test(w) && !stateOrgan.test(w));
}

// The next few words, before punctuation, hold a state word: "foreign and defense ministers".
function describesState(after: string, possessive: boolean): boolean {
  const words =
    after
      .split(/[.,;:!?()“”"]/)[0]
      ?.trim()
      .split(/\s+/)
      .slice(0, 6) ?? [];
  const first = words[0] ?? "";
  // "Russia's Vladimir Putin" names a person: their own role decides.
  if (possessive && /^[A-Z]/.test(first) && !stateWord.test(first)) return false;
  return words.some((word) => stateWord.test(word));
}
