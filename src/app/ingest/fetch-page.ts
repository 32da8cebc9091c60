import type { FetchOutcome, FetchRequest } from "../../sources/fetch-outcome.js";

/** An outbound fetch that is already guarded (see src/sources/guarded-fetch.ts). */
export type FetchPage = (url: string, request?: FetchRequest) => Promise<FetchOutcome>;
