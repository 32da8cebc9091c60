import { isIP } from "node:net";
import { isBlockedAddress } from "../policy/blocked-address.js";

// Names that only ever mean this host or its private network.
const privateNames = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$/i;

/**
 * Why a feed address may not be added, or null when it may: the fetch-time SSRF rules applied
 * to what can be known without DNS — literal private, loopback, link-local (cloud metadata) and
 * reserved addresses, and host names that only resolve inside the network. Names that resolve
 * to such addresses are still refused when fetched.
 */
export function refuseFeedAddress(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `“${address.slice(0, 80)}” is not a web address.`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return "Only http and https feeds can be added.";
  if (url.username || url.password) return "A feed address may not carry a user name or password.";
  const host = url.hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "");
  const literal = isIP(host) !== 0;
  if (
    (literal && isBlockedAddress(host)) ||
    (!literal && (privateNames.test(host) || !host.includes(".")))
  )
    return `${host} is a private or local address: briefbot only reads feeds on the public internet.`;
  return null;
}
