// URL rules for feeds: only http(s), and one normal form per article so that the same link with
// tracking parameters (utm_*, fbclid, gclid …) or a #fragment is recognised as the same item.
import { FeedError } from './errors.ts';

/** Query parameters that only track the reader; removing them never changes the page. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'vero_conv', 'ref_src', 'ref_url', 's_cid', 'cmpid', 'ocid', 'smid', 'sr_share',
  'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4',
  'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee',
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('pk_') || n.startsWith('mtm_') || TRACKING_PARAMS.has(n);
}

/** Parses an absolute (or, with `base`, relative) http(s) URL; throws FeedError('invalid-url'). */
export function parseHttpUrl(raw: string, base?: string | null): URL {
  let url: URL;
  try {
    url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
  } catch (cause) {
    throw new FeedError('invalid-url', `not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`, { url: raw, cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedError('invalid-url', `only http and https URLs are supported, not ${url.protocol}`, { url: raw });
  }
  if (url.username || url.password) url.username = url.password = '';
  return url;
}

/**
 * The article's identity as a URL: scheme and host lower-cased, default port, fragment and tracking
 * parameters removed; other parameters and the path are kept as given (they may select the article).
 */
export function normaliseUrl(raw: string, base?: string | null): string {
  const url = parseHttpUrl(raw, base);
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (isTracking(name)) url.searchParams.delete(name);
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}

/** normaliseUrl, or null for anything that is not a usable http(s) URL. */
export function tryNormaliseUrl(raw: string | null | undefined, base?: string | null): string | null {
  if (!raw?.trim()) return null;
  try {
    return normaliseUrl(raw, base);
  } catch {
    return null;
  }
}

/** The key politeness is counted by: host plus port. */
export function hostKey(url: string): string {
  return new URL(url).host;
}
