// Moved to src/app/ports/article-parser.ts; kept so existing importers compile.
export type * from "../ports/article-parser.js";
