// Long polling under a lease (several instances of one Telegram bot): one instance polls, the others send only and
// take polling over when the poller dies (its lease runs out), stops (it gives the lease up) or fails; a poller
// that finds its lease taken stops. Fake timers and in-process leases on the fake clock.
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLeasedPolling, type Poller, type PollingLease } from '../../src/bots/telegram/polling-lease.ts';
import { localLeases, type Leases } from '../../src/core/index.ts';

const LEASE_MS = 60_000;
const RENEW_MS = 20_000;

interface Instance {
  readonly poller: Poller & { running: boolean; starts: number; fail(error: Error): void };
  readonly lease: PollingLease & { down: boolean };
  readonly log: string[];
}

function instance(leases: Leases, holder: string, options: { failStart?: boolean } = {}): Instance {
  let onFailure: (error: unknown) => void = () => {};
  const poller = {
    running: false,
    starts: 0,
    start: vi.fn(async (failure: (error: unknown) => void) => {
      if (options.failStart) throw new Error('401 Unauthorized');
      onFailure = failure;
      poller.running = true;
      poller.starts++;
    }),
    stop: vi.fn(async () => {
      poller.running = false;
    }),
    fail(error: Error) {
      poller.running = false;
      onFailure(error);
    },
  };
  // `down`: this process no longer reaches the database (dead, or stalled)
  const lease = {
    down: false,
    renewMs: RENEW_MS,
    claim: () => {
      if (lease.down) throw new Error('connection terminated');
      return leases.claim('telegram:polling:42', holder, LEASE_MS);
    },
    release: () => leases.release('telegram:polling:42', holder),
  };
  return { poller, lease, log: [] };
}

let leases: Leases;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-01-05T08:00:00Z') });
  leases = localLeases(() => Date.now());
});

afterEach(() => {
  vi.useRealTimers();
});

const start = (i: Instance) => startLeasedPolling(i.lease, i.poller, pino({ level: 'debug' }, { write: (line: string) => void i.log.push((JSON.parse(line) as { msg: string }).msg) }), '@bot');

describe('long polling under a lease', () => {
  it('polls on one instance; the other sends only and says so', async () => {
    const a = instance(leases, 'a');
    const b = instance(leases, 'b');
    const pa = await start(a);
    const pb = await start(b);
    expect([pa.mode, pb.mode]).toEqual(['polling', 'send-only']);
    expect(b.log.join('\n')).toMatch(/another instance receives updates by long polling .* takes polling over if that instance stops/);
    // the holder renews: an hour later nothing has changed hands
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect([pa.mode, pb.mode]).toEqual(['polling', 'send-only']);
    expect(b.poller.start).not.toHaveBeenCalled();
    await pa.stop();
    await pb.stop();
  });

  it('takes polling over once the dead poller’s lease has run out, not before', async () => {
    const a = instance(leases, 'a');
    const b = instance(leases, 'b');
    await start(a);
    const pb = await start(b);
    await vi.advanceTimersByTimeAsync(5_000);
    a.lease.down = true; // kill -9: no renewal, no release (last renewal at start, t = 0)
    await vi.advanceTimersByTimeAsync(50_000); // t = 55 s: the lease still runs
    expect(pb.mode).toBe('send-only');
    await vi.advanceTimersByTimeAsync(RENEW_MS); // t = 75 s: B's next try wins
    expect(pb.mode).toBe('polling');
    expect(b.poller.starts).toBe(1);
    expect(b.log.join('\n')).toMatch(/the polling instance is gone; this one takes over long polling/);
    await pb.stop();
  });

  it('takes over at its next try when the poller stops and gives the lease up', async () => {
    const a = instance(leases, 'a');
    const b = instance(leases, 'b');
    const pa = await start(a);
    const pb = await start(b);
    await pa.stop();
    expect(a.poller.stop).toHaveBeenCalledTimes(1);
    expect(pa.mode).toBe('send-only');
    await vi.advanceTimersByTimeAsync(RENEW_MS);
    expect(pb.mode).toBe('polling');
    // the stopped instance tries no more
    await vi.advanceTimersByTimeAsync(10 * LEASE_MS);
    expect(a.poller.start).toHaveBeenCalledTimes(1);
    await pb.stop();
  });

  it('gives the lease up when polling fails by itself; the next try takes it', async () => {
    const a = instance(leases, 'a');
    const b = instance(leases, 'b');
    const pa = await start(a);
    const pb = await start(b);
    a.poller.fail(new Error('Call to getUpdates failed'));
    expect(pa.mode).toBe('send-only');
    expect(a.log.join('\n')).toMatch(/long polling stopped; the lease is free/);
    await vi.advanceTimersByTimeAsync(RENEW_MS);
    // the first to try wins the free lease (a again: a failure may pass); exactly one instance polls
    expect([pa.mode, pb.mode].filter((m) => m === 'polling')).toHaveLength(1);
    await pa.stop();
    await pb.stop();
  });

  it('stops polling when it finds its lease taken after a stall', async () => {
    const a = instance(leases, 'a');
    const b = instance(leases, 'b');
    const pa = await start(a);
    const pb = await start(b);
    a.lease.down = true; // a stalls past its lease's end (it keeps polling meanwhile: it cannot tell)
    await vi.advanceTimersByTimeAsync(LEASE_MS + RENEW_MS);
    expect([pa.mode, pb.mode]).toEqual(['polling', 'polling']);
    expect(a.log.join('\n')).toMatch(/could not reach the polling lease/);
    a.lease.down = false;
    await vi.advanceTimersByTimeAsync(RENEW_MS);
    expect([pa.mode, pb.mode]).toEqual(['send-only', 'polling']);
    expect(a.poller.running).toBe(false);
    expect(a.log.join('\n')).toMatch(/another instance took the polling lease; this one stops polling/);
    await pa.stop();
    await pb.stop();
  });

  it('stays send-only and frees the lease when polling cannot start', async () => {
    const a = instance(leases, 'a', { failStart: true });
    const pa = await start(a);
    expect(pa.mode).toBe('send-only');
    expect(a.log.join('\n')).toMatch(/long polling did not start; sending only/);
    expect(leases.claim('telegram:polling:42', 'someone-else', LEASE_MS)).toBe(true);
    await pa.stop();
  });
});
