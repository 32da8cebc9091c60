import { words } from "./word-list.js";

/** Nouns for the occasion or medium of a speech act: "said … in an interview", "in a tweet". */
export const SPEECH_MEDIA: ReadonlySet<string> = new Set(
  words(
    "interview interviews statement statements tweet tweets email e-mail emails letter letters " +
      "op-ed op-eds appearance appearances remarks memo memos post posts posting speech " +
      "speeches broadcast podcast column essay editorial message filing testimony",
  ),
);

/** Gatherings a source speaks at: "said … at a rally", "during a debate". */
export const SPEECH_OCCASIONS: ReadonlySet<string> = new Set(
  words("debate debates rally rallies conference conferences hearing forum twitter facebook"),
);
