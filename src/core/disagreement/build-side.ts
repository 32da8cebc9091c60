import type { ArticleDocument } from "../article/article-document.js";
import type { Quote, Side, Span } from "../card/card-schema.js";
import { topicStems } from "./extract-topic.js";
import type { PartyIndex, PartyMention } from "./party-index.js";

const locative = /\b(?:in|at|outside|near|from|to|into|across)\s+(?:the\s+)?$/;

const stanceVerb =
  /\b(?:said|says|told|added|insisted|warned|argued|urged|rejected|rejects|called|wants?|demanded|proposed|brought|offered|refused|asked|requested|accused|critici[sz]ed|opposed?|opposes|backed|defended|vowed|pledged|believes?)\b/;
const reportingVerb = /^(?:said|says|told|added|insisted|warned|argued|believes?)$/;
const emphasis =
  /\b(?:should|must|not|reject\w*|oppos\w*|halt|freeze|frozen|refus\w*|urged|unhelpful|contradict\w*)\b/i;

interface Evidence extends Span {
  score: number;
  position: string | null;
}

/**
 * One side of a disagreement: what `party` holds on `topic`, with the sentences where the party
 * (or one of its people) takes a stand and the quotes its speakers gave, most telling first.
 * `supported` is false when nothing but the conflict sentence itself speaks for the side.
 */
export function buildSide(
  doc: ArticleDocument,
  index: PartyIndex,
  quotes: readonly Quote[],
  party: string,
  topic: string,
  conflict: Span,
): Side & { supported: boolean } {
  const stems = topicStems(topic);
  const found = [
    ...quoteEvidence(doc, index, quotes, party, stems),
    ...sentenceEvidence(doc, index, party, stems),
  ];
  const chosen = pickEvidence(found);
  const best = [...chosen].sort((a, b) => b.score - a.score).find((e) => e.position !== null);
  const spans = chosen.length ? chosen.map(({ start, end }) => ({ start, end })) : [conflict];
  const evidence = spans.map(({ start, end }) => ({
    start,
    end,
    text: doc.text.slice(start, end),
  }));
  const position = best?.position ?? clip(doc.text.slice(conflict.start, conflict.end));
  return {
    party,
    position,
    evidence: evidence.sort((a, b) => a.start - b.start),
    supported: chosen.length > 0,
  };
}

function hits(text: string, stems: string[]): number {
  const lower = text.toLowerCase();
  return stems.filter((stem) => new RegExp(`\\b${stem}`).test(lower)).length;
}

function quoteEvidence(
  doc: ArticleDocument,
  index: PartyIndex,
  quotes: readonly Quote[],
  party: string,
  stems: string[],
): Evidence[] {
  return quotes
    .filter((q) => index.partyOfSpeaker(q) === party)
    .map((q) => {
      const text = doc.text.slice(q.start, q.end);
      // "urged Washington not to …" keeps its verb; "said" adds nothing to a position.
      const cue =
        q.cue && !/^(?:said|says|say|told|tells|added|according to)$/i.test(q.cue)
          ? `${q.cue} `
          : "";
      const position = q.kind === "direct" ? null : clip(cue + text);
      // A speaker's own words beat the sentence that reports them (+0.5 breaks the tie).
      return {
        start: q.start,
        end: q.end,
        score: 2 * hits(text, stems) + (emphasis.test(text) ? 1 : 0) + 0.5,
        position,
      };
    })
    .filter((e) => e.score >= 2);
}

// Sentences whose stance verb has this party as its subject: the nearest party mention before the
// verb, skipping an aside set off by commas ("Lavrov, speaking at … talks, said").
function sentenceEvidence(
  doc: ArticleDocument,
  index: PartyIndex,
  party: string,
  stems: string[],
): Evidence[] {
  const found: Evidence[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const verb = stanceVerb.exec(text);
    if (!verb) continue;
    let head = text.slice(0, verb.index);
    if (/,\s*$/.test(head) && head.indexOf(",") > 0) head = head.slice(0, head.indexOf(","));
    const subject = subjectOf(
      doc.text,
      index.mentionsIn(sentence.start, sentence.start + head.length),
    );
    const score = 2 * hits(text, stems) + (emphasis.test(text) ? 1 : 0);
    if (subject?.party !== party || score < 2) continue;
    const after = verb.index + verb[0].length;
    const position = reportingVerb.test(verb[0])
      ? text.slice(after).replace(/^\s*(?:that\s+)?/, "")
      : text.slice(subject.start - sentence.start);
    found.push({ ...sentence, score, position: clip(position) });
  }
  return found;
}

// The last party named before the verb, unless it is a place ("outside Moscow") or shares a
// joint subject with another party ("the Russian and American ministers said").
function subjectOf(text: string, mentions: PartyMention[]): PartyMention | undefined {
  const actors = mentions.filter(
    (m) => !locative.test(text.slice(Math.max(0, m.start - 12), m.start)),
  );
  const last = actors[actors.length - 1];
  const previous = actors[actors.length - 2];
  if (
    last &&
    previous &&
    previous.party !== last.party &&
    /^\s*and\s+$/.test(text.slice(previous.end, last.start))
  )
    return undefined;
  return last;
}

// The strongest pieces of evidence, at most four, without two that overlap.
function pickEvidence(found: Evidence[]): Evidence[] {
  const chosen: Evidence[] = [];
  for (const e of [...found].sort((a, b) => b.score - a.score || a.start - b.start)) {
    if (chosen.some((c) => c.start < e.end && e.start < c.end)) continue;
    chosen.push(e);
    if (chosen.length === 4) break;
  }
  return chosen;
}

function clip(text: string): string {
  const trimmed = text
    .replace(/[\s.,;:\u201d"]+$/, "")
    .replace(/^(?:in a statement|in an interview|on \w+)?\s*[:,]?\s*[\u201c"]?/i, "");
  return trimmed.length > 220 ? `${trimmed.slice(0, 217).replace(/\s+\S*$/, "")}…` : trimmed;
}
