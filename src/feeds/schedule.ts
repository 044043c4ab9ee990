// Polling on a node-cron schedule (default every 15 minutes; FEED_POLL_CRON overrides). Lives outside
// src/core because only adapters and main.ts may depend on node-cron.
import cron from 'node-cron';
import type { PollReport } from './poll.ts';
import type { FeedService } from './service.ts';

export const DEFAULT_FEED_CRON = '*/15 * * * *';

/** The polling schedule from the environment, validated (fail fast at start-up with a clear message). */
export function feedPollCron(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const value = env.FEED_POLL_CRON?.trim() || DEFAULT_FEED_CRON;
  if (!cron.validate(value)) throw new Error(`FEED_POLL_CRON is not a valid cron expression: "${value}"`);
  return value;
}

export interface FeedPollingOptions {
  readonly service: Pick<FeedService, 'pollOnce'>;
  /** Cron expression; default feedPollCron() (FEED_POLL_CRON or every 15 minutes). */
  readonly cron?: string;
  readonly timezone?: string;
  /** Run a round right away instead of waiting for the first tick. Default true. */
  readonly runAtStart?: boolean;
  readonly onReport?: (report: PollReport) => void;
  /** An unexpected failure of a whole round (feed failures are in the report, not here). */
  readonly onError?: (error: unknown) => void;
}

/**
 * Starts polling; returns `stop`, which cancels the schedule, interrupts the running round between
 * requests and resolves once it has finished. A tick that comes while a round runs is skipped.
 */
export function startFeedPolling(options: FeedPollingOptions): () => Promise<void> {
  const expression = options.cron ?? feedPollCron();
  if (!cron.validate(expression)) throw new Error(`not a valid cron expression for feed polling: "${expression}"`);
  const controller = new AbortController();
  let current: Promise<void> | null = null;

  const round = (): void => {
    if (current || controller.signal.aborted) return;
    current = options.service
      .pollOnce({ signal: controller.signal })
      .then(
        (report) => options.onReport?.(report),
        (error: unknown) => options.onError?.(error),
      )
      .finally(() => {
        current = null;
      });
  };

  const task = cron.schedule(expression, round, { name: 'briefdesk-feeds', timezone: options.timezone });
  if (options.runAtStart ?? true) round();

  return async () => {
    controller.abort();
    await task.stop();
    await task.destroy();
    await current;
  };
}
