// The SubscriptionStore port on PostgreSQL: the same exactly-once bookkeeping as SQLite (a run is frozen before
// sending, each confirmed part recorded under its idempotency key, the last part's record moves the cursor in the
// same transaction), safe for several instances: the run row is locked while a part is recorded.
// The port's own files, not the digest's door: that one loads the scheduler (node-cron) into every CLI command.
import type { DigestRun, Subscription } from '../../digest/model.ts';
import { toRun as runOf, toSubscription as subscriptionOf, type RowReading, type RunRow as RunRows, type SubscriptionRow as SubscriptionRows } from '../../digest/subscription-rows.ts';
import { subscriptionId, type NewRun, type SubscriptionStore } from '../../digest/subscription-store.ts';
import { migratePostgres } from './migrations.ts';
import type { PgConnection } from './sync-connection.ts';


const MOVE_CURSOR = `UPDATE subscriptions SET cursor_seq = greatest(cursor_seq, $1),
    last_slot = CASE WHEN $2::text IS NOT NULL AND (last_slot IS NULL OR last_slot < $2::text) THEN $2::text ELSE last_slot END,
    last_delivered_at = coalesce($3, last_delivered_at), updated_at = $4
  WHERE id = $5`;

/** Builds the store on a connection (migrating it); close() closes the connection when `ownsConnection`. */
export function createPgSubscriptionStore(conn: PgConnection, options: { ownsConnection?: boolean } = {}): SubscriptionStore {
  migratePostgres(conn);
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };
  const one = <R>(sql: string, params: readonly unknown[]): R | null => conn.query<R>(sql, params).rows[0] ?? null;
  const getRow = (id: string) => one<SubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [id]);
  const runById = (id: number) => one<RunRow>('SELECT * FROM digest_runs WHERE id = $1', [id]);
  const parts = (runId: number) => conn.query<{ part: number }>('SELECT part FROM digest_deliveries WHERE run_id = $1', [runId]).rows.map((r) => r.part);

  return {
    upsert(record, initial, now) {
      const id = subscriptionId(record.platform, record.channelId, record.threadId);
      const at = now.toISOString();
      conn.query(
        `INSERT INTO subscriptions (id, platform, channel_id, thread_id, time, time_zone, themes, speakers, when_empty,
                                    cursor_seq, last_slot, created_at, updated_at, chart)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13)
         ON CONFLICT (id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone, themes = excluded.themes,
           speakers = excluded.speakers, when_empty = excluded.when_empty, chart = excluded.chart, updated_at = excluded.updated_at`,
        [id, record.platform, record.channelId, record.threadId ?? '', record.time, record.timeZone, JSON.stringify(record.themes),
          JSON.stringify(record.speakers), record.whenEmpty, initial.cursor, initial.lastSlot, at, record.chart ?? false],
      );
      changed();
      return toSubscription(getRow(id) as SubscriptionRow);
    },
    remove(platform, channelId, threadId) {
      const removed = conn.query('DELETE FROM subscriptions WHERE id = $1', [subscriptionId(platform, channelId, threadId)]).rowCount > 0;
      if (removed) changed();
      return removed;
    },
    get: (id) => {
      const row = getRow(id);
      return row ? toSubscription(row) : null;
    },
    find(platform, channelId, threadId) {
      const row = getRow(subscriptionId(platform, channelId, threadId));
      return row ? toSubscription(row) : null;
    },
    list: () => conn.query<SubscriptionRow>('SELECT * FROM subscriptions ORDER BY id').rows.map(toSubscription),
    latestStatementSeq: () => Number(one<{ n: number }>('SELECT coalesce(max(seq), 0) AS n FROM statements', [])?.n ?? 0),
    pendingRuns: (id) =>
      conn.query<RunRow>(`SELECT * FROM digest_runs WHERE subscription_id = $1 AND status = 'pending' ORDER BY id`, [id]).rows.map(toRun),
    findRun(id, slot) {
      const row = one<RunRow>('SELECT * FROM digest_runs WHERE subscription_id = $1 AND slot = $2', [id, slot]);
      return row ? toRun(row) : null;
    },
    createRun(run: NewRun, now) {
      conn.query(
        `INSERT INTO digest_runs (subscription_id, slot, from_seq, to_seq, statements, parts, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [run.subscriptionId, run.slot, run.fromSeq, run.toSeq, run.statements, JSON.stringify(run.parts), now.toISOString()],
      );
      return toRun(one<RunRow>('SELECT * FROM digest_runs WHERE subscription_id = $1 AND slot = $2', [run.subscriptionId, run.slot]) as RunRow);
    },
    deliveredParts: (runId) => new Set(parts(runId)),
    recordPart: (runId, part, key, now) =>
      conn.transaction(() => {
        const at = now.toISOString();
        // the lock makes the last part's check and the cursor move one step, whichever instance records it
        const run = one<RunRow>('SELECT * FROM digest_runs WHERE id = $1 FOR UPDATE', [runId]);
        if (!run) throw new Error(`digest run ${runId} no longer exists (unsubscribed?)`);
        conn.query('INSERT INTO digest_deliveries (idempotency_key, run_id, part, delivered_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [key, runId, part, at]);
        if (run.status === 'pending' && parts(runId).length >= toRun(run).parts.length) {
          conn.query(`UPDATE digest_runs SET status = 'delivered', completed_at = $1 WHERE id = $2`, [at, runId]);
          conn.query(MOVE_CURSOR, [run.to_seq, run.slot, at, at, run.subscription_id]);
        }
        return toRun(runById(runId) as RunRow);
      }),
    skipSlot(id, slot, toSeq, now) {
      conn.query(MOVE_CURSOR, [toSeq, slot, null, now.toISOString(), id]);
    },
    advanceCursor(id, toSeq, now) {
      conn.query(MOVE_CURSOR, [toSeq, null, now.toISOString(), now.toISOString(), id]);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      if (options.ownsConnection ?? true) conn.close();
    },
  };
}

type SubscriptionRow = SubscriptionRows<unknown, boolean>;
type RunRow = RunRows<unknown>;
const READING: RowReading<unknown, boolean> = { list: stringList, flag: (v) => v === true };
const toSubscription = (r: SubscriptionRow): Subscription => subscriptionOf(r, READING);
const toRun = (r: RunRow): DigestRun => runOf(r, READING);

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

