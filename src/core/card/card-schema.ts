import { z } from "zod";

/**
 * The briefing card, schema version 1: the contract every consumer (CLI JSON, archive, chat,
 * Discord, Slack) reads. Field names here are public; add fields, never rename them.
 *
 * Every offset is a JavaScript string index into the article text exactly as given, so that
 * `text === article.slice(start, end)` holds for each quote and next step.
 */

export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof spanSchema>;

export const speakerSchema = z.object({
  /** Full name ("Sergei Lavrov"), or the description of an unnamed source ("a U.S. official"). */
  name: z.string().nullable(),
  role: z.string().nullable(),
  /** True for unnamed sources: their description stays as written, never a guessed name. */
  anonymous: z.boolean(),
  /** Where the article names or describes the speaker for this quote (grounding). */
  evidence: z.array(spanSchema).optional(),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const quoteKindSchema = z.enum(["direct", "partial", "indirect"]);
export type QuoteKind = z.infer<typeof quoteKindSchema>;

export const quoteSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: quoteKindSchema,
  speaker: speakerSchema,
  /** The reporting verb or phrase ("said", "according to"). */
  cue: z.string().optional(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const nextStepSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  actor: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) or month (YYYY-MM), resolved against the article's date. */
  when: z.string().nullable(),
  /** The time words as the article gives them ("next week"), so undated articles still say when. */
  whenText: z.string().nullable().optional(),
  conditional: z.boolean(),
});
export type NextStep = z.infer<typeof nextStepSchema>;

/** A sentence or quote supporting a side; `text`, when present, is `article.slice(start, end)`. */
export const evidenceSchema = spanSchema.extend({ text: z.string().optional() });
export type Evidence = z.infer<typeof evidenceSchema>;

export const sideSchema = z.object({
  party: z.string(),
  position: z.string(),
  evidence: z.array(evidenceSchema).min(1),
});
export type Side = z.infer<typeof sideSchema>;

const disagreementCoreSchema = z.object({
  topic: z.string(),
  sides: z.array(sideSchema).min(2),
});

export const disagreementSchema = disagreementCoreSchema.extend({
  also: z.array(disagreementCoreSchema).optional(),
});
export type Disagreement = z.infer<typeof disagreementSchema>;

export const personSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  aliases: z.array(z.string()),
  quoteCount: z.number().int().nonnegative(),
  /** Where the article mentions this person (grounding). */
  mentions: z.array(spanSchema).optional(),
});
export type Person = z.infer<typeof personSchema>;

export const briefingCardSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  headline: z.string(),
  date: z.iso.date().optional(),
  source: z.object({ url: z.string().optional(), publisher: z.string().optional() }).optional(),
  summary: z.array(z.string()).min(1).max(3),
  disagreement: disagreementSchema.nullable(),
  quotes: z.array(quoteSchema),
  nextSteps: z.array(nextStepSchema),
  people: z.array(personSchema),
});
export type BriefingCard = z.infer<typeof briefingCardSchema>;
