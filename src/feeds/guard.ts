// The private-address guard: feeds and the article pages they link to are fetched by the server, so
// neither an admin's feed URL nor a feed item's link (nor a redirect) may make Briefdesk fetch an address
// inside its own network. Only public unicast addresses pass; FEEDS_ALLOW_PRIVATE turns the guard off for
// intranet deployments. The address ranges come from ipaddr.js (IANA special-purpose registries).
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { FeedError } from './errors.ts';

/** Resolves a host name to every address it has (node:dns/promises lookup with `all: true`). */
export type HostLookup = (hostname: string) => Promise<readonly { readonly address: string }[]>;

export const systemLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true });

const RANGE_WORDS: Record<string, string> = {
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade NAT',
  private: 'private',
  reserved: 'reserved',
  uniqueLocal: 'unique-local',
  deprecatedSiteLocal: 'site-local',
  teredo: 'Teredo tunnel',
};

const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96');

/**
 * Why an IP address is not a public one ('loopback', 'private', 'link-local' …), or null when it is a
 * public unicast address. IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries,
 * and so are the IPv4 addresses inside NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses. Anything that
 * is not an IP address at all is 'not an IP address'.
 */
export function nonPublicRange(address: string): string | null {
  const text = canonical(address);
  if (text === null || !ipaddr.isValid(text)) return 'not an IP address';
  const ip = ipaddr.process(text); // ::ffff:a.b.c.d → a.b.c.d
  if (ip.kind() === 'ipv4') {
    const range = ip.range();
    return range === 'unicast' ? null : (RANGE_WORDS[range] ?? `special-purpose (${range})`);
  }
  const v6 = ip as ipaddr.IPv6;
  const range = v6.range();
  if (v6.match(NAT64_WELL_KNOWN)) return nonPublicRange(ipaddr.fromByteArray(v6.toByteArray().slice(12)).toString());
  if (range === '6to4') return nonPublicRange(ipaddr.fromByteArray(v6.toByteArray().slice(2, 6)).toString());
  if (range !== 'unicast') return RANGE_WORDS[range] ?? `special-purpose (${range})`;
  // Only 2000::/3 is handed out as global unicast; the rest of the space is unassigned or special.
  return v6.match(GLOBAL_UNICAST_V6) ? null : 'reserved';
}

/**
 * Strict dotted-quad IPv4 or IPv6 in its compressed hex form (brackets and zone dropped), else null.
 * ipaddr.js alone would accept 127.1 and read ::1.2.3.4 as IPv4-mapped.
 */
function canonical(address: string): string | null {
  const text = address.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  const version = isIP(text);
  if (version === 4) return text;
  if (version === 6) return new URL(`http://[${text}]/`).hostname.slice(1, -1);
  return null;
}

export function isPublicAddress(address: string): boolean {
  return nonPublicRange(address) === null;
}

const HINT = 'not fetched (FEEDS_ALLOW_PRIVATE=true allows private addresses)';

/**
 * Refuses a URL whose host is, or resolves to, a non-public address: throws FeedError('forbidden-address'),
 * or FeedError('network') when the name does not resolve. `redirect` words the error for a redirect hop.
 *
 * This checks the addresses the name has now; the request then resolves the name again (global fetch takes
 * no lookup of its own), so a DNS server that answers differently a moment later (rebinding) is not pinned
 * out. Nothing is pinned: this stops configured and linked internal addresses, not a hostile DNS server.
 */
export async function assertPublicHost(url: string, lookup: HostLookup, redirect = false): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  const prefix = redirect ? 'redirect: ' : '';
  const refuse = (message: string): never => {
    throw new FeedError('forbidden-address', `${prefix}${message}: ${HINT}`, { url });
  };
  if (host === 'localhost' || host.endsWith('.localhost')) refuse(`${host} is this machine (loopback)`);
  if (isIP(host) !== 0) {
    const range = nonPublicRange(host);
    if (range) refuse(`${host} is a ${range} address`);
    return;
  }
  let addresses: readonly { readonly address: string }[];
  try {
    addresses = await lookup(host);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw new FeedError('network', `network error: ${code}`, { url, cause });
  }
  if (addresses.length === 0) throw new FeedError('network', 'network error: ENOTFOUND', { url });
  for (const { address } of addresses) {
    const range = nonPublicRange(address);
    if (range) refuse(`${host} resolves to ${address}, a ${range} address`);
  }
}
