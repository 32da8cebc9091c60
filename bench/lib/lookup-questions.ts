/**
 * The questions `bench:lookups` asks of the BBC 2004 corpus as one archive, each with what a
 * right answer must show. Written as a new user would type them: the mention forms of issue 13
 * ("what did X say about Y?", "what has X said", "tell me about X", "any news on X?", "what
 * happened with Y?", "who is X?", "Mr X", a surname alone) and the slash commands, plus the
 * bars ('who is Brown?' gives one Gordon Brown; 'who is Hewitt?' never says no match).
 *
 * The expectations name people and words from the corpus; every answer is also held to the
 * rules in `lookup-verdict.ts` (no "did not understand", roles shown are not fragments, no
 * person listed twice under a garbled name).
 */
export interface Expectation {
  /** The person the answer is about (who-is profile, or whose quotes). */
  person?: string;
  /** The answered person's first role must match. */
  role?: RegExp;
  /** The answer's first line must match (a brief's headline, a who-said speaker). */
  line?: RegExp;
  /** At least one quote (or its article's headline) must match: the topic was found. */
  quotes?: RegExp;
  /** The answer must list others carrying the name. */
  namesakes?: boolean;
  /** Every other person listed carries this surname (not a first name: "Howard Flight"). */
  namesakesCalled?: string;
  /** The answer is a closest reading and must say how it read the question. */
  hint?: boolean;
  /** A "no match" is the right answer (nothing in the archive fits). */
  noMatch?: boolean;
}

export interface LookupQuestion {
  ask: string;
  expect: Expectation;
}

const q = (ask: string, expect: Expectation): LookupQuestion => ({ ask, expect });

export const lookupQuestions: readonly LookupQuestion[] = [
  // What did X say about Y (a surname, "Mr X", a full name; the topic in its forms).
  q("what did Blair say about Iraq?", { person: "Tony Blair", quotes: /iraq/i }),
  q("/quotes Blair", { person: "Tony Blair", role: /prime minister/i }),
  q("/quotes Blair about Iraq", { person: "Tony Blair", quotes: /iraq/i }),
  q("what has Tony Blair said about the Iraq war", { person: "Tony Blair", quotes: /iraq/i }),
  q("what did Mr Blair say on elections?", { person: "Tony Blair", quotes: /elect/i }),
  q("what did Gordon Brown say about tax", { person: "Gordon Brown", quotes: /tax/i }),
  q("what has Brown said about the economy?", { person: "Gordon Brown", quotes: /econom/i }),
  q("what has Mr Brown said", { person: "Gordon Brown", role: /chancellor/i }),
  q("what did Michael Howard say about immigration?", {
    person: "Michael Howard",
    quotes: /immigra/i,
  }),
  q("what did Mr Howard say about taxes", {
    person: "Michael Howard",
    quotes: /tax/i,
    namesakesCalled: "Howard",
  }),
  q("has Howard said anything on tax", { person: "Michael Howard", quotes: /tax/i }),
  q("what's Blair been saying about Iraq", { person: "Tony Blair", quotes: /iraq/i }),
  q("what does Kennedy think about Iraq?", { person: "Charles Kennedy", quotes: /iraq/i }),
  q("did Blunkett say anything about ID cards?", { person: "David Blunkett", quotes: /id card/i }),
  q("what has Jack Straw said", { person: "Jack Straw", role: /foreign secretary/i }),
  q("what has Clarke said about terror", { person: "Charles Clarke", quotes: /terror/i }),
  q("what did Ferguson say about Arsenal", { person: "Alex Ferguson", quotes: /arsenal/i }),
  q("what did Wenger say", { person: "Arsene Wenger" }),
  q("what did Prescott say", { person: "John Prescott" }),
  q("/quotes Robinson", { person: "Andy Robinson", namesakes: true }),
  q("/quotes Hewitt", { person: "Patricia Hewitt" }),
  q("/quotes Mourinho about Chelsea", { person: "Jose Mourinho", quotes: /chelsea/i }),
  q("Blair's views on Iraq", { person: "Tony Blair", quotes: /iraq/i }),
  q("Kennedy's stance on Iraq", { person: "Charles Kennedy", quotes: /iraq/i }),
  // Who is X: never "no match" for a name the archive has, one person per name, clean roles.
  q("who is Hewitt?", { person: "Patricia Hewitt" }),
  q("who is Brown?", { person: "Gordon Brown", role: /chancellor/i, namesakes: true }),
  q("who is Howard?", { person: "Michael Howard", role: /leader/i }),
  q("who is Mr Howard?", { person: "Michael Howard", namesakesCalled: "Howard" }),
  q("who is Gordon?", { person: "Gordon Brown" }),
  q("who is Lord Goldsmith?", { person: "Peter Goldsmith" }),
  q("who is Kennedy?", { person: "Charles Kennedy", role: /leader/i }),
  q("who is Mr Blair?", { person: "Tony Blair", role: /prime minister/i }),
  q("who is Gordon Brown?", { person: "Gordon Brown", role: /chancellor/i }),
  q("who is Straw?", { person: "Jack Straw", role: /foreign secretary/i }),
  q("who is Clarke?", { person: "Charles Clarke", role: /secretary/i, namesakes: true }),
  q("who is Ferguson?", { person: "Alex Ferguson", role: /manager|boss/i }),
  q("who is Robinson?", { person: "Andy Robinson", role: /coach/i, namesakes: true }),
  q("who is Owen?", { person: "Michael Owen" }),
  q("who is Mourinho", { person: "Jose Mourinho" }),
  // Tell me about X, any news on X, what happened with Y: a person's profile, else articles.
  q("tell me about Charles Kennedy", { person: "Charles Kennedy", role: /leader/i }),
  q("tell me about Blair", { person: "Tony Blair" }),
  q("any news on Gordon Brown?", { person: "Gordon Brown" }),
  q("what about Mourinho", { person: "Jose Mourinho" }),
  q("what do you know about Hewitt", { person: "Patricia Hewitt" }),
  q("what's new with Kilroy-Silk", { person: "Kilroy Silk" }),
  q("any news on Yukos?", { line: /yukos/i }),
  q("what happened with Yukos?", { line: /yukos/i }),
  q("what happened to Yukos", { line: /yukos/i }),
  q("tell me about Iraq", { line: /iraq/i }),
  q("what's the latest on the Iraq war", { line: /iraq/i }),
  // Who said a phrase.
  q("who said 'weapons of mass destruction'", { quotes: /weapons of mass destruction/i }),
  q("/who-said the war was legal", { line: /goldsmith/i }),
  // A mention no question shape fits: its closest reading, said out loud.
  q("Blair Iraq", { person: "Tony Blair", hint: true }),
  q("Brown budget", { person: "Gordon Brown", hint: true }),
  q("Howard on immigration", { person: "Michael Howard", quotes: /immigra/i, hint: true }),
  q("Kilroy-Silk", { person: "Kilroy Silk", hint: true }),
  q("make me a sandwich", { hint: true, noMatch: true }),
];
