import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP } from "node:net";
import { AppError } from "@/server/errors";

/**
 * Where webhooks may go. A carrier's endpoint is on the internet; an address inside our own
 * network (a database port, a cloud metadata service, an admin page) must never be reachable
 * through it, whatever name, number form or DNS answer the endpoint uses.
 */
export type AddressKind = "public" | "private" | "forbidden";

/** Loopback and private ranges: open only where WEBHOOK_ALLOW_PRIVATE_HOSTS allows (local receivers in tests). */
const privateV4: [string, number][] = [
  ["127.0.0.0", 8],
  ["10.0.0.0", 8],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
];

/** Never: unspecified, link-local (cloud metadata), shared, multicast, reserved and documentation ranges. */
const forbiddenV4: [string, number][] = [
  ["0.0.0.0", 8],
  ["100.64.0.0", 10],
  ["169.254.0.0", 16],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];

function v4ToInt(ip: string): number {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function inV4(ip: string, [base, bits]: [string, number]): boolean {
  const mask = bits === 0 ? 0 : 2 ** 32 - 2 ** (32 - bits);
  return (v4ToInt(ip) & mask) >>> 0 === (v4ToInt(base) & mask) >>> 0;
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail is folded in). */
function v6Groups(ip: string): number[] {
  let text = ip.toLowerCase().split("%")[0]!;
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted?.[1]) {
    const n = v4ToInt(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((g) => Number.parseInt(g, 16));
}

function classifyV4(ip: string): AddressKind {
  if (forbiddenV4.some((range) => inV4(ip, range))) return "forbidden";
  return privateV4.some((range) => inV4(ip, range)) ? "private" : "public";
}

function classifyV6(ip: string): AddressKind {
  const g = v6Groups(ip);
  const embeddedV4 = () => `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeros(8)) return "forbidden"; // ::
  if (zeros(7) && g[7] === 1) return "private"; // ::1
  if (zeros(5) && g[5] === 0xffff) return classifyV4(embeddedV4()); // ::ffff:a.b.c.d
  if (zeros(6)) return "forbidden"; // ::a.b.c.d (deprecated IPv4-compatible)
  if (g[0] === 0x64 && g[1] === 0xff9b) return "forbidden"; // NAT64 reaches any IPv4 address
  if (g[0] === 0x2002 || (g[0] === 0x2001 && g[1] === 0)) return "forbidden"; // 6to4, Teredo tunnels
  if (g[0] === 0x2001 && g[1] === 0xdb8) return "forbidden"; // documentation
  if (g[0] === 0x100 && zeros(4)) return "forbidden"; // discard
  const first = g[0]!;
  if ((first & 0xffc0) === 0xfe80 || (first & 0xffc0) === 0xfec0) return "forbidden"; // link-local, site-local
  if ((first & 0xff00) === 0xff00) return "forbidden"; // multicast
  if (g.join(":") === "64768:3778:0:0:0:0:0:596") return "forbidden"; // fd00:ec2::254, a cloud metadata service
  if ((first & 0xfe00) === 0xfc00) return "private"; // unique-local
  return "public";
}

/** What kind of address an IP literal is (IPv4, IPv6 or IPv4-mapped IPv6). */
export function classifyAddress(ip: string): AddressKind {
  const family = isIP(ip);
  if (family === 4) return classifyV4(ip);
  if (family === 6) return classifyV6(ip);
  return "forbidden";
}

function allowed(kind: AddressKind, allowPrivate: boolean) {
  return kind === "public" || (kind === "private" && allowPrivate);
}

function hostOf(url: URL): string {
  return url.hostname
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "")
    .toLowerCase();
}

const refusal = () =>
  new AppError("BAD_REQUEST", "Webhook endpoints must be on the public internet, not a private or local address.", {
    field: "url",
  });

/**
 * Checks an endpoint as typed: https (plain http only to an allowed local receiver), and not
 * an address or name of our own network. The URL parser has already turned decimal and hex
 * IPv4 forms (`http://2130706433/`, `0x7f.1`) into dotted ones. DNS names are checked again,
 * resolved, at every send (`safeLookup`).
 */
export function checkWebhookUrl(raw: string, options: { allowPrivate: boolean }): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "Enter a full URL, like https://carrier.example/hooks.", { field: "url" });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AppError("BAD_REQUEST", "Webhook endpoints must use https://.", { field: "url" });
  }
  if (url.username || url.password)
    throw new AppError("BAD_REQUEST", "Put no user name or password in the URL.", { field: "url" });
  const host = hostOf(url);
  const kind: AddressKind | null = isIP(host)
    ? classifyAddress(host)
    : host === "localhost" || host.endsWith(".localhost")
      ? "private"
      : null;
  if (kind && !allowed(kind, options.allowPrivate)) throw refusal();
  if (url.protocol === "http:" && !(kind === "private" && options.allowPrivate)) {
    throw new AppError("BAD_REQUEST", "Webhook endpoints must use https://.", { field: "url" });
  }
  return url.toString();
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for node:http(s) that resolves the name, refuses it if any address it resolves to
 * is not allowed, and hands the socket the very address it checked: a DNS answer that changes
 * between the check and the connection (rebinding) cannot slip through.
 */
export function safeLookup({ allowPrivate }: { allowPrivate: boolean }) {
  return (hostname: string, options: { all?: boolean } | number, callback: LookupCallback) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = addresses.find((a) => !allowed(classifyAddress(a.address), allowPrivate));
      if (bad || addresses.length === 0) {
        const refused: NodeJS.ErrnoException = new Error(`${hostname} resolves to an address webhooks may not reach`);
        refused.code = "EWEBHOOKTARGET";
        return callback(refused, []);
      }
      const wantsAll = typeof options === "object" && options.all;
      if (wantsAll) return callback(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}
