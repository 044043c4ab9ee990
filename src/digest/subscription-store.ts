// The subscription port: what the digest needs from storage. The exactly-once bookkeeping is its contract (a run
// is frozen before sending, each confirmed part is recorded under its idempotency key, and the last part's record
// moves the cursor in the same transaction). SQLite (src/adapters/sqlite) and PostgreSQL implement it.
import type { DigestRun, Subscription, WhenEmpty } from './model.ts';

/** A subscription as stored; the caller (subscribe()) validated and defaulted every field. */
export interface SubscriptionRecord {
  readonly platform: string;
  readonly channelId: string;
  readonly threadId: string | null;
  readonly time: string;
  readonly timeZone: string;
  readonly themes: readonly string[];
  readonly speakers: readonly string[];
  readonly whenEmpty: WhenEmpty;
  /** Default false. */
  readonly chart?: boolean;
}

export interface NewRun {
  readonly subscriptionId: string;
  readonly slot: string;
  readonly fromSeq: number;
  readonly toSeq: number;
  readonly statements: number;
  readonly parts: readonly string[];
}

/** The subscription port: what the digest needs from storage. */
export interface SubscriptionStore {
  /** Inserts (with the given initial cursor and last slot) or updates settings, keeping cursor and history. */
  upsert(record: SubscriptionRecord, initial: { cursor: number; lastSlot: string | null }, now: Date): Subscription;
  remove(platform: string, channelId: string, threadId?: string | null): boolean;
  get(id: string): Subscription | null;
  find(platform: string, channelId: string, threadId?: string | null): Subscription | null;
  list(): Subscription[];
  /** Highest statement seq stored (new subscriptions start there). */
  latestStatementSeq(): number;
  /** Runs not yet fully delivered, oldest first. */
  pendingRuns(subscriptionId: string): DigestRun[];
  findRun(subscriptionId: string, slot: string): DigestRun | null;
  /** Freezes a run; returns the existing one if this slot already has a run. */
  createRun(run: NewRun, now: Date): DigestRun;
  deliveredParts(runId: number): Set<number>;
  /** Records a confirmed part; when it was the last one, completes the run and moves the cursor (one transaction). */
  recordPart(runId: number, part: number, idempotencyKey: string, now: Date): DigestRun;
  /** Marks a slot done without sending (nothing new and whenEmpty = skip); moves the cursor past what was scanned. */
  skipSlot(subscriptionId: string, slot: string, toSeq: number, now: Date): void;
  /** Moves the cursor forward (never back) after a delivery outside runs (the console). */
  advanceCursor(subscriptionId: string, toSeq: number, now: Date): void;
  /** Called after every change made through this store (the scheduler re-syncs its cron tasks). */
  onChange(listener: () => void): () => void;
  close(): void;
}

/** Stable id of a subscription: one per channel (and thread). */
export function subscriptionId(platform: string, channelId: string, threadId?: string | null): string {
  return threadId ? `${platform}:${channelId}:${threadId}` : `${platform}:${channelId}`;
}
