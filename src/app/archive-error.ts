import { BriefbotError } from "./briefbot-error.js";

/** Why the archive failed: a real fault, never an expected outcome like "no match". */
export type ArchiveErrorCode =
  | "database-locked"
  | "disk-full"
  | "database-corrupt"
  | "database-unavailable"
  | "migration-failed";

/** The archive's one fault class; `cause` keeps the driver's error for the log. */
export class ArchiveError extends BriefbotError<ArchiveErrorCode> {}
