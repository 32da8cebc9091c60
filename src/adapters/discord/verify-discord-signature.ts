import { createPublicKey, verify, type KeyObject } from "node:crypto";

// DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw 32-byte key follows it.
const ed25519SpkiPrefix = Buffer.from("302a300506032b6570032100", "hex");

/** Discord gives no replay window; five minutes either way bounds a captured request's life. */
export const maxSignatureAgeSeconds = 300;

/** Turns the application's hex public key (DISCORD_PUBLIC_KEY) into a key for node:crypto. */
export function createDiscordPublicKey(hex: string): KeyObject {
  const raw = Buffer.from(hex, "hex");
  return createPublicKey({
    key: Buffer.concat([ed25519SpkiPrefix, raw]),
    format: "der",
    type: "spki",
  });
}

export type SignatureCheck =
  | { ok: true }
  | { ok: false; error: { code: "missing" | "malformed" | "stale" | "invalid"; message: string } };

/**
 * Verifies `X-Signature-Ed25519` over `X-Signature-Timestamp + rawBody`, and that the timestamp
 * is within `maxSignatureAgeSeconds` of `nowSeconds`.
 */
export function verifyDiscordSignature(input: {
  key: KeyObject;
  signature: string | undefined;
  timestamp: string | undefined;
  rawBody: Buffer;
  nowSeconds: number;
}): SignatureCheck {
  const { signature, timestamp } = input;
  if (!signature || !timestamp) return fail("missing", "missing signature headers");
  if (!/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp))
    return fail("malformed", "malformed signature headers");
  if (Math.abs(input.nowSeconds - Number(timestamp)) > maxSignatureAgeSeconds)
    return fail("stale", "timestamp outside the replay window");
  const message = Buffer.concat([Buffer.from(timestamp, "utf8"), input.rawBody]);
  const valid = verify(null, message, input.key, Buffer.from(signature, "hex"));
  return valid ? { ok: true } : fail("invalid", "signature does not match");
}

function fail(
  code: "missing" | "malformed" | "stale" | "invalid",
  message: string,
): SignatureCheck {
  return { ok: false, error: { code, message } };
}
