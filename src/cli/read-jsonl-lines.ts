import { Buffer } from "node:buffer";
import { TextDecoder } from "node:util";

/** One step of reading a JSON Lines batch, in input order. */
export type JsonlItem =
  | { kind: "line"; number: number; text: string }
  | { kind: "too-long"; number: number }
  | { kind: "refused"; message: string };

/**
 * Splits a byte stream into lines while reading it, one chunk at a time. Binary (NUL bytes) or
 * non-UTF-8 input ends the read with one `refused` sentence; a line longer than `maxLineBytes` is
 * reported as `too-long` as soon as it passes the cap, and the rest of it is dropped as it comes.
 */
export async function* readJsonlLines(
  input: AsyncIterable<Uint8Array>,
  name: string,
  maxLineBytes: number,
): AsyncGenerator<JsonlItem> {
  // fatal + stream: a bad byte sequence is caught even when a chunk boundary splits it.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const lines = createLineSplitter(maxLineBytes);
  for await (const chunk of input) {
    const text = chunk.includes(0) ? binary : decode(decoder, chunk);
    if (typeof text !== "string") {
      yield refused(
        text === binary ? `${name} is a binary file, not JSON Lines text.` : notUtf8(name),
      );
      return;
    }
    yield* lines.split(text);
  }
  const rest = decode(decoder);
  if (rest === null) {
    yield refused(notUtf8(name));
    return;
  }
  yield* lines.split(rest);
  yield* lines.flush();
}

const binary = Symbol("binary");
const refused = (message: string): JsonlItem => ({ kind: "refused", message });
const notUtf8 = (name: string) => `${name} is not UTF-8 text; save it as UTF-8 and try again.`;

function decode(decoder: TextDecoder, chunk?: Uint8Array): string | null {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch {
    return null;
  }
}

/** Holds at most `maxLineBytes` of the current line: a longer line is never buffered whole. */
function createLineSplitter(maxLineBytes: number) {
  let parts: string[] = [];
  let bytes = 0;
  let number = 1;
  function* add(piece: string): Generator<JsonlItem> {
    if (bytes > maxLineBytes || piece === "") return;
    bytes += Buffer.byteLength(piece);
    if (bytes <= maxLineBytes) return void parts.push(piece);
    parts = [];
    yield { kind: "too-long", number };
  }
  function* flush(): Generator<JsonlItem> {
    // A line past the cap was reported when it passed it.
    if (bytes <= maxLineBytes)
      yield { kind: "line", number, text: parts.join("").replace(/\r$/, "") };
    parts = [];
    bytes = 0;
    number++;
  }
  function* split(text: string): Generator<JsonlItem> {
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      yield* add(text.slice(start, end));
      yield* flush();
      start = end + 1;
    }
    yield* add(text.slice(start));
  }
  return { split, flush };
}
