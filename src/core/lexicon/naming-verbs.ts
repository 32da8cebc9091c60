import { inflect, words } from "./word-list.js";

/** Verbs that give their object a second noun phrase after a comma ("called Lee, a fraud"). */
export const NAMING_VERBS = new Set(words("call name dub label brand").flatMap(inflect));
