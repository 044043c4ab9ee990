// The feeds' one door for the CLI, the bots (`/sources`) and main.ts: add, list, remove, import OPML,
// poll. Platform-neutral: it returns plain data; each caller words it for its own users.
import type { BriefingService } from '../core/index.ts';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.ts';
import { FeedError } from './errors.ts';
import type { FeedSource, FeedStore } from './feed-store.ts';
import { createHttpFetcher, type HttpFetcher, type HttpOptions } from './http.ts';
import { parseOpmlFeeds } from './opml.ts';
import { pollFeeds, type FeedLogger, type PollOptions, type PollReport } from './poll.ts';
import { normaliseUrl } from './url.ts';

export interface AddFeedResult {
  readonly feed: FeedSource;
  /** False when the URL was already followed (the existing feed is returned unchanged). */
  readonly created: boolean;
}

export interface ImportReport {
  readonly added: readonly FeedSource[];
  readonly existing: readonly FeedSource[];
  readonly invalid: readonly { readonly url: string; readonly error: string }[];
}

export interface FeedService {
  /** Follows a feed URL (http/https); throws FeedError('invalid-url'). Nothing is fetched yet. */
  add(url: string, options?: { readonly name?: string | null }): AddFeedResult;
  list(): FeedSource[];
  get(id: number): FeedSource | null;
  /** Stops following a feed; what it already brought in stays searchable. False when no such feed. */
  remove(id: number): boolean;
  /** Follows every feed of an OPML subscription list; throws FeedError('malformed') for a broken file. */
  importOpml(opml: string): ImportReport;
  /**
   * One polling round over the due feeds. A round already running is joined rather than doubled, so the
   * schedule, the CLI and a bot command can all call it.
   */
  pollOnce(options?: PollOptions): Promise<PollReport>;
  /** Closes the feed store (not the briefing service's store). */
  close(): void;
}

export interface FeedServiceDeps {
  readonly store: FeedStore;
  readonly briefing: Pick<BriefingService, 'ingestDocument'>;
  /** Defaults to createHttpFetcher(httpOptions). */
  readonly http?: HttpFetcher;
  readonly httpOptions?: HttpOptions;
  readonly now?: () => Date;
  readonly log?: FeedLogger;
  /** Default 30. */
  readonly maxItemsPerFeed?: number;
  /** Default 4. */
  readonly concurrency?: number;
  readonly backoff?: BackoffOptions;
}

const MAX_NAME = 200;

function cleanName(name: string | null | undefined): string | null {
  const n = name?.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  return n ? n : null;
}

export function createFeedService(deps: FeedServiceDeps): FeedService {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const http = deps.http ?? createHttpFetcher({ now: () => now().getTime(), ...deps.httpOptions });
  const pollDeps = {
    store,
    briefing: deps.briefing,
    http,
    now,
    log: deps.log,
    maxItemsPerFeed: deps.maxItemsPerFeed ?? 30,
    concurrency: deps.concurrency ?? 4,
    backoff: deps.backoff ?? DEFAULT_BACKOFF,
  };
  let running: Promise<PollReport> | null = null;

  const add = (url: string, options: { readonly name?: string | null } = {}): AddFeedResult =>
    store.addFeed(normaliseUrl(url), cleanName(options.name), now().toISOString());

  return {
    add,
    list: () => store.listFeeds(),
    get: (id) => store.getFeed(id),
    remove: (id) => store.removeFeed(id),
    importOpml(opml) {
      const added: FeedSource[] = [];
      const existing: FeedSource[] = [];
      const invalid: { url: string; error: string }[] = [];
      for (const entry of parseOpmlFeeds(opml)) {
        try {
          const r = add(entry.url, { name: entry.name });
          (r.created ? added : existing).push(r.feed);
        } catch (err) {
          if (!(err instanceof FeedError)) throw err;
          invalid.push({ url: entry.url, error: err.message });
        }
      }
      return { added, existing, invalid };
    },
    pollOnce(options = {}) {
      if (running) return running;
      running = pollFeeds(pollDeps, options).finally(() => {
        running = null;
      });
      return running;
    },
    close: () => store.close(),
  };
}
