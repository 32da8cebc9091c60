// The ports the PostgreSQL archive implements, from one place. Until the async ports
// (src/app/ports/) are merged, they are derived here from today's synchronous ones, with the
// agreed shape: every method returns a Promise of today's type, `sources` stays a property.
// After the merge, this file becomes `export type * from "../../app/ports/archive.js"` (and
// source-registry.js).
import type {
  Archive as SyncArchive,
  SourceRegistry as SyncSourceRegistry,
} from "../../app/archive.js";

export type * from "../../app/archive.js";

type Promised<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : T[K];
};

export type SourceRegistry = Promised<SyncSourceRegistry>;

export type Archive = Omit<Promised<SyncArchive>, "sources"> & {
  readonly sources: SourceRegistry;
};
