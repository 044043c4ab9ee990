// Feed text → the few fields Briefdesk needs per item, whatever the format: RSS 0.9x/2.0, Atom 0.3/1.0,
// RDF (RSS 1.0) and JSON Feed, all parsed by feedsmith. Links are resolved against the feed's URL.
import { createHash } from 'node:crypto';
import { parseFeed, type AnyFeed, type AtomFeed } from 'feedsmith';
import { FeedError } from './errors.ts';
import { parseHttpUrl } from './url.ts';

/** One feed item, format-neutral. */
export interface FeedEntry {
  /** GUID / Atom id / rdf:about; null when the feed gives none. */
  readonly guid: string | null;
  /** Absolute link to the article page, as given (not normalised). */
  readonly link: string | null;
  readonly title: string | null;
  /** ISO YYYY-MM-DD (UTC) of the item's publication date, when readable. */
  readonly date: string | null;
  /** The item's own content or summary (HTML or text), the fallback when the page fails. */
  readonly content: string | null;
  /** Outlet named by the item itself (RSS <source>, dc:publisher). */
  readonly outlet: string | null;
}

export interface ParsedFeed {
  readonly format: 'rss' | 'atom' | 'rdf' | 'json';
  readonly title: string | null;
  /** Newest first, as most feeds list them. */
  readonly entries: readonly FeedEntry[];
}

function text(value: string | null | undefined): string | null {
  const t = value
    ?.replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}/gu, '') // terminal escapes in a hostile feed's titles must not reach `feeds list`
    .trim();
  return t ? t : null;
}

function longest(...values: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const v of values) if (v?.trim() && v.trim().length > (best?.length ?? 0)) best = v.trim();
  return best;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * RFC 822, ISO 8601 and friends → YYYY-MM-DD as the publisher wrote it (its local date, not UTC:
 * "Tue, 21 May 2024 01:10 +0300" is the 21st); null when the date is missing or unreadable.
 */
export function isoDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  const rfc = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(v);
  const month = rfc ? MONTHS.indexOf((rfc[2] ?? '').toLowerCase()) : -1;
  const candidate = iso
    ? `${iso[1]}-${iso[2]}-${iso[3]}`
    : rfc && month >= 0
      ? `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${(rfc[1] ?? '').padStart(2, '0')}`
      : null;
  if (candidate && !Number.isNaN(Date.parse(`${candidate}T00:00:00Z`))) return candidate;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/** Resolves a link, keeping it as published (identity is decided later by normaliseUrl). */
function absolute(link: string | null | undefined, base: string): string | null {
  if (!link?.trim()) return null;
  try {
    return parseHttpUrl(link, base).href;
  } catch {
    return null;
  }
}

function atomLink(links: readonly AtomFeed.Link<string>[] | undefined): string | undefined {
  const usable = (links ?? []).filter((l) => l.href);
  return (usable.find((l) => !l.rel || l.rel === 'alternate') ?? usable[0])?.href;
}

/** Parses feed text; throws FeedError('not-a-feed' | 'malformed'). */
export function parseFeedText(body: string, feedUrl: string): ParsedFeed {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed<string>(body);
  } catch (cause) {
    const detected = (cause as Error).name === 'DetectError' || /unrecognized/i.test((cause as Error).message);
    throw detected
      ? new FeedError('not-a-feed', 'not an RSS, Atom, RDF or JSON feed', { url: feedUrl, cause })
      : new FeedError('malformed', `malformed feed: ${(cause as Error).message}`, { url: feedUrl, cause });
  }
  const entry = (e: Omit<FeedEntry, 'link'> & { link: string | null | undefined }): FeedEntry => {
    const link = absolute(e.link, feedUrl);
    // An item with neither GUID nor link is known by its title and content.
    const guid = e.guid?.trim() || (link ? null : `sha256:${createHash('sha256').update(`${e.title ?? ''}\n${e.content ?? ''}`).digest('hex')}`);
    return { ...e, guid, link };
  };
  switch (parsed.format) {
    case 'rss': {
      const f = parsed.feed;
      return {
        format: 'rss',
        title: text(f.title),
        entries: (f.items ?? []).map((i) =>
          entry({
            guid: i.guid?.value ?? null,
            link: i.link ?? (i.guid?.isPermaLink !== false && /^https?:/i.test(i.guid?.value ?? '') ? i.guid?.value : null),
            title: text(i.title),
            date: isoDate(i.pubDate ?? i.dc?.dates?.[0]),
            content: longest(i.content?.encoded, i.description),
            outlet: text(i.source?.title ?? i.dc?.publishers?.[0]),
          }),
        ),
      };
    }
    case 'atom': {
      const f = parsed.feed;
      return {
        format: 'atom',
        title: text(f.title?.value),
        entries: (f.entries ?? []).map((e) =>
          entry({
            guid: e.id ?? null,
            link: atomLink(e.links),
            title: text(e.title?.value),
            date: isoDate(e.published ?? e.updated ?? e.dc?.dates?.[0]),
            content: longest(e.content?.value, e.summary?.value),
            outlet: text(e.source?.title?.value ?? e.dc?.publishers?.[0]),
          }),
        ),
      };
    }
    case 'rdf': {
      const f = parsed.feed;
      return {
        format: 'rdf',
        title: text(f.title),
        entries: (f.items ?? []).map((i) =>
          entry({
            guid: i.rdf?.about ?? null,
            link: i.link ?? i.rdf?.about,
            title: text(i.title),
            date: isoDate(i.dc?.dates?.[0] ?? i.dcterms?.modified?.[0]),
            content: longest(i.content?.encoded, i.description, i.dc?.descriptions?.[0]),
            outlet: text(i.dc?.publishers?.[0] ?? f.dc?.publishers?.[0]),
          }),
        ),
      };
    }
    case 'json': {
      const f = parsed.feed;
      return {
        format: 'json',
        title: text(f.title),
        entries: (f.items ?? []).map((i) =>
          entry({
            guid: i.id ?? null,
            link: i.url ?? i.external_url,
            title: text(i.title),
            date: isoDate(i.date_published ?? i.date_modified),
            content: longest(i.content_html, i.content_text, i.summary),
            outlet: null,
          }),
        ),
      };
    }
  }
}
