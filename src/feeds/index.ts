// Public API of the feeds module: follow RSS/Atom/RDF sources, poll them politely, turn new items into
// stored documents through the briefing service. The bots, the CLI and main.ts import from here only.
export { createFeedService, type AddFeedResult, type FeedService, type FeedServiceDeps, type ImportReport } from './service.ts';
export { startFeedPolling, feedPollCron, DEFAULT_FEED_CRON, type FeedPollingOptions } from './schedule.ts';
export type { FeedSource, FeedStore, FeedItemRecord, FeedItemStatus } from './feed-store.ts';
export type { PollReport, FeedPollResult, FeedPollOutcome, PollOptions, FeedLogger, ItemProblem } from './poll.ts';
export { FeedError, describeFeedError, type FeedErrorKind } from './errors.ts';
export { createHttpFetcher, USER_AGENT, type HttpFetcher, type HttpOptions, type HttpResult } from './http.ts';
export { normaliseUrl } from './url.ts';
export { formatFeedList, formatPollReport, formatPollResult, feedHealth } from './format.ts';
export { runFeedsCommand, FEEDS_USAGE, type FeedsCliDeps } from './cli.ts';
export { openFeedService, feedPollingTask, type FeedTaskContext } from './task.ts';
