// The daily schedule: one node-cron task per subscription, in the subscription's own time zone.
// DST-safe by construction: the task fires at HH:MM and again every hour until midnight, and each firing
// only delivers if today's (local) digest has not been done yet. A time skipped by spring-forward is
// caught at the next hour; a time repeated by fall-back finds today's slot done. Restarts catch up too.
import cron, { type ScheduledTask } from 'node-cron';
import { hostname } from 'node:os';
import { instanceName, underLease, type Leases } from '../core/index.ts';
import { CONSOLE_SUBSCRIPTION_ID } from './console.ts';
import { runDigest, resumePendingRuns, type DigestRunnerDeps } from './deliver.ts';
import { localDateTime } from './local-time.ts';
import type { Subscription } from './model.ts';

export interface SchedulerDeps extends DigestRunnerDeps {
  /** Told about every failed run (it stays pending and is retried at the next firing). Default: console.error. */
  readonly onError?: (error: unknown, subscriptionId: string) => void;
  /** Called after each delivered or skipped digest (logging, metrics). */
  readonly onRun?: (subscriptionId: string, slot: string, status: string) => void;
  /** How often to pick up subscriptions changed by another process (default every 5 minutes). */
  readonly reconcileCron?: string;
  /** Deliver today's digest at start-up when its time already passed (default true). */
  readonly catchUp?: boolean;
  /** Only schedule subscriptions of these platforms (default: all). The CLI's console:local never is. */
  readonly platforms?: readonly string[];
  /**
   * Several instances on one database (PostgreSQL): a subscription's digest is delivered only by the holder of its
   * lease, so exactly one instance sends it; a holder that dies lets the lease run out and another instance
   * finishes the run at its next firing. Default: none (one instance).
   */
  readonly leases?: Leases;
  /** This instance's name in leases (default: host, process id and a random part). */
  readonly instance?: string;
  /** How long a digest lease lasts unless renewed (default 2 minutes; renewed every third of it while delivering). */
  readonly leaseMs?: number;
}

/** Cron pattern for a subscription: its minute, every hour from its hour to 23 (local). */
export function cronPattern(subscription: Pick<Subscription, 'time'>): string {
  const [h, m] = subscription.time.split(':').map(Number);
  const hour = h ?? 0;
  return `${m ?? 0} ${hour === 23 ? '23' : `${hour}-23`} * * *`;
}

/** The local date whose digest is due at `now`, or null (too early today, or today already done). */
export function dueSlot(subscription: Pick<Subscription, 'time' | 'timeZone' | 'lastSlot'>, now: Date): string | null {
  const local = localDateTime(now, subscription.timeZone);
  if (local.time < subscription.time) return null;
  if (subscription.lastSlot !== null && subscription.lastSlot >= local.date) return null;
  return local.date;
}

/**
 * Starts the schedule for every stored subscription and follows changes (immediately for changes made
 * through the same store, every few minutes for others). Returns a stop function that waits for
 * in-flight deliveries to settle.
 */
export function startDigestScheduler(deps: SchedulerDeps): () => Promise<void> {
  const clock = deps.clock ?? (() => new Date());
  const onError = deps.onError ?? ((error, id) => console.error(`digest ${id}:`, error));
  const tasks = new Map<string, { task: ScheduledTask; signature: string }>();
  const running = new Map<string, Promise<void>>();
  let stopped = false;
  const holder = deps.instance ?? instanceName(hostname(), process.pid);

  /** Resumes pending runs and delivers today's digest if due. One at a time per subscription. */
  function fire(id: string): Promise<void> {
    const inFlight = running.get(id);
    if (inFlight || stopped) return inFlight ?? Promise.resolve();
    const leases = deps.leases;
    const lease = leases ? { leases, key: `digest:${id}`, holder, ms: deps.leaseMs ?? 120_000 } : null;
    // each part is sent only while this instance still holds the lease (a stalled instance whose lease ran out
    // stops there instead of sending beside the instance that took over)
    const runner: SchedulerDeps = lease
      ? {
          ...deps,
          beforeSend: () => {
            if (!lease.leases.claim(lease.key, lease.holder, lease.ms)) throw new Error(`digest ${id}: another instance took the lease over`);
          },
        }
      : deps;
    const deliverDue = async () => {
      const subscription = deps.subscriptions.get(id);
      if (!subscription) return;
      await resumePendingRuns(runner, subscription);
      const fresh = deps.subscriptions.get(id) ?? subscription;
      const slot = dueSlot(fresh, clock());
      if (slot === null) return;
      const outcome = await runDigest(runner, id, slot);
      deps.onRun?.(id, slot, outcome.status);
    };
    const job = Promise.resolve()
      .then(async () => {
        if (lease) await underLease(lease, deliverDue, (e) => onError(e, id));
        else await deliverDue();
      })
      .catch((error: unknown) => onError(error, id))
      .finally(() => running.delete(id));
    running.set(id, job);
    return job;
  }

  function reconcile(fireChanged: boolean): void {
    if (stopped) return;
    const wanted = (s: Subscription) =>
      s.id !== CONSOLE_SUBSCRIPTION_ID && (deps.platforms === undefined || deps.platforms.includes(s.platform));
    const current = new Map(deps.subscriptions.list().filter(wanted).map((s) => [s.id, s]));
    for (const [id, entry] of tasks) {
      if (!current.has(id)) {
        void entry.task.destroy();
        tasks.delete(id);
      }
    }
    for (const [id, s] of current) {
      const signature = `${s.time}|${s.timeZone}`;
      const existing = tasks.get(id);
      if (existing?.signature === signature) {
        // several instances: a digest still due here (another instance holds it, or died holding it: its run is
        // finished once the lease ran out) is tried again; a held lease makes that one cheap statement
        if (deps.leases && fireChanged && !running.has(id) && dueSlot(s, clock()) !== null) void fire(id);
        continue;
      }
      if (existing) void existing.task.destroy();
      const task = cron.schedule(cronPattern(s), () => fire(id), { timezone: s.timeZone, name: `digest:${id}` });
      tasks.set(id, { task, signature });
      if (fireChanged) void fire(id);
    }
  }

  reconcile(deps.catchUp ?? true);
  const unsubscribe = deps.subscriptions.onChange(() => reconcile(true));
  const reconciler = cron.schedule(deps.reconcileCron ?? '*/5 * * * *', () => reconcile(true), { name: 'digest:reconcile' });

  return async () => {
    stopped = true;
    unsubscribe();
    await reconciler.destroy();
    for (const { task } of tasks.values()) await task.destroy();
    tasks.clear();
    await Promise.allSettled([...running.values()]);
  };
}
