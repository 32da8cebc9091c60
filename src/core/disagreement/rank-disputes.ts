import { words } from "../lexicon/word-list.js";
import { topicStems } from "./extract-topic.js";
import type { OppositionLink } from "./find-oppositions.js";
import { unownedClaims } from "./opposition-lexicon.js";

/** Two parties and every piece of evidence that sets them against each other. */
export interface Dispute {
  /** The party that acts most against the other first. */
  sides: [string, string];
  links: OppositionLink[];
  score: number;
}

// One passing remark is not the article's disagreement: a strong verb in the headline or lead
// (2 × 1.5 and more), or two pieces of evidence in the body.
export const minimumScore = 2;
const minimumSingleScore = 2.4;
// A second dispute of the same two parties on another named topic only joins `also`.
const minimumAlsoScore = 2;

/**
 * Disputes by weight of evidence, strongest first. One sentence counts once per pair (its
 * strongest cue), so "criticised and attacked" is not two pieces of evidence.
 */
export function rankDisputes(links: readonly OppositionLink[], text = ""): Dispute[] {
  const byPair = new Map<string, OppositionLink[]>();
  const open = links.filter((link) => link.open);
  for (const link of links) {
    if (link.open || sameSide(link.actor, link.target)) continue;
    const key = [link.actor, link.target].sort().join("\u0000");
    byPair.set(key, [...(byPair.get(key) ?? []), link]);
  }
  const main: Dispute[] = [];
  const secondary: Dispute[] = [];
  for (const link of pairedOpen(open)) {
    const key = [link.actor, link.target].sort().join("\u0000");
    byPair.set(key, [...(byPair.get(key) ?? []), link]);
  }
  const pairs = [...byPair.values()];
  const owner = nearestPairs(pairs, open, text);
  for (const pair of pairs) {
    const group = [
      ...pair,
      ...closedFor(
        pair,
        open.filter((link) => owner.get(link) === pair),
      ),
    ];
    const [first, ...others] = splitTopics(onePerSentence(group));
    const dispute = first && toDispute(first);
    if (!dispute || dispute.score < minimumScore) continue;
    if (dispute.links.every((link) => link.support)) continue;
    if (dispute.links.length < 2 && dispute.score < minimumSingleScore) continue;
    main.push(dispute);
    for (const links of others) {
      const other = toDispute(links);
      if (other.score >= minimumAlsoScore) secondary.push(other);
    }
  }
  return [...byScore(main), ...byScore(secondary)];
}

// Open links of either side of a pair, read as acting on the other side, at a lower weight: the
// article sets the named party against someone, and the pair's own evidence says whom.
const openWeight = 0.75;

function closedFor(links: OppositionLink[], open: readonly OppositionLink[]): OppositionLink[] {
  const pair = links[0] as OppositionLink;
  return open.map((link) => {
    const known = link.actor || link.target;
    const other = known === pair.actor ? pair.target : pair.actor;
    return {
      ...link,
      open: false,
      actor: link.actor ? known : other,
      target: link.actor ? other : known,
      weight: link.weight * openWeight,
      inferred: link.actor ? ("target" as const) : ("actor" as const),
    };
  });
}

// "Winemaker rejects Foster's offer" and "Southcorp has rejected a takeover offer": one act told
// twice, each time with one side named. Open links of one verb, one with only its actor and one
// with only its target, make the pair (at the open links' weight).
const strongActs = new Set([
  "accusations",
  "a lawsuit",
  "criticism",
  "condemnation",
  "rebuke",
  "rejection",
  "blame",
]);

function pairedOpen(open: readonly OppositionLink[]): OppositionLink[] {
  const paired: OppositionLink[] = [];
  // The same act: one verb ("rejects", "rejected"), told in the headline and lead or side by side.
  const sameAct = (a: OppositionLink, b: OppositionLink) =>
    a.noun === b.noun &&
    strongActs.has(a.noun) &&
    (Math.abs(a.span.start - b.span.start) <= 300 ||
      (Math.min(a.span.start, b.span.start) === 0 && Math.max(a.span.start, b.span.start) < 400));
  for (const a of open) {
    if (!a.actor) continue;
    const b = open.find((x) => !x.actor && x.target && x.target !== a.actor && sameAct(a, x));
    if (!b) continue;
    for (const link of [a, b])
      paired.push({
        ...link,
        open: false,
        actor: a.actor,
        target: b.target,
        weight: link.weight * openWeight,
        ...(link === a ? { inferred: "target" as const } : { inferred: "actor" as const }),
      });
  }
  return paired;
}

// Each open link goes to one pair with its named party: the pair whose own evidence stands
// nearest ("Johnson accused …" in the lead, "However, Christie countered" just after).
function nearestPairs(
  pairs: OppositionLink[][],
  open: readonly OppositionLink[],
  text: string,
): Map<OppositionLink, OppositionLink[]> {
  const owner = new Map<OppositionLink, OppositionLink[]>();
  for (const link of open) {
    const known = link.actor || link.target;
    let best: { pair: OppositionLink[]; distance: number } | null = null;
    for (const pair of pairs) {
      const first = pair[0] as OppositionLink;
      if (first.actor !== known && first.target !== known) continue;
      // Words of blame in a quote only say whom a speaker talks about, not whom they answer. But
      // "BBC denies Blackadder comeback" with the BBC and Robinson speaking against each other on
      // one topic: the denial answers the other speaker of that pair.
      if (
        pair.every((l) => l.kind === "speech") &&
        !(denial(link, text) && pair.every((l) => l.support))
      )
        continue;
      const distance = Math.min(...pair.map((l) => Math.abs(l.span.start - link.span.start)));
      if (!best || distance < best.distance) best = { pair, distance };
    }
    if (best) owner.set(link, best.pair);
  }
  return owner;
}

// A denial or rejection whose target the sentence leaves unnamed ("BBC denies … comeback").
// Not one of "claims of a rift" with no one's name: that answers the press, not the other speaker.
// Only a prominent one (the headline's denial, 1.5 × 2): "Mr Brown earlier denied …" in the body
// may answer anyone.
const denial = (link: OppositionLink, text: string) =>
  !link.target &&
  link.weight >= 3 &&
  (link.noun === "denials" || link.noun === "rejection") &&
  !unownedClaims.test(text.slice(link.cue.end, link.cue.end + 40));

// "Scotland" and "the Scottish Executive", "NAO" and "National Audit Office": one party twice.
function sameSide(a: string, b: string): boolean {
  const stems = (s: string) =>
    s
      .split(/[^A-Za-z]+/)
      .filter((w) => w.length >= 4 && /^[A-Z]/.test(w) && !scopeWords.has(w))
      .map((w) => w.slice(0, 4).toLowerCase());
  const initials = (s: string) =>
    s
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join("");
  if (/^[A-Z]{2,6}$/.test(a) && initials(b) === a) return true;
  if (/^[A-Z]{2,6}$/.test(b) && initials(a) === b) return true;
  // Two people may share a surname's start; bodies and places that share a word are one.
  const sa = stems(a);
  return (
    sa.length > 0 &&
    /\s/.test(a + b) &&
    stems(b).some((w) => sa.includes(w)) &&
    !(isName(a) && isName(b))
  );
}

// Words of a body's reach, not of who it is: the "World Bank" and the "World Summit on the
// Information Society" are two bodies.
const scopeWords = new Set(
  words("World Global International National Federal Central General United Royal"),
);

const isName = (s: string) =>
  /^[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)+$/.test(s) &&
  !/\b(?:Executive|Government|Council|Board|Trust|Party|Police|Office|Commission|Committee|Association|Union|Court)\b/.test(
    s,
  );

function toDispute(links: OppositionLink[]): Dispute {
  const score = links.reduce((sum, link) => sum + link.weight, 0);
  return { sides: orderSides(links), links, score };
}

const byScore = (disputes: Dispute[]) =>
  disputes.sort(
    (a, b) => b.score - a.score || (a.links[0]?.span.start ?? 0) - (b.links[0]?.span.start ?? 0),
  );

function onePerSentence(group: OppositionLink[]): OppositionLink[] {
  const best = new Map<number, OppositionLink>();
  for (const link of group) {
    const known = best.get(link.span.start);
    if (!known || link.weight > known.weight) best.set(link.span.start, link);
  }
  return [...best.values()].sort((a, b) => a.span.start - b.span.start);
}

// Links that name a topic sharing no word with the strongest named topic are another dispute
// ("tariffs" and "farm subsidies"); links without a topic stay with the first.
function splitTopics(links: OppositionLink[]): OppositionLink[][] {
  const named = links.filter((l) => l.topic).sort((a, b) => b.weight - a.weight);
  const clusters: { stems: string[]; links: OppositionLink[] }[] = [];
  for (const link of named) {
    const stems = topicStems(link.topic ?? "");
    const cluster = clusters.find((c) => c.stems.some((s) => stems.includes(s)));
    if (cluster) {
      cluster.links.push(link);
      cluster.stems.push(...stems);
    } else clusters.push({ stems, links: [link] });
  }
  const [first, ...rest] = clusters;
  const main = [...(first?.links ?? []), ...links.filter((l) => !l.topic)];
  return [main.sort((a, b) => a.span.start - b.span.start), ...rest.map((c) => c.links)];
}

function orderSides(links: OppositionLink[]): [string, string] {
  const acting = new Map<string, number>();
  for (const link of links) acting.set(link.actor, (acting.get(link.actor) ?? 0) + link.weight);
  const first = links[0] as OppositionLink;
  const [a, b] = [first.actor, first.target];
  return (acting.get(b) ?? 0) > (acting.get(a) ?? 0) ? [b, a] : [a, b];
}
