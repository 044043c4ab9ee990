// The local console subscription behind `briefdesk digest`: without --since, a digest holds what was added
// since the previous run and the caller commits (moves the cursor) once it has printed it; with --since it
// is a one-off that leaves the cursor alone.
import type { StatementStore, Taxonomy } from '../core/index.ts';
import { buildDigest } from './build-digest.ts';
import type { Digest, Subscription } from './model.ts';
import type { SubscriptionStore } from './subscription-store.ts';

export const CONSOLE_CHANNEL = { platform: 'console', channelId: 'local' } as const;
/** Owned by the CLI; the scheduler leaves it alone. */
export const CONSOLE_SUBSCRIPTION_ID = 'console:local';

export interface ConsoleDigest {
  readonly digest: Digest;
  readonly subscription: Subscription;
  /** Moves the console cursor past this digest (no-op for a --since digest). Call after printing. */
  commit(): void;
}

/** Zone of this machine, for headers. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function consoleDigest(deps: {
  readonly store: Pick<StatementStore, 'digestStatementsSince'>;
  readonly subscriptions: SubscriptionStore;
  readonly taxonomy?: Taxonomy;
  /** ISO date or date-time: statements stored since then, cursor untouched. */
  readonly since?: string | null;
  readonly now?: Date;
  readonly timeZone?: string;
  readonly kindOf?: (name: string) => 'person' | 'institution' | undefined;
}): ConsoleDigest {
  const now = deps.now ?? new Date();
  const timeZone = deps.timeZone ?? localTimeZone();
  const subscription =
    deps.subscriptions.find(CONSOLE_CHANNEL.platform, CONSOLE_CHANNEL.channelId) ??
    deps.subscriptions.upsert(
      { ...CONSOLE_CHANNEL, threadId: null, time: '08:00', timeZone, themes: [], speakers: [], whenEmpty: 'say' },
      { cursor: 0, lastSlot: null },
      now,
    );
  const since = deps.since ?? null;
  const digest = buildDigest({
    store: deps.store,
    afterSeq: since === null ? subscription.cursor : 0,
    since,
    from: since ?? subscription.lastDeliveredAt,
    taxonomy: deps.taxonomy,
    now,
    timeZone,
    kindOf: deps.kindOf,
  });
  return {
    digest,
    subscription,
    commit: () => {
      if (since === null) deps.subscriptions.advanceCursor(subscription.id, digest.toSeq, now);
    },
  };
}
