import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { isBlockedAddress } from "../app/policy/blocked-address.js";

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;
export type LookupFunction = (
  hostname: string,
  options: LookupOptions,
  callback: LookupCallback,
) => void;

/** Why the guard refused a host; thrown inside the socket's lookup and mapped to a sentence. */
export class BlockedAddressError extends Error {
  readonly code = "EBLOCKEDADDRESS";

  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, a private or reserved address`);
    this.name = "BlockedAddressError";
  }
}

/** Loopback only, the one thing a test may open up: never other private ranges. */
export function isTestLoopback(address: string): boolean {
  return address === "127.0.0.1" || address === "::1";
}

/**
 * A DNS lookup for the socket itself: every address a name resolves to is checked and the
 * connection goes to a checked address, so a name that re-resolves (DNS rebinding) between a
 * check and the connect cannot slip through.
 */
export function createGuardedLookup(
  allowLoopback: boolean,
  resolve: LookupFunction = dnsLookup as LookupFunction,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, result) => {
      if (error) return callback(error, "");
      const addresses = Array.isArray(result) ? result : [{ address: result, family: 4 }];
      const blocked = addresses.find(
        (a) => isBlockedAddress(a.address) && !(allowLoopback && isTestLoopback(a.address)),
      );
      if (blocked || addresses.length === 0)
        return callback(new BlockedAddressError(hostname, blocked?.address ?? "nothing"), "");
      const [first] = addresses;
      if (options.all) return callback(null, addresses);
      return callback(null, first?.address ?? "", first?.family ?? 4);
    });
  };
}
