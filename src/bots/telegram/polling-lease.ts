// Long polling under a lease, for several instances of one Telegram bot on one database. Telegram lets one
// getUpdates loop run per bot (a second one gets 409 Conflict), so the instance holding the bot's polling lease
// polls and renews the lease every `renewMs`; the others send only (digests) and try the lease at the same pace.
// When the poller dies its lease runs out and the next instance to try it takes over polling, with no restart.
// A poller that finds its lease taken (it stalled past the lease's end) stops polling and watches in turn.
import type { Logger } from 'pino';

export interface PollingLease {
  /** Takes or extends the lease; false while another instance holds it. */
  claim(): boolean;
  release(): void;
  /** How often the holder renews and the others try (well inside the lease's length). */
  readonly renewMs: number;
}

/** Starting and stopping the bot's getUpdates loop. */
export interface Poller {
  /** Resolves once polling runs; rejects when it cannot start. `onFailure` hears of polling that ended by itself. */
  start(onFailure: (error: unknown) => void): Promise<void>;
  stop(): Promise<void>;
}

export type PollingMode = 'polling' | 'send-only';

export interface LeasedPolling {
  readonly mode: PollingMode;
  /** Stops polling or watching and gives the lease up. */
  stop(): Promise<void>;
}

/**
 * Polls when the lease is free, watches otherwise; `label` names the bot in the log (`@name`). Resolves once the
 * first claim was decided (and polling started when it was won).
 */
export async function startLeasedPolling(lease: PollingLease, poller: Poller, logger: Logger, label: string): Promise<LeasedPolling> {
  let mode: PollingMode = 'send-only';
  let busy: Promise<void> = Promise.resolve();
  let stopped = false;

  const claim = (): boolean | null => {
    try {
      return lease.claim();
    } catch (err) {
      logger.warn({ err }, `telegram: ${label}: could not reach the polling lease`);
      return null; // the database is away: keep doing what we do
    }
  };
  const release = () => {
    try {
      lease.release();
    } catch {
      // it runs out by itself
    }
  };
  const failed = (err: unknown) => {
    if (stopped || mode !== 'polling') return;
    logger.error({ err }, `telegram: ${label}: long polling stopped; the lease is free for another instance`);
    mode = 'send-only';
    release();
  };
  const takeOver = async (): Promise<void> => {
    try {
      await poller.start(failed);
      mode = 'polling';
    } catch (err) {
      logger.error({ err }, `telegram: ${label}: long polling did not start; sending only`);
      release();
    }
  };
  const tick = async (): Promise<void> => {
    const held = claim();
    if (stopped || held === null) return;
    if (mode === 'polling' && !held) {
      logger.warn(`telegram: ${label}: another instance took the polling lease; this one stops polling and sends only`);
      mode = 'send-only';
      await poller.stop().catch((err: unknown) => logger.warn({ err }, `telegram: ${label}: stopping long polling failed`));
    } else if (mode === 'send-only' && held) {
      logger.info(`telegram: ${label}: the polling instance is gone; this one takes over long polling`);
      await takeOver();
    }
  };

  const first = claim();
  if (first === true) await takeOver();
  else if (first === false) {
    logger.warn(
      `telegram: ${label}: another instance receives updates by long polling (Telegram allows one); this one only sends digests ` +
        'and takes polling over if that instance stops. Set TELEGRAM_WEBHOOK_URL to spread updates over every instance',
    );
  }
  // one tick at a time: a slow start or stop is not overtaken by the next tick
  const timer = setInterval(() => {
    busy = busy.then(tick);
  }, lease.renewMs);
  return {
    get mode() {
      return mode;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await busy;
      if (mode === 'polling') {
        mode = 'send-only';
        await poller.stop();
      }
      release();
    },
  };
}
