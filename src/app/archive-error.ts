/** Why the archive failed: a real fault, never an expected outcome like "no match". */
export type ArchiveErrorCode =
  | "database-locked"
  | "disk-full"
  | "database-corrupt"
  | "database-unavailable"
  | "migration-failed";

/**
 * The archive's one fault class. `message` is a sentence a user can read; `cause` keeps the
 * driver's error for the log.
 */
export class ArchiveError extends Error {
  readonly code: ArchiveErrorCode;

  constructor(code: ArchiveErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = `ArchiveError[${code}]`;
    this.code = code;
  }
}
