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

/** A source described by its own words from `start` to `end` ("the new poll", "Protest groups"). */
export function describedSource(
  text: string,
  start: number,
  end: number,
  plural: boolean,
): SourceMention {
  const name = text.slice(start, end);
  return {
    kind: "description",
    start,
    end,
    name,
    role: null,
    gender: null,
    plural,
    nameStart: start,
  };
}
