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
