// One polling round: for each feed that is due, a conditional GET, parse, then each new item through
// ingestItem (oldest first). A failing feed is recorded with its back-off and skipped; the round goes on.
import { backoffMs, type BackoffOptions } from './backoff.ts';
import { decodeBody } from './decode.ts';
import { describeFeedError, FeedError } from './errors.ts';
import type { FeedSource } from './feed-store.ts';
import { FEED_ACCEPT } from './http.ts';
import { ingestItem, needsWork, type ItemDeps } from './items.ts';
import { parseFeedText, type ParsedFeed } from './parse-feed.ts';
import { tryNormaliseUrl } from './url.ts';

/** pino-compatible subset, so main.ts can pass its logger; optional everywhere. */
export interface FeedLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface PollDeps extends ItemDeps {
  /** New items handled per feed per round; the rest wait for the next round. */
  readonly maxItemsPerFeed: number;
  /** Feeds polled at the same time (each host still gets one request at a time). */
  readonly concurrency: number;
  readonly backoff: BackoffOptions;
  readonly log?: FeedLogger;
  /** Article URLs being fetched in this round, so two feeds carrying one article fetch it once. */
  readonly claims?: Map<string, Promise<unknown>>;
}

export interface PollOptions {
  /** Poll feeds that are backing off too (a manual round). */
  readonly force?: boolean;
  /** Only these feeds. */
  readonly feedIds?: readonly number[];
  /** Stops the round between requests (shutdown). */
  readonly signal?: AbortSignal;
}

export type FeedPollOutcome = 'updated' | 'not-modified' | 'failed' | 'backing-off' | 'stopped';

export interface ItemProblem {
  readonly url: string | null;
  readonly title: string | null;
  readonly error: string;
}

export interface FeedPollResult {
  readonly feedId: number;
  readonly url: string;
  /** The name to show: given name, else the feed's title, else the URL. */
  readonly name: string;
  readonly outcome: FeedPollOutcome;
  /** Items listed in the feed. */
  readonly items: number;
  /** Items not seen before (or failed earlier and retried) that were handled this round. */
  readonly newItems: number;
  readonly ingested: number;
  readonly duplicates: number;
  readonly failed: number;
  readonly statements: number;
  /** Items whose page failed and whose own feed content was used instead. */
  readonly fallbacks: number;
  /** New items left for the next round (maxItemsPerFeed). */
  readonly deferred: number;
  readonly error: string | null;
  readonly itemErrors: readonly ItemProblem[];
  readonly nextAttemptAt: string | null;
  /** The feed answered with a permanent redirect (301/308): its stored URL is now this one (also in `url`). */
  readonly movedTo: string | null;
}

export interface PollReport {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly feeds: readonly FeedPollResult[];
}

function displayName(feed: FeedSource, title: string | null = null): string {
  return feed.name ?? title ?? feed.title ?? feed.url;
}

function empty(feed: FeedSource, outcome: FeedPollOutcome, extra: Partial<FeedPollResult> = {}): FeedPollResult {
  return {
    feedId: feed.id, url: feed.url, name: displayName(feed), outcome, items: 0, newItems: 0, ingested: 0, duplicates: 0,
    failed: 0, statements: 0, fallbacks: 0, deferred: 0, error: null, itemErrors: [], nextAttemptAt: null, movedTo: null, ...extra,
  };
}

function recordFailure(deps: PollDeps, feed: FeedSource, err: unknown): FeedPollResult {
  if (err instanceof FeedError && err.kind === 'aborted') return empty(feed, 'stopped');
  const now = deps.now();
  const failures = feed.failures + 1;
  const retryAfter = err instanceof FeedError ? err.retryAfterMs : null;
  const nextAttemptAt = new Date(now.getTime() + backoffMs(failures, deps.backoff, retryAfter)).toISOString();
  const error = describeFeedError(err);
  deps.store.recordFeed(feed.id, { ok: false, at: now.toISOString(), error, failures, nextAttemptAt });
  deps.log?.warn({ feed: feed.url, error, failures, nextAttemptAt }, 'feed failed');
  return empty(feed, 'failed', { error, nextAttemptAt });
}

/** The feed's new URL after a permanent redirect: normalised, not the same, and never from https down to http. */
function movedUrl(feed: FeedSource, movedTo: string | null | undefined): string | undefined {
  const url = tryNormaliseUrl(movedTo);
  if (!url || url === feed.url) return undefined;
  if (feed.url.startsWith('https:') && !url.startsWith('https:')) return undefined;
  return url;
}

/** After recordFeed: whether the move was stored (another feed may already follow the new URL). */
function moved(deps: PollDeps, feed: FeedSource, url: string | undefined): Partial<FeedPollResult> {
  if (!url || deps.store.getFeed(feed.id)?.url !== url) return {};
  deps.log?.info({ feed: feed.url, movedTo: url }, 'feed moved permanently');
  return { url, movedTo: url };
}

/** Polls one feed; never throws. */
export async function pollFeed(deps: PollDeps, feed: FeedSource, options: PollOptions = {}): Promise<FeedPollResult> {
  const { signal } = options;
  if (!options.force && feed.nextAttemptAt && Date.parse(feed.nextAttemptAt) > deps.now().getTime()) {
    return empty(feed, 'backing-off', { error: feed.lastError, nextAttemptAt: feed.nextAttemptAt });
  }
  let parsed: ParsedFeed;
  let validators: { etag: string | null; lastModified: string | null };
  let newUrl: string | undefined;
  try {
    const res = await deps.http.get(feed.url, { accept: FEED_ACCEPT, etag: feed.etag, lastModified: feed.lastModified, signal });
    newUrl = movedUrl(feed, res.movedTo);
    if (res.notModified) {
      deps.store.recordFeed(feed.id, { ok: true, at: deps.now().toISOString(), url: newUrl });
      return empty(feed, 'not-modified', moved(deps, feed, newUrl));
    }
    parsed = parseFeedText(decodeBody(res.body, res.contentType), res.url);
    validators = { etag: res.etag, lastModified: res.lastModified };
  } catch (err) {
    return recordFailure(deps, feed, err);
  }

  // Oldest first, so statements enter the store (and the digest cursor) in publication order.
  const pending = [...parsed.entries].reverse().filter((entry) => needsWork(deps, feed, entry).needed);
  const work = pending.slice(-deps.maxItemsPerFeed);
  let ingested = 0, duplicates = 0, failed = 0, statements = 0, fallbacks = 0, handled = 0;
  let stopped = false;
  const itemErrors: ItemProblem[] = [];
  for (const entry of work) {
    if (signal?.aborted) {
      stopped = true;
      break;
    }
    handled++;
    try {
      // Another feed in this round may be fetching the same article: wait for it, then look again.
      const key = tryNormaliseUrl(entry.link);
      const busy = key ? deps.claims?.get(key) : undefined;
      if (busy) await busy;
      const now = needsWork(deps, feed, entry);
      if (!now.needed) {
        duplicates++;
        continue;
      }
      const job = ingestItem(deps, feed, parsed.title, entry, now.known, signal);
      if (key) deps.claims?.set(key, job.catch(() => undefined));
      const r = await job.finally(() => {
        if (key) deps.claims?.delete(key);
      });
      if (r.kind === 'ingested') {
        ingested++;
        statements += r.newStatements;
        if (r.usedFallback) fallbacks++;
      } else if (r.kind === 'duplicate') duplicates++;
      else if (r.kind === 'failed') {
        failed++;
        itemErrors.push({ url: entry.link, title: entry.title, error: r.error });
      }
    } catch (err) {
      if (err instanceof FeedError && err.kind === 'aborted') {
        handled--;
        stopped = true;
        break;
      }
      failed++; // e.g. the feed was removed during the round: its records cannot be written
      itemErrors.push({ url: entry.link, title: entry.title, error: describeFeedError(err) });
    }
  }
  const deferred = pending.length - handled;
  // With items left over, forget the validators so the next round fetches the whole feed again.
  const complete = deferred === 0;
  deps.store.recordFeed(feed.id, {
    ok: true,
    at: deps.now().toISOString(),
    title: parsed.title,
    etag: complete ? validators.etag : null,
    lastModified: complete ? validators.lastModified : null,
    url: newUrl,
  });
  const result: FeedPollResult = {
    ...empty(feed, stopped ? 'stopped' : 'updated', moved(deps, feed, newUrl)),
    name: displayName(feed, parsed.title),
    items: parsed.entries.length,
    newItems: handled,
    ingested, duplicates, failed, statements, fallbacks, deferred, itemErrors,
  };
  if (handled > 0) deps.log?.info({ feed: feed.url, ingested, duplicates, failed, statements }, 'feed polled');
  return result;
}

/** Polls every due feed, a few at a time; resolves when all are done (or stopped). */
export async function pollFeeds(deps: PollDeps, options: PollOptions = {}): Promise<PollReport> {
  const startedAt = deps.now().toISOString();
  const wanted = options.feedIds ? new Set(options.feedIds) : null;
  const feeds = deps.store.listFeeds().filter((f) => !wanted || wanted.has(f.id));
  const results: FeedPollResult[] = new Array(feeds.length);
  const roundDeps: PollDeps = { ...deps, claims: new Map() };
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < feeds.length; i = next++) {
      const feed = feeds[i] as FeedSource;
      results[i] = await pollFeed(roundDeps, feed, options).catch((err: unknown) => recordFailure(deps, feed, err));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency, feeds.length)) }, worker));
  return { startedAt, finishedAt: deps.now().toISOString(), feeds: results };
}
