import { verbForms, words } from "./word-list.js";

/**
 * "did not respond to a request for comment", "did not return calls", "did not want to be named":
 * the newsroom's notes that a source was asked and kept silent, or spoke only unnamed. They
 * report no words, so they are no reported speech (measured on PolNeAR train: of 30 such
 * clauses we reported, 8 were annotated as attributions, all of them only the object noun).
 */
export const ANSWER_VERBS: ReadonlySet<string> = verbForms("respond reply return answer");

/** What went unanswered: "a request for comment", "repeated calls", "messages left Friday". */
export const REQUEST_NOUNS: ReadonlySet<string> = new Set(
  words(
    "request requests message messages call calls email emails e-mail e-mails inquiry " +
      "inquiries attempts phone voicemail voicemails",
  ),
);

/** "did not want to be named / quoted / identified": a source speaking unnamed. */
export const UNNAMED_WORDS: ReadonlySet<string> = new Set(words("named quoted identified"));
