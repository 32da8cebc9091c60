/**
 * An error as log fields: `error` (its message), `name` (which carries a BriefbotError's code),
 * `code` when it has one, and `cause` described the same way — never a bare `String(error)`,
 * which drops the code and the cause.
 */
export function errorFields(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const code = (error as { code?: unknown }).code;
  const cause = error.cause;
  return {
    error: error.message,
    name: error.name,
    ...(code === undefined ? {} : { code }),
    ...(cause === undefined
      ? {}
      : { cause: depth < 2 ? errorFields(cause, depth + 1) : String(cause) }),
  };
}
