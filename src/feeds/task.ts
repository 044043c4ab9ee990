// The feed poller as a main.ts background task: opens the feed tables next to the statement store,
// polls on the schedule (FEED_POLL_CRON, default every 15 minutes) and logs each round.
import type { BriefingService, Leases } from '../core/index.ts';
import { formatPollReport } from './format.ts';
import type { FeedLogger } from './poll.ts';
import { feedPollCron, startFeedPolling } from './schedule.ts';
import { createFeedService, type FeedService, type FeedServiceDeps } from './service.ts';
import { openFeedStore } from '../stores.ts';

/** Opens a FeedService on the same database file as the briefing service (for main.ts and the bots). */
export function openFeedService(db: string, briefing: Pick<BriefingService, 'ingestDocument'>, extra: Partial<FeedServiceDeps> = {}): FeedService {
  return createFeedService({ store: openFeedStore(db), briefing, ...extra });
}

/** What the task needs from main's AppContext (structurally compatible with it). */
export interface FeedTaskContext {
  /** feedsAllowPrivate: FEEDS_ALLOW_PRIVATE (default false: private addresses are refused). */
  readonly config: { readonly db: string; readonly feedsAllowPrivate?: boolean };
  readonly service: Pick<BriefingService, 'ingestDocument'>;
  readonly logger: FeedLogger & { error(obj: object, msg?: string): void };
}

/**
 * A BackgroundTask for main.ts: `BACKGROUND_TASKS.push(feedPollingTask())`. Pass `db` when the database
 * is not config.db (a --db override), `feeds` to share the FeedService the bots use for /sources.
 */
export function feedPollingTask(options: { readonly db?: string; readonly feeds?: FeedService; readonly cron?: string; readonly leases?: Leases | null } = {}) {
  return (ctx: FeedTaskContext): (() => Promise<void>) => {
    const own = options.feeds
      ? null
      : openFeedService(options.db ?? ctx.config.db, ctx.service, {
          log: ctx.logger,
          httpOptions: { allowPrivate: ctx.config.feedsAllowPrivate ?? false },
        });
    const feeds = options.feeds ?? (own as FeedService);
    const stop = startFeedPolling({
      service: feeds,
      cron: options.cron ?? feedPollCron(),
      onReport: (report) => {
        if (report.feeds.length > 0) ctx.logger.info({ feeds: report.feeds.length }, formatPollReport(report));
      },
      onError: (err) => ctx.logger.error({ err }, 'feed polling round failed'),
      ...(options.leases ? { leases: options.leases } : {}),
    });
    return async () => {
      await stop();
      own?.close();
    };
  };
}
