/** What a conflict sentence says the parties are at odds over, or null. */
const topicPattern =
  /\b(?:at odds|clash(?:ed|es|ing)?(?:\s+publicly)?|differences|disputes?|disputed|row|rift|split|disagree(?:s|d|ment)?|feud|tensions?|stand-?off|friction|spat|battle|fight|argument|quarrel|wrangl\w+)\b[^,.;]{0,40}?\b(?:over|on|about|regarding|concerning)\s+((?:how to\s+)?(?:\b(?:[A-Za-z]\.){2,}|[^,.;:])+)/i;
// Where a topic stops: a time ("on Friday"), a new clause ("and Washington …"), a reporting tail.
const topicEnd =
  /\s+(?:(?:on|last|this|next|earlier|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night)|yesterday|today|and\s+(?=[A-Z])|but\s|after\s|as\s|(?:he|she|they|officials?)\s+said)\b.*$/;

export function extractTopic(sentence: string): string | null {
  const match = topicPattern.exec(sentence);
  const raw = match?.[1]?.replace(topicEnd, "").trim();
  return raw && raw.length >= 3 ? raw.slice(0, 120) : null;
}

const stopWords = new Set(
  "the a an of to in on at for and or with how its their his her our plans plan place over about from by into that this which".split(
    " ",
  ),
);

/** Lower-case stems of a topic's content words, to tell which sentences speak to it. */
export function topicStems(topic: string): string[] {
  return topic
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !stopWords.has(w))
    .map((w) => w.slice(0, 5));
}

// Where an object phrase stops being about the dispute: a new clause, a reason, a time.
const phraseEnd =
  /[,;:!?()“”"]|\.(?:\s|$)|\s(?:and|but|while|after|before|because|as|saying|said|says|which|who|when|since|until|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s/;
const leadingWords =
  /^(?:\s*(?:the|a|an|its|their|his|her|him|them|it|this|that|also|publicly|strongly)\s+)+/i;

// Words a noun phrase does not end on: "Tories of", "techniques that", "injury he".
const danglingEnd =
  /(?:\s+(?:of|that|he|she|it|they|there|was|were|is|are|the|a|an|to|by|with|in|on|at|for|from|who|which))+$/i;
const notAboutStart =
  /^(?:by|in|at|with|without|using|why|how|both|to|into|from|after|before|during|since|until|because|when|where|whether|whose)\b/i;

/**
 * What a verb of opposition is about, read from the words after it: "dismissed [Yukos' legal
 * wrangling]", "accused Britain's top sprinters of [lacking pride and ambition]". Null when the
 * words name nothing but a party.
 */
export function topicAfterCue(
  text: string,
  cueEnd: number,
  sentenceEnd: number,
  partyWords: RegExp,
): string | null {
  const rest = text.slice(cueEnd, sentenceEnd);
  const stop = phraseEnd.exec(rest);
  let phrase = rest.slice(0, stop ? stop.index : rest.length);
  // "of lacking pride and ambition.": "and" joins two nouns at the phrase's end, not clauses.
  if (stop && /^\sand\s$/.test(stop[0])) {
    const tail = /^\s*[a-z]+(?:\s+[a-z]+)?(?=[.,;:!?]|$)/.exec(rest.slice(stop.index + 5));
    if (tail) phrase = rest.slice(0, stop.index + 5 + tail[0].length);
  }
  // "accused the Tories of “running scared”": what they are accused of is the quoted words.
  const quoted = /^[“"]([^”"]{3,80})[”"]/.exec(stop ? rest.slice(stop.index) : "");
  if (quoted?.[1] && /\s(?:over|about|of|for|on)\s*$/.test(phrase)) phrase += ` ${quoted[1]}`;
  const about = /\s(?:over|about|of|for|on)\s+(.+)$/.exec(phrase);
  if (about?.[1] && about.index > 0) phrase = about[1];
  // "criticised for pursuing a hardline policy": what it is for.
  else phrase = phrase.replace(/^\s*(?:over|about|of|for|on)\s+/, "");
  phrase = phrase
    .replace(leadingWords, "")
    .replace(/\s+as\s+\w+$/, "")
    .trim()
    .replace(danglingEnd, "");
  // "by Mr Blair", "in the US", "using techniques", "16 March": an agent, place, manner or date
  // is no noun phrase of what the dispute is about.
  if (notAboutStart.test(phrase) || /^\d{1,2}\s+[A-Z][a-z]+\b/.test(phrase)) return null;
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 12) return words.length > 12 ? clipWords(words) : null;
  if (partyWords.test(phrase) && phrase.replace(partyWords, "").trim().split(/\s+/).length < 2)
    return null;
  return phrase;
}

function clipWords(words: string[]): string {
  const kept = words.slice(0, 10);
  while (
    kept.length > 2 &&
    /^(?:of|the|a|an|to|in|for|and|on|with|its|their|by)$/i.test(kept[kept.length - 1] ?? "")
  )
    kept.pop();
  return kept.join(" ");
}

/**
 * A headline as a topic: without its quotation marks, and as a noun phrase where it names one:
 * "Hitler row over Welsh arts cash" is over "Welsh arts cash"; "Lords wrong on detainees -
 * Straw" drops the speaker its dash credits.
 */
export function headlineTopic(headline: string): string {
  const plain = headline
    .replace(/['‘’"“”]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s+-\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$/, "");
  const named = extractTopic(plain);
  return named && named.split(/\s+/).length >= 2 ? named : plain;
}
