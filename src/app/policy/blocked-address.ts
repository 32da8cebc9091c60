import { BlockList, isIPv4, isIPv6 } from "node:net";

// IANA special-purpose IPv4 ranges: private, loopback, link-local (cloud metadata at
// 169.254.169.254), CGNAT, documentation, benchmarking, multicast, reserved, broadcast.
const v4Blocked: [string, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];

// Within global unicast 2000::/3: IETF protocol assignments (Teredo), documentation, 6to4.
const v6Blocked: [string, number][] = [
  ["2001::", 23],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["3fff::", 20],
];

const v4List = new BlockList();
for (const [net, bits] of v4Blocked) v4List.addSubnet(net, bits, "ipv4");
const v6List = new BlockList();
for (const [net, bits] of v6Blocked) v6List.addSubnet(net, bits, "ipv6");

/** The 16 bytes of an IPv6 address (with or without brackets, with an embedded dotted quad). */
function ipv6Bytes(address: string): number[] {
  const [head = "", tail = ""] =
    address
      .replace(/^\[|\]$/g, "")
      .split("%")[0]
      ?.split("::") ?? [];
  const groups = (part: string) => (part ? part.split(":") : []).flatMap(toWords);
  const left = groups(head);
  const right = address.includes("::") ? groups(tail) : [];
  const words = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

function toWords(group: string): number[] {
  if (!group.includes(".")) return [parseInt(group, 16)];
  const [a = 0, b = 0, c = 0, d = 0] = group.split(".").map(Number);
  return [(a << 8) | b, (c << 8) | d];
}

function startsWith(bytes: number[], prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The IPv4 address an IPv6 one stands for (IPv4-mapped ::ffff:0:0/96, NAT64 64:ff9b::/96), if any. */
function embeddedIPv4(bytes: number[]): string | null {
  const mapped = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];
  const nat64 = [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];
  return startsWith(bytes, mapped) || startsWith(bytes, nat64) ? bytes.slice(12).join(".") : null;
}

/**
 * True when an address must never be fetched: anything not plainly public, in IPv4 or IPv6,
 * including IPv4 reached through an IPv6 spelling. Anything unparseable is blocked too.
 */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  if (isIPv4(bare)) return v4List.check(bare, "ipv4");
  if (!isIPv6(bare)) return true;
  const bytes = ipv6Bytes(bare);
  const v4 = embeddedIPv4(bytes);
  if (v4) return v4List.check(v4, "ipv4");
  // Outside 2000::/3 (global unicast) lie loopback, unspecified, ULA, link-local, multicast.
  if (((bytes[0] ?? 0) & 0xe0) !== 0x20) return true;
  return v6List.check(bare, "ipv6");
}
