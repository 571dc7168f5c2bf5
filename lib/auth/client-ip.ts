import { BlockList, isIP } from "node:net";
import { headers } from "next/headers";

/**
 * Which X-Forwarded-For entries our own infrastructure wrote. The server
 * appends the socket peer to the header (see peer-address.ts), so the
 * rightmost entry is always the peer; each trusted proxy appended the address
 * it received the request from. Everything left of that is whatever the
 * client sent, and is never used while a trusted entry remains to its right.
 */
export type ProxyTrust = {
  /** How many proxies stand in front of the app (TRUSTED_PROXY_HOPS). */
  hops: number;
  /** Addresses and CIDR ranges of the proxies (TRUSTED_PROXIES). */
  proxies: BlockList;
};

export class ProxySettingError extends Error {}

/** Reads TRUSTED_PROXY_HOPS and TRUSTED_PROXIES; throws ProxySettingError on a value it cannot use. */
export function proxyTrustFrom(env: Record<string, string | undefined>): ProxyTrust {
  const hopsText = env.TRUSTED_PROXY_HOPS?.trim() || "0";
  if (!/^\d{1,2}$/.test(hopsText)) throw new ProxySettingError(`TRUSTED_PROXY_HOPS must be a small whole number, not "${hopsText}".`);
  const proxies = new BlockList();
  for (const entry of (env.TRUSTED_PROXIES ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address = "", prefix, ...extra] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    const maxPrefix = family === "ipv6" ? 128 : 32;
    if (!isIP(address) || extra.length > 0 || (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= maxPrefix))) {
      throw new ProxySettingError(`TRUSTED_PROXIES holds "${entry}", which is neither an IP address nor a CIDR range.`);
    }
    if (prefix === undefined) proxies.addAddress(address, family);
    else proxies.addSubnet(address, Number(prefix), family);
  }
  return { hops: Number(hopsText), proxies };
}

let configured: ProxyTrust | undefined;

/** The deployment's proxy settings, read once. */
export function proxyTrust(): ProxyTrust {
  configured ??= proxyTrustFrom(process.env);
  return configured;
}

/** One X-Forwarded-For entry as an address: no port, brackets or zone, IPv4-mapped IPv6 as IPv4. */
function parseEntry(entry: string): string {
  let address = entry.trim();
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1] ?? "";
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "");
  if (/^::ffff:[\d.]+$/i.test(address)) address = address.slice(7);
  return address;
}

function isTrustedProxy(address: string, trust: ProxyTrust): boolean {
  const family = isIP(address);
  return family !== 0 && trust.proxies.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The first 64 bits of an IPv6 address: one subscriber usually holds a whole
 * /64, so keying on the full address would give them 2^64 fresh budgets.
 */
function ipv6Network(address: string): string {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groupCount = (groups: string[]) => groups.reduce((count, group) => count + (group.includes(".") ? 2 : 1), 0);
  const missing = tail === undefined ? 0 : 8 - groupCount(left) - groupCount(right);
  const groups = [...left, ...Array<string>(missing).fill("0"), ...right];
  return `${groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16)).join(":")}::/64`;
}

/**
 * The client's address as a throttling key, from the X-Forwarded-For header
 * as the app receives it: walks from the right past the entries trusted
 * proxies wrote and takes the first one they did not. Rotating what the
 * client itself puts in the header therefore changes nothing.
 */
export function clientAddress(forwardedFor: string | null | undefined, trust: ProxyTrust): string {
  const address = forwardedClientAddress(forwardedFor, trust);
  if (!address) return "unknown";
  if (isIP(address) === 6) return ipv6Network(address);
  return address.slice(0, 100);
}

/** The client's own address as `clientAddress` finds it, whole (an IPv6 address, not its /64), or "" when there is none. */
export function forwardedClientAddress(forwardedFor: string | null | undefined, trust: ProxyTrust): string {
  const entries = (forwardedFor ?? "").split(",").map(parseEntry).filter(Boolean);
  let index = entries.length - 1;
  for (let skipped = 0; index > 0 && (skipped < trust.hops || isTrustedProxy(entries[index] ?? "", trust)); skipped++) index--;
  return entries[index] ?? "";
}

/** The client's address for throttling in a server action or route handler. */
export async function clientIp(): Promise<string> {
  return clientAddress((await headers()).get("x-forwarded-for"), proxyTrust());
}

/** The same, from the plain header object next-auth hands to the Credentials provider. */
export function clientIpFromHeaders(requestHeaders: Record<string, unknown> | undefined): string {
  const forwarded = requestHeaders?.["x-forwarded-for"];
  return clientAddress(typeof forwarded === "string" ? forwarded : null, proxyTrust());
}
