import type { Response } from "undici";

/**
 * Reads a (decompressed) body up to `maxBytes`, cancelling the stream the moment it grows past
 * that, so a 50 MB page or a gzip bomb never lands in memory. Decodes with the declared
 * charset (UTF-8 by default; a byte-order mark is dropped).
 */
export async function readCappedBody(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<{ ok: true; text: string } | { ok: false }> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return { ok: true, text: "" };
  for (;;) {
    signal.throwIfAborted();
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { ok: false };
    }
    chunks.push(value);
  }
  return { ok: true, text: decode(Buffer.concat(chunks), response.headers.get("content-type")) };
}

function decode(bytes: Buffer, contentType: string | null): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType ?? "")?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
