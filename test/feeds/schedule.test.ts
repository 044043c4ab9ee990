// The cron schedule under fake time: rounds on the ticks, no overlapping rounds, a clean stop.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FEED_CRON, feedPollCron, startFeedPolling, type PollOptions, type PollReport } from '../../src/feeds/index.ts';

const REPORT: PollReport = { startedAt: '', finishedAt: '', feeds: [] };

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2024-05-25T06:00:30Z'));
});
afterEach(() => vi.useRealTimers());

describe('startFeedPolling', () => {
  it('polls at start and every 15 minutes, and stops cleanly', async () => {
    const calls: PollOptions[] = [];
    const reports: PollReport[] = [];
    const service = { pollOnce: async (o: PollOptions = {}) => (calls.push(o), REPORT) };
    const stop = startFeedPolling({ service, cron: DEFAULT_FEED_CRON, onReport: (r) => reports.push(r) });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(15 * 60_000);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(calls).toHaveLength(4);
    expect(reports).toHaveLength(4);

    await stop();
    expect(calls[0]?.signal?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(calls).toHaveLength(4);
  });

  it('skips a tick while a round is still running, and stop waits for that round', async () => {
    let finish: () => void = () => undefined;
    let calls = 0;
    const service = {
      pollOnce: (o: PollOptions = {}) =>
        new Promise<PollReport>((resolve) => {
          calls++;
          finish = () => resolve(REPORT);
          o.signal?.addEventListener('abort', () => finish());
        }),
    };
    const stop = startFeedPolling({ service, cron: '*/5 * * * *', runAtStart: false });
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(10 * 60_000); // round still running: ticks skipped
    expect(calls).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(calls).toBe(2);
    await stop(); // aborts the running round, which then resolves
  });

  it('reports a round that throws through onError and keeps the schedule', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const service = { pollOnce: async () => { calls++; throw new Error('database is locked'); } };
    const stop = startFeedPolling({ service, cron: '*/15 * * * *', onError: (e) => errors.push(e) });
    await vi.advanceTimersByTimeAsync(15 * 60_000);
    expect(calls).toBe(2);
    expect(errors).toHaveLength(2);
    await stop();
  });
});

describe('feedPollCron', () => {
  it('defaults to every 15 minutes and validates FEED_POLL_CRON', () => {
    expect(feedPollCron({})).toBe('*/15 * * * *');
    expect(feedPollCron({ FEED_POLL_CRON: '0 * * * *' })).toBe('0 * * * *');
    expect(() => feedPollCron({ FEED_POLL_CRON: 'every hour' })).toThrow(/FEED_POLL_CRON is not a valid cron expression: "every hour"/);
    expect(() => startFeedPolling({ service: { pollOnce: async () => REPORT }, cron: '99 * * * *' })).toThrow(/not a valid cron/);
  });
});
