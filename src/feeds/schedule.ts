// Polling on a node-cron schedule (default every 15 minutes; FEED_POLL_CRON overrides). Lives outside
// src/core because only adapters and main.ts may depend on node-cron.
import cron from 'node-cron';
import { hostname } from 'node:os';
import { instanceName, type Leases } from '../core/index.ts';
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
  /**
   * Several instances on one database (PostgreSQL): each round (one per tick minute) is polled by the instance
   * that takes its lease first; the others skip it. Default: none (one instance).
   */
  readonly leases?: Leases;
  /** This instance's name in leases (default: host, process id and a random part). */
  readonly instance?: string;
  /** Milliseconds clock for the round's minute (tests). */
  readonly now?: () => number;
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

  const holder = options.instance ?? instanceName(hostname(), process.pid);
  /** False when another instance polls this round (its lease lasts the hour, so late ticks skip it too). */
  const ours = (): boolean => {
    if (!options.leases) return true;
    const minute = new Date(Math.floor((options.now ?? Date.now)() / 60_000) * 60_000).toISOString();
    try {
      return options.leases.claim(`feeds:${minute}`, holder, 3_600_000);
    } catch (error) {
      options.onError?.(error);
      return false;
    }
  };

  const round = (): void => {
    if (current || controller.signal.aborted || !ours()) return;
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
