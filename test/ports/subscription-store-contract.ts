// Behaviour every SubscriptionStore must have, whatever the engine: settings, cursors and the exactly-once
// bookkeeping of digest runs. Call runSubscriptionContract from a *.test.ts file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chartPart, readChartPart, type SubscriptionRecord, type SubscriptionStore } from '../../src/digest/index.ts';

const T0 = new Date('2026-03-01T07:30:00Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function record(overrides: Partial<SubscriptionRecord> = {}): SubscriptionRecord {
  return { platform: 'telegram', channelId: '-100', threadId: null, time: '07:30', timeZone: 'Europe/Berlin', themes: [], speakers: [], whenEmpty: 'skip', ...overrides };
}

/** Registers the suite; makeStore must return an empty store. */
export function runSubscriptionContract(name: string, makeStore: () => SubscriptionStore): void {
  describe(`SubscriptionStore contract: ${name}`, () => {
    let store: SubscriptionStore;
    beforeEach(() => {
      store = makeStore();
    });
    afterEach(() => store.close());

    it('inserts, then updates settings while keeping the cursor and history', () => {
      const first = store.upsert(record({ themes: ['refugees'], speakers: ['Lavrov'] }), { cursor: 5, lastSlot: null }, T0);
      expect(first).toMatchObject({ id: 'telegram:-100', platform: 'telegram', channelId: '-100', threadId: null, cursor: 5, themes: ['refugees'], speakers: ['Lavrov'], whenEmpty: 'skip', lastSlot: null });
      store.advanceCursor(first.id, 9, later(1));
      const second = store.upsert(record({ time: '18:00', whenEmpty: 'say' }), { cursor: 0, lastSlot: '2026-03-01' }, later(2));
      expect(second).toMatchObject({ time: '18:00', whenEmpty: 'say', cursor: 9, lastSlot: null, themes: [] });
      expect(second.createdAt).toBe(T0.toISOString());
      expect(second.updatedAt).toBe(later(2).toISOString());
      expect(store.list().map((s) => s.id)).toEqual(['telegram:-100']);
    });

    it('stores the chart choice: off by default, on when asked, kept or changed by an update', () => {
      expect(store.upsert(record(), { cursor: 0, lastSlot: null }, T0).chart).toBe(false);
      expect(store.upsert(record({ chart: true }), { cursor: 0, lastSlot: null }, later(1)).chart).toBe(true);
      expect(store.get('telegram:-100')?.chart).toBe(true);
      expect(store.list()[0]?.chart).toBe(true);
      expect(store.upsert(record({ chart: false }), { cursor: 0, lastSlot: null }, later(2)).chart).toBe(false);
    });

    it('keeps a frozen chart part intact (marked JSON beside the text parts)', () => {
      const sub = store.upsert(record({ chart: true }), { cursor: 0, lastSlot: null }, T0);
      const chart = { title: 'This period by theme', period: 'until 2026-03-01 08:30 (Europe/Berlin)', statements: 3, bars: [{ label: 'Refugees & “migration”', statements: 3 }] };
      const run = store.createRun({ subscriptionId: sub.id, slot: '2026-03-01', fromSeq: 0, toSeq: 3, statements: 3, parts: ['text', chartPart(chart)] }, T0);
      const again = store.findRun(sub.id, '2026-03-01');
      expect(again?.parts[0]).toBe('text');
      expect(readChartPart(again?.parts[1] ?? '')).toEqual(chart);
      expect(readChartPart(run.parts[0] ?? '')).toBeNull();
    });

    it('keeps one subscription per channel and thread; finds and removes them', () => {
      store.upsert(record(), { cursor: 0, lastSlot: null }, T0);
      store.upsert(record({ threadId: '7' }), { cursor: 0, lastSlot: null }, T0);
      store.upsert(record({ platform: 'discord', channelId: '42' }), { cursor: 0, lastSlot: null }, T0);
      expect(store.list().map((s) => s.id)).toEqual(['discord:42', 'telegram:-100', 'telegram:-100:7']);
      expect(store.find('telegram', '-100', '7')?.threadId).toBe('7');
      expect(store.get('telegram:-100')?.threadId).toBeNull();
      expect(store.remove('telegram', '-100', '7')).toBe(true);
      expect(store.remove('telegram', '-100', '7')).toBe(false);
      expect(store.find('telegram', '-100', '7')).toBeNull();
      expect(store.get('nobody')).toBeNull();
    });

    it('tells listeners about every change until they unsubscribe', () => {
      let calls = 0;
      const stop = store.onChange(() => calls++);
      store.upsert(record(), { cursor: 0, lastSlot: null }, T0);
      store.remove('telegram', '-100');
      store.remove('telegram', '-100'); // nothing removed: no change
      stop();
      store.upsert(record(), { cursor: 0, lastSlot: null }, T0);
      expect(calls).toBe(2);
    });

    it('freezes one run per slot; a second create returns the first', () => {
      const sub = store.upsert(record(), { cursor: 0, lastSlot: null }, T0);
      const run = store.createRun({ subscriptionId: sub.id, slot: '2026-03-01', fromSeq: 0, toSeq: 12, statements: 4, parts: ['one', 'two'] }, T0);
      expect(run).toMatchObject({ subscriptionId: sub.id, slot: '2026-03-01', fromSeq: 0, toSeq: 12, statements: 4, parts: ['one', 'two'], status: 'pending', completedAt: null });
      const again = store.createRun({ subscriptionId: sub.id, slot: '2026-03-01', fromSeq: 0, toSeq: 99, statements: 9, parts: ['other'] }, later(1));
      expect(again).toEqual(run);
      expect(store.findRun(sub.id, '2026-03-01')).toEqual(run);
      expect(store.findRun(sub.id, '2026-03-02')).toBeNull();
      expect(store.pendingRuns(sub.id).map((r) => r.id)).toEqual([run.id]);
    });

    it('records each part once; the last part completes the run and moves the cursor, in one step', () => {
      const sub = store.upsert(record(), { cursor: 3, lastSlot: null }, T0);
      const run = store.createRun({ subscriptionId: sub.id, slot: '2026-03-01', fromSeq: 3, toSeq: 12, statements: 4, parts: ['one', 'two'] }, T0);
      const afterFirst = store.recordPart(run.id, 0, 'key-0', later(1));
      expect(afterFirst.status).toBe('pending');
      expect(store.get(sub.id)?.cursor).toBe(3);
      // a retried confirmation of the same part changes nothing
      expect(store.recordPart(run.id, 0, 'key-0', later(2)).status).toBe('pending');
      expect([...store.deliveredParts(run.id)]).toEqual([0]);
      const done = store.recordPart(run.id, 1, 'key-1', later(3));
      expect(done).toMatchObject({ status: 'delivered', completedAt: later(3).toISOString() });
      expect(store.get(sub.id)).toMatchObject({ cursor: 12, lastSlot: '2026-03-01', lastDeliveredAt: later(3).toISOString() });
      expect(store.pendingRuns(sub.id)).toEqual([]);
      expect(() => store.recordPart(run.id + 1000, 0, 'key-x', later(4))).toThrow(/no longer exists/);
    });

    it('skips a slot and advances the cursor, never backwards', () => {
      const sub = store.upsert(record(), { cursor: 10, lastSlot: '2026-02-28' }, T0);
      store.skipSlot(sub.id, '2026-03-01', 15, later(1));
      expect(store.get(sub.id)).toMatchObject({ cursor: 15, lastSlot: '2026-03-01', lastDeliveredAt: null });
      store.skipSlot(sub.id, '2026-02-27', 11, later(2));
      expect(store.get(sub.id)).toMatchObject({ cursor: 15, lastSlot: '2026-03-01' });
      store.advanceCursor(sub.id, 20, later(3));
      expect(store.get(sub.id)).toMatchObject({ cursor: 20, lastSlot: '2026-03-01', lastDeliveredAt: later(3).toISOString() });
    });

    it('drops runs and deliveries with their subscription', () => {
      const sub = store.upsert(record(), { cursor: 0, lastSlot: null }, T0);
      const run = store.createRun({ subscriptionId: sub.id, slot: 's', fromSeq: 0, toSeq: 1, statements: 1, parts: ['x', 'y'] }, T0);
      store.recordPart(run.id, 0, 'k0', T0);
      store.remove('telegram', '-100');
      expect(store.pendingRuns(sub.id)).toEqual([]);
      expect(store.deliveredParts(run.id).size).toBe(0);
      expect(store.latestStatementSeq()).toBe(0);
    });
  });
}
