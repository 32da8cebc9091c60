/** A phrase naming or describing who said something, as read from the text around a cue. */
export interface SourceMention {
  kind: "name" | "pronoun" | "description" | "org" | "one";
  /** The whole phrase (role words included). */
  start: number;
  end: number;
  /** The name alone, honorifics removed ("Jeff Merkley"), or the phrase for descriptions. */
  name: string;
  role: string | null;
  gender: "m" | "f" | null;
  /** A plural description ("U.S. officials", "sources"). */
  plural: boolean;
  /** Where the name itself starts (after role words). */
  nameStart: number;
}
