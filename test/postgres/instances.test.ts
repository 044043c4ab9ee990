// Several instances on one PostgreSQL database: leases decide who delivers each digest and who polls each round
// of feeds, so nothing is sent or polled twice; ingestion from several instances stores each document once.
import { describe, expect, it } from 'vitest';
import { createPgLeases, createPgStatementStore, createPgSubscriptionStore, openPgConnection } from '../../src/adapters/postgres/index.ts';
import { localLeases, type Leases } from '../../src/core/index.ts';
import { startDigestScheduler, type DigestDelivery } from '../../src/digest/index.ts';
import { startFeedPolling } from '../../src/feeds/index.ts';
import type { PollReport } from '../../src/feeds/index.ts';
import { makeDoc, makeStatement } from '../core/store/builders.ts';
import { freshPostgresUrl, postgresUrl } from '../helpers/postgres.ts';

/** The lease contract, for any Leases whose `expire()` makes every lease run out. */
function leaseContract(make: () => { leases: Leases; expire: () => void; close: () => void }) {
  it('grants a lease to one holder at a time, lets the holder renew and release it, and takes it back when it runs out', () => {
    const { leases, expire, close } = make();
    expect(leases.claim('digest:a', 'one', 60_000)).toBe(true);
    expect(leases.claim('digest:a', 'two', 60_000)).toBe(false);
    expect(leases.claim('digest:a', 'one', 60_000)).toBe(true); // renewal
    expect(leases.claim('digest:b', 'two', 60_000)).toBe(true); // other keys are free
    leases.release('digest:a', 'two'); // not the holder: nothing happens
    expect(leases.claim('digest:a', 'two', 60_000)).toBe(false);
    leases.release('digest:a', 'one');
    expect(leases.claim('digest:a', 'two', 60_000)).toBe(true);
    expect(leases.claim('digest:c', 'dead', 0)).toBe(true);
    expire();
    expect(leases.claim('digest:c', 'alive', 60_000)).toBe(true); // the holder died: its lease ran out
    close();
  });
}

describe('leases in one process', () => {
  let now = 0;
  leaseContract(() => ({ leases: localLeases(() => now), expire: () => (now += 1), close: () => {} }));
});

describe.skipIf(!postgresUrl)('several instances on one PostgreSQL database', () => {
  // a lease of 0 ms has run out by the next statement (server time moves on)
  leaseContract(() => {
    const leases = createPgLeases(openPgConnection(freshPostgresUrl()));
    return { leases, expire: () => {}, close: () => leases.close() };
  });

  /** Two instances, each with its own connections; every subscription due now; deliveries recorded. */
  async function deliverWithTwoInstances(subscriptionCount: number, withLeases: boolean) {
    const url = freshPostgresUrl();
    const sent: string[] = [];
    const instances = [0, 1].map((n) => {
      const store = createPgStatementStore(openPgConnection(url));
      const subscriptions = createPgSubscriptionStore(openPgConnection(url));
      const leases = createPgLeases(openPgConnection(url));
      const deliver: DigestDelivery = {
        send: async (subscription, _parts, key) => {
          await new Promise((resolve) => setImmediate(resolve)); // a network round trip: the other instance runs meanwhile
          sent.push(`${subscription.id} ${key} by ${n}`);
        },
      };
      return { store, subscriptions, leases, deliver };
    });
    const first = instances[0];
    if (!first) throw new Error('no instance');
    const doc = makeDoc();
    first.store.addDocument(doc, [makeStatement(doc, { text: 'Grain exports will continue' })]);
    for (let i = 0; i < subscriptionCount; i++) {
      first.subscriptions.upsert(
        { platform: 'discord', channelId: `c${i}`, threadId: null, time: '00:00', timeZone: 'UTC', themes: [], speakers: [], whenEmpty: 'say' },
        { cursor: 0, lastSlot: null },
        new Date(),
      );
    }
    const stops = instances.map((x, n) =>
      startDigestScheduler({
        store: x.store,
        subscriptions: x.subscriptions,
        deliver: x.deliver,
        ...(withLeases ? { leases: x.leases, instance: `instance-${n}` } : {}),
        onError: (error) => {
          throw error;
        },
      }),
    );
    await Promise.all(stops.map((stop) => stop()));
    const pending = first.subscriptions.list().flatMap((s) => first.subscriptions.pendingRuns(s.id)).length;
    for (const x of instances) {
      x.store.close();
      x.subscriptions.close();
      x.leases.close();
    }
    return { sent, pending };
  }

  it('delivers each due digest exactly once, from whichever instance holds its lease', async () => {
    const { sent, pending } = await deliverWithTwoInstances(30, true);
    const bySubscription = new Map<string, number>();
    for (const line of sent) {
      const id = line.split(' ')[0] ?? '';
      bySubscription.set(id, (bySubscription.get(id) ?? 0) + 1);
    }
    expect(bySubscription.size).toBe(30);
    expect([...bySubscription.values()].every((count) => count === 1)).toBe(true);
    expect(new Set(sent.map((line) => line.split(' ')[1])).size).toBe(30); // 30 distinct idempotency keys
    expect(pending).toBe(0);
  });

  it('without leases, two instances would both send (what the leases prevent)', async () => {
    const { sent } = await deliverWithTwoInstances(5, false);
    expect(sent.length).toBeGreaterThan(5);
  });

  it('polls each round of feeds from one instance only', async () => {
    const url = freshPostgresUrl();
    const leases = [createPgLeases(openPgConnection(url)), createPgLeases(openPgConnection(url))];
    const polls: number[] = [];
    const report: PollReport = { feeds: [] } as unknown as PollReport;
    const now = () => Date.parse('2026-03-01T07:15:10Z');
    const stops = leases.map((l, n) =>
      startFeedPolling({
        service: { pollOnce: async () => (polls.push(n), report) },
        leases: l,
        instance: `instance-${n}`,
        now,
        onError: (error) => {
          throw error;
        },
      }),
    );
    await Promise.all(stops.map((stop) => stop()));
    expect(polls).toEqual([0]);
    for (const l of leases) l.close();
  });

  it('stores a document sent by several instances once, with its statements once', () => {
    const url = freshPostgresUrl();
    const stores = [0, 1, 2].map(() => createPgStatementStore(openPgConnection(url)));
    const doc = makeDoc({ outlet: 'TASS' });
    const statements = [makeStatement(doc, { text: 'Talks will resume in Geneva' }), makeStatement(doc, { text: 'Sanctions will not work' })];
    const results = stores.map((store) => store.addDocument(doc, statements));
    expect(results.map((r) => r.added)).toEqual([true, false, false]);
    expect(stores[2]?.stats()).toMatchObject({ documents: 1, statements: 2 });
    for (const store of stores) store.close();
  });
});
