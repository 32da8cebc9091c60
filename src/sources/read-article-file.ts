import { open, stat } from "node:fs/promises";

/** Articles larger than this are refused: no news article is 5 MB of text. */
export const maxArticleBytes = 5 * 1024 * 1024;

export type ReadFileResult =
  { ok: true; text: string } | { ok: false; error: { code: ReadFileErrorCode; message: string } };
export type ReadFileErrorCode =
  "not-found" | "directory" | "too-large" | "empty" | "binary" | "not-utf8" | "unreadable";

const fail = (code: ReadFileErrorCode, message: string): ReadFileResult => ({
  ok: false,
  error: { code, message },
});

/**
 * Reads one article file (or standard input for "-") as UTF-8 text. Every expected failure is a
 * returned value whose message is one sentence a user understands: missing file, directory,
 * empty, too large, binary or not UTF-8.
 */
export async function readArticleFile(
  path: string,
  maxBytes = maxArticleBytes,
  label = path,
): Promise<ReadFileResult> {
  if (path === "-") return decodeArticle("standard input", await readStdin(maxBytes + 1), maxBytes);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    return info.code === "ENOENT"
      ? fail("not-found", `There is no file at ${label}.`)
      : fail("unreadable", `Cannot read ${label} (${info.code ?? info.message}).`);
  }
  if (info.isDirectory()) return fail("directory", `${label} is a folder, not an article file.`);
  if (info.size > maxBytes)
    return fail(
      "too-large",
      `${label} is ${megabytes(info.size)}; articles larger than ${megabytes(maxBytes)} are refused.`,
    );
  const bytes = await readHead(path, maxBytes + 1).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error)
    return fail("unreadable", `Cannot read ${label} (${bytes.code ?? bytes.message}).`);
  return decodeArticle(label, bytes, maxBytes);
}

/** Checks bytes already read (a file or a stream) the same way and decodes them. */
export function decodeArticle(
  name: string,
  bytes: Uint8Array,
  maxBytes = maxArticleBytes,
): ReadFileResult {
  if (bytes.length > maxBytes)
    return fail(
      "too-large",
      `${name} is larger than ${megabytes(maxBytes)}; that is too large for an article.`,
    );
  if (bytes.includes(0)) return fail("binary", `${name} is a binary file, not text.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("not-utf8", `${name} is not UTF-8 text; save it as UTF-8 and try again.`);
  }
  if (text.trim() === "") return fail("empty", `${name} is empty.`);
  return { ok: true, text: text.replace(/^\uFEFF/, "") };
}

async function readHead(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(limit);
    const { bytesRead } = await handle.read(buffer, 0, limit, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
