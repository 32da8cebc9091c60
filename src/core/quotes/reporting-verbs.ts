/**
 * Kept for modules outside the quote engine that still import the verbs from here
 * (entities/read-source.ts): the list itself lives once, in ../lexicon/reporting-verbs.ts.
 */
export { REPORTING_VERBS, WEAK_VERBS, isReportingVerb } from "../lexicon/reporting-verbs.js";
