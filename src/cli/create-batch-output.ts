import type { Writable } from "node:stream";

/** Writes batch lines to a stream, honouring back-pressure, and notices when the reader goes away. */
export interface BatchOutput {
  /** Writes one chunk; resolves false once the output can take no more (closed or failed). */
  write(text: string): Promise<boolean>;
  /** Null when the output is fine or the reader simply closed the pipe; else one sentence. */
  problem(): string | null;
}

/**
 * Wraps an output stream for the batch fast path. A write error becomes a value, never an
 * unhandled 'error' event: `… | head -1` closing the pipe (EPIPE) is a normal way to stop.
 */
export function createBatchOutput(out: Writable): BatchOutput {
  let failure: NodeJS.ErrnoException | null = null;
  out.on("error", (error: NodeJS.ErrnoException) => (failure ??= error));
  const open = () => failure === null && !out.destroyed;
  return {
    async write(text) {
      if (!open()) return false;
      if (out.write(text)) return true;
      if (open()) await settled(out);
      return open();
    },
    problem() {
      if (failure === null || failure.code === "EPIPE") return null;
      return `the output could not be written (${failure.code ?? failure.message}).`;
    },
  };
}

function settled(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done).off("error", done).off("close", done);
      resolve();
    };
    out.on("drain", done).on("error", done).on("close", done);
  });
}
