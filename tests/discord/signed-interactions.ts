import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";

/** An Ed25519 key pair made in the test, standing in for the application's. */
export function createTestKeys(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32);
  return { publicKeyHex: raw.toString("hex"), privateKey };
}

/** POSTs an interaction the way Discord does: Ed25519 over timestamp + raw body. */
export async function postInteraction(
  endpoint: string,
  payload: unknown,
  options: {
    privateKey?: KeyObject;
    timestamp?: number;
    signature?: string | null;
    rawBody?: string;
  },
): Promise<{ status: number; body: unknown }> {
  const rawBody = options.rawBody ?? JSON.stringify(payload);
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-signature-timestamp": timestamp,
  };
  const signature =
    options.signature === undefined && options.privateKey
      ? sign(null, Buffer.from(timestamp + rawBody), options.privateKey).toString("hex")
      : options.signature;
  if (signature) headers["x-signature-ed25519"] = signature;
  const response = await fetch(endpoint, { method: "POST", headers, body: rawBody });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}
