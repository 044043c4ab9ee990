// The schedule under fake timers (no waiting): each subscription fires at its local time across DST changes,
// never skipped (spring forward) nor doubled (fall back); restarts catch up; changes are picked up at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cronPattern, dueSlot, startDigestScheduler, subscribe, type DigestDelivery } from '../../src/digest/index.ts';
import { makeFixture, removeFixtures, type Fixture } from './helpers.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const fixtures: Fixture[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const f of fixtures.splice(0)) f.close();
  removeFixtures();
});

/** Records when (UTC) each subscription got its digest's first part. */
function recorder() {
  const deliveries: { id: string; at: string }[] = [];
  const deliver: DigestDelivery = {
    send: async (subscription, _parts, key) => {
      if (!deliveries.some((d) => d.id === `${subscription.id}|${key}`)) deliveries.push({ id: `${subscription.id}|${key}`, at: new Date().toISOString() });
    },
  };
  return { deliveries, deliver };
}

function setUp(start: string) {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(start));
  const fx = makeFixture({ corpus: false });
  fixtures.push(fx);
  return fx;
}

const atTimes = (deliveries: { id: string; at: string }[], sub: string) =>
  deliveries.filter((d) => d.id.startsWith(`${sub}|`)).map((d) => d.at);

describe('schedule helpers', () => {
  it('fires at the subscription minute from its hour until midnight, and is due once per local day', () => {
    expect(cronPattern({ time: '08:05' })).toBe('5 8-23 * * *');
    expect(cronPattern({ time: '23:30' })).toBe('30 23 * * *');
    const sub = { time: '08:00', timeZone: 'Europe/Berlin', lastSlot: '2024-03-30' };
    expect(dueSlot(sub, new Date('2024-03-31T05:59:00Z'))).toBeNull(); // 07:59 local
    expect(dueSlot(sub, new Date('2024-03-31T06:00:00Z'))).toBe('2024-03-31'); // 08:00 CEST
    expect(dueSlot({ ...sub, lastSlot: '2024-03-31' }, new Date('2024-03-31T20:00:00Z'))).toBeNull();
  });
});

describe('startDigestScheduler with fake timers', () => {
  it('delivers at 08:00 New York time every day across the spring-forward change', async () => {
    const fx = setUp('2024-03-08T20:00:00Z');
    const sub = subscribe({ subscriptions: fx.subscriptions }, { platform: 'discord', channelId: 'ny', time: '08:00', timeZone: 'America/New_York', whenEmpty: 'say' });
    const { deliveries, deliver } = recorder();
    const stop = startDigestScheduler({ store: fx.service, subscriptions: fx.subscriptions, deliver, onError: (e) => { throw e; } });
    await vi.advanceTimersByTimeAsync(4 * DAY);
    await stop();
    expect(atTimes(deliveries, sub.id)).toEqual([
      '2024-03-09T13:00:00.000Z', // 08:00 EST
      '2024-03-10T12:00:00.000Z', // 08:00 EDT, the day the clocks jumped
      '2024-03-11T12:00:00.000Z',
      '2024-03-12T12:00:00.000Z',
    ]);
  });

  it('neither skips a time that does not exist (spring forward) nor doubles one that happens twice (fall back)', async () => {
    const fx = setUp('2024-03-29T12:00:00Z');
    const sub = subscribe({ subscriptions: fx.subscriptions }, { platform: 'telegram', channelId: 'berlin', time: '02:30', timeZone: 'Europe/Berlin', whenEmpty: 'say' });
    const { deliveries, deliver } = recorder();
    const options = { store: fx.service, subscriptions: fx.subscriptions, deliver, onError: (e: unknown) => { throw e; } };
    let stop = startDigestScheduler(options);
    await vi.advanceTimersByTimeAsync(3 * DAY);
    await stop();
    expect(atTimes(deliveries, sub.id)).toEqual([
      '2024-03-30T01:30:00.000Z', // 02:30 CET
      '2024-03-31T01:30:00.000Z', // 02:30 never happened that night: delivered at 03:30 CEST, the next local hour
      '2024-04-01T00:30:00.000Z', // 02:30 CEST
    ]);

    vi.setSystemTime(new Date('2024-10-26T03:00:00Z'));
    fx.subscriptions.skipSlot(sub.id, '2024-10-26', 0, new Date()); // as if the months between were delivered
    deliveries.length = 0;
    stop = startDigestScheduler(options);
    await vi.advanceTimersByTimeAsync(2 * DAY);
    await stop();
    // 27 October: 02:30 happens twice (00:30Z CEST, 01:30Z CET); node-cron matches the wall time once, and
    // the day's slot would stop a second firing anyway.
    expect(atTimes(deliveries, sub.id)).toEqual(['2024-10-27T01:30:00.000Z', '2024-10-28T01:30:00.000Z']);
  });

  it('catches up after a restart past the delivery time, once', async () => {
    const fx = setUp('2024-05-01T05:00:00Z');
    const sub = subscribe({ subscriptions: fx.subscriptions }, { platform: 'discord', channelId: 'late', time: '06:00', timeZone: 'UTC', whenEmpty: 'say' });
    const { deliveries, deliver } = recorder();
    vi.setSystemTime(new Date('2024-05-01T09:17:00Z')); // the process was down at 06:00
    const stop = startDigestScheduler({ store: fx.service, subscriptions: fx.subscriptions, deliver, onError: (e) => { throw e; } });
    await vi.advanceTimersByTimeAsync(HOUR * 22);
    await stop();
    expect(atTimes(deliveries, sub.id)).toEqual(['2024-05-01T09:17:00.000Z', '2024-05-02T06:00:00.000Z']);
  });

  it('picks up new, changed and removed subscriptions without a restart', async () => {
    const fx = setUp('2024-05-01T05:00:00Z');
    const { deliveries, deliver } = recorder();
    const stop = startDigestScheduler({ store: fx.service, subscriptions: fx.subscriptions, deliver, onError: (e) => { throw e; } });
    const a = subscribe({ subscriptions: fx.subscriptions }, { platform: 'discord', channelId: 'a', time: '07:00', whenEmpty: 'say' });
    const b = subscribe({ subscriptions: fx.subscriptions }, { platform: 'discord', channelId: 'b', time: '07:00', whenEmpty: 'say' });
    await vi.advanceTimersByTimeAsync(HOUR);
    subscribe({ subscriptions: fx.subscriptions }, { platform: 'discord', channelId: 'a', time: '06:30' }); // moved earlier
    fx.subscriptions.remove('discord', 'b');
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    await stop();
    expect(atTimes(deliveries, a.id)).toEqual(['2024-05-01T06:30:00.000Z']);
    expect(atTimes(deliveries, b.id)).toEqual([]);
  });

  it('does not touch the CLI console subscription, and stop() ends all firing', async () => {
    const fx = setUp('2024-05-01T05:00:00Z');
    fx.subscriptions.upsert(
      { platform: 'console', channelId: 'local', threadId: null, time: '06:00', timeZone: 'UTC', themes: [], speakers: [], whenEmpty: 'say' },
      { cursor: 0, lastSlot: null },
      new Date(),
    );
    const s = subscribe({ subscriptions: fx.subscriptions }, { platform: 'discord', channelId: 'x', time: '06:00', whenEmpty: 'say' });
    const { deliveries, deliver } = recorder();
    const stop = startDigestScheduler({ store: fx.service, subscriptions: fx.subscriptions, deliver, onError: (e) => { throw e; } });
    await stop();
    await vi.advanceTimersByTimeAsync(DAY);
    expect(deliveries).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    expect(s.id).toBe('discord:x');
  });
});
