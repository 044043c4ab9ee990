// Subscriptions and digest runs in SQLite (same database file as the statements, tables from migration 3).
// The exactly-once bookkeeping lives here: a run is frozen before sending, each confirmed part is recorded
// under its idempotency key, and the last part's record moves the cursor in the same transaction.
import type { DigestRun, Subscription } from '../../digest/model.ts';
import { durably, openSqliteDatabase, setUpConnection, type SqliteDatabase } from './connection.ts';
import { subscriptionId, type NewRun, type SubscriptionStore } from '../../digest/subscription-store.ts';
import { toRun as runOf, toSubscription as subscriptionOf, type RowReading, type RunRow as RunRows, type SubscriptionRow as SubscriptionRows } from '../../digest/subscription-rows.ts';

/** Opens its own connection to a database file (WAL lets it share the file with the statement store). */
export function openSqliteSubscriptionStore(file: string): SubscriptionStore {
  const db = openSqliteDatabase(file);
  return buildSqliteSubscriptionStore(db, () => db.close());
}

/** Wraps an open connection (possibly the statement store's), setting it up. close() leaves the connection open. */
export function createSqliteSubscriptionStore(db: SqliteDatabase): SubscriptionStore {
  setUpConnection(db);
  return buildSqliteSubscriptionStore(db, () => {});
}

/** The store on a connection that is set up (connection.ts); close() calls `release`. */
export function buildSqliteSubscriptionStore(db: SqliteDatabase, release: () => void): SubscriptionStore {
  const q = {
    upsert: db.prepare(
      `INSERT INTO subscriptions (id, platform, channel_id, thread_id, time, time_zone, themes, speakers, when_empty, chart,
                                  cursor_seq, last_slot, created_at, updated_at)
       VALUES (@id, @platform, @channelId, @threadId, @time, @timeZone, @themes, @speakers, @whenEmpty, @chart,
               @cursor, @lastSlot, @now, @now)
       ON CONFLICT (id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone, themes = excluded.themes,
         speakers = excluded.speakers, when_empty = excluded.when_empty, chart = excluded.chart, updated_at = excluded.updated_at`,
    ),
    get: db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE id = ?'),
    list: db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions ORDER BY id'),
    remove: db.prepare<[string]>('DELETE FROM subscriptions WHERE id = ?'),
    latest: db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM statements').pluck(),
    pending: db.prepare<[string], RunRow>(`SELECT * FROM digest_runs WHERE subscription_id = ? AND status = 'pending' ORDER BY id`),
    findRun: db.prepare<[string, string], RunRow>('SELECT * FROM digest_runs WHERE subscription_id = ? AND slot = ?'),
    runById: db.prepare<[number], RunRow>('SELECT * FROM digest_runs WHERE id = ?'),
    insertRun: db.prepare(
      `INSERT INTO digest_runs (subscription_id, slot, from_seq, to_seq, statements, parts, created_at)
       VALUES (@subscriptionId, @slot, @fromSeq, @toSeq, @statements, @parts, @now) ON CONFLICT DO NOTHING`,
    ),
    parts: db.prepare<[number], number>('SELECT part FROM digest_deliveries WHERE run_id = ?').pluck(),
    insertPart: db.prepare(
      'INSERT INTO digest_deliveries (idempotency_key, run_id, part, delivered_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    completeRun: db.prepare<[string, number]>(`UPDATE digest_runs SET status = 'delivered', completed_at = ? WHERE id = ?`),
    moveCursor: db.prepare<[{ toSeq: number; slot: string | null; deliveredAt: string | null; now: string; id: string }]>(
      `UPDATE subscriptions SET cursor_seq = max(cursor_seq, @toSeq),
         last_slot = CASE WHEN @slot IS NOT NULL AND (last_slot IS NULL OR last_slot < @slot) THEN @slot ELSE last_slot END,
         last_delivered_at = coalesce(@deliveredAt, last_delivered_at), updated_at = @now
       WHERE id = @id`,
    ),
  };

  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };

  const recordPart = db.transaction((runId: number, part: number, key: string, now: string): DigestRun => {
    const run = q.runById.get(runId);
    if (!run) throw new Error(`digest run ${runId} no longer exists (unsubscribed?)`);
    q.insertPart.run(key, runId, part, now);
    const total = (JSON.parse(run.parts) as string[]).length;
    if (run.status === 'pending' && q.parts.all(runId).length >= total) {
      q.completeRun.run(now, runId);
      q.moveCursor.run({ toSeq: run.to_seq, slot: run.slot, deliveredAt: now, now, id: run.subscription_id });
    }
    return toRun(q.runById.get(runId) as RunRow);
  });

  const createRun = db.transaction((run: NewRun, now: string): DigestRun => {
    q.insertRun.run({ ...run, parts: JSON.stringify(run.parts), now });
    return toRun(q.findRun.get(run.subscriptionId, run.slot) as RunRow);
  });

  return {
    upsert(record, initial, now) {
      const id = subscriptionId(record.platform, record.channelId, record.threadId);
      q.upsert.run({
        id,
        platform: record.platform,
        channelId: record.channelId,
        threadId: record.threadId ?? '',
        time: record.time,
        timeZone: record.timeZone,
        themes: JSON.stringify(record.themes),
        speakers: JSON.stringify(record.speakers),
        whenEmpty: record.whenEmpty,
        chart: record.chart ? 1 : 0,
        cursor: initial.cursor,
        lastSlot: initial.lastSlot,
        now: now.toISOString(),
      });
      changed();
      return toSubscription(q.get.get(id) as SubscriptionRow);
    },
    remove(platform, channelId, threadId) {
      const removed = q.remove.run(subscriptionId(platform, channelId, threadId)).changes > 0;
      if (removed) changed();
      return removed;
    },
    get: (id) => {
      const row = q.get.get(id);
      return row ? toSubscription(row) : null;
    },
    find(platform, channelId, threadId) {
      const row = q.get.get(subscriptionId(platform, channelId, threadId));
      return row ? toSubscription(row) : null;
    },
    list: () => q.list.all().map(toSubscription),
    latestStatementSeq: () => q.latest.get() ?? 0,
    pendingRuns: (id) => q.pending.all(id).map(toRun),
    findRun(id, slot) {
      const row = q.findRun.get(id, slot);
      return row ? toRun(row) : null;
    },
    createRun: (run, now) => durably(db, () => createRun.immediate(run, now.toISOString())),
    deliveredParts: (runId) => new Set(q.parts.all(runId)),
    recordPart: (runId, part, key, now) => durably(db, () => recordPart.immediate(runId, part, key, now.toISOString())),
    skipSlot(id, slot, toSeq, now) {
      q.moveCursor.run({ toSeq, slot, deliveredAt: null, now: now.toISOString(), id });
    },
    advanceCursor(id, toSeq, now) {
      q.moveCursor.run({ toSeq, slot: null, deliveredAt: now.toISOString(), now: now.toISOString(), id });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      if (db.open) release();
    },
  };
}

type SubscriptionRow = SubscriptionRows<string, number>;
type RunRow = RunRows<string>;
const READING: RowReading<string, number> = { list: parseList, flag: (v) => v === 1 };
const toSubscription = (r: SubscriptionRow): Subscription => subscriptionOf(r, READING);
const toRun = (r: RunRow): DigestRun => runOf(r, READING);

function parseList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

