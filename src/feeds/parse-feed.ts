// Feed text → the few fields Briefdesk needs per item, whatever the format: RSS 0.9x/2.0, Atom 0.3/1.0,
// RDF (RSS 1.0) and JSON Feed, all parsed by feedsmith. Links are resolved against the feed's URL.
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
    .trim();
  return t ? t : null;
}

function longest(...values: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const v of values) if (v?.trim() && v.trim().length > (best?.length ?? 0)) best = v.trim();
  return best;
}

/** RFC 822, ISO 8601 and friends → YYYY-MM-DD; null when the date is missing or unreadable. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value.trim());
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
  const entry = (e: Omit<FeedEntry, 'link'> & { link: string | null | undefined }): FeedEntry => ({
    ...e,
    guid: e.guid?.trim() || null,
    link: absolute(e.link, feedUrl),
  });
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
