import { BlockList, isIP } from "node:net";

/**
 * The header the portal's own server sets to the connection's address on every request,
 * replacing any a client sent, so it cannot be forged.
 */
export const peerAddressHeader = "x-handoff-peer";

/** `1.2.3.4`, `10.0.0.0/8`, `::1` or `fd00::/8` → its parts; null when malformed. */
export function parseCidr(value: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | null {
  const [address = "", prefixText, extra] = value.trim().split("/");
  if (extra !== undefined) return null;
  const version = isIP(address);
  if (!version) return null;
  const max = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) return null;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

/** A set of addresses and ranges to test addresses against. */
export function addressList(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const cidr = parseCidr(range);
    if (cidr) list.addSubnet(cidr.address, cidr.prefix, cidr.family);
  }
  return list;
}

/** `::ffff:1.2.3.4` (IPv4 on an IPv6 socket) → `1.2.3.4`; null for anything that is not an address. */
export function normalizeAddress(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  const unmapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)?.[1] ?? trimmed;
  return isIP(unmapped) ? unmapped.toLowerCase() : null;
}

function contains(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the connection's own, unless it comes from a trusted proxy; then
 * X-Forwarded-For is read from the right, skipping trusted proxies, so entries a client
 * wrote itself (on the left) are never believed.
 */
export function clientAddress(headers: Headers, trustedProxies: BlockList): string | null {
  const peer = normalizeAddress(headers.get(peerAddressHeader));
  if (!peer || !contains(trustedProxies, peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(normalizeAddress);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!hop) return peer; // A malformed entry: nothing left of it can be trusted.
    if (!contains(trustedProxies, hop)) return hop;
  }
  return hops[0] ?? peer;
}
