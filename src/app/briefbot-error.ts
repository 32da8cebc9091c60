/**
 * A real fault (never an expected outcome such as "no match"): a string `code` for programs, a
 * `message` a user can read, and the underlying error as `cause` for the log. Each part of the
 * system narrows `Code` to its own faults; `name` carries the code ("ArchiveError[disk-full]").
 */
export class BriefbotError<Code extends string = string> extends Error {
  readonly code: Code;

  constructor(code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = `${new.target.name}[${code}]`;
    this.code = code;
  }
}
