// The ports the PostgreSQL archive implements, from one place.
export type * from "../../app/ports/archive.js";
export type * from "../../app/ports/source-registry.js";
