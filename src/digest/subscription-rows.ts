// The rows both subscription stores read and how they become the port's records. The engines differ only in how a
// list column and the chart flag arrive: SQLite keeps JSON text and 0/1, PostgreSQL jsonb and a boolean.
import type { DigestRun, Subscription, WhenEmpty } from './model.ts';

/** How one engine's list columns and chart flag read. */
export interface RowReading<List, Flag> {
  list(value: List): string[];
  flag(value: Flag): boolean;
}

export interface SubscriptionRow<List, Flag> {
  id: string;
  platform: string;
  channel_id: string;
  thread_id: string;
  time: string;
  time_zone: string;
  themes: List;
  speakers: List;
  when_empty: WhenEmpty;
  chart: Flag;
  cursor_seq: number;
  last_slot: string | null;
  last_delivered_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface RunRow<List> {
  id: number;
  subscription_id: string;
  slot: string;
  from_seq: number;
  to_seq: number;
  statements: number;
  parts: List;
  status: 'pending' | 'delivered';
  created_at: string;
  completed_at: string | null;
}

export function toSubscription<List, Flag>(r: SubscriptionRow<List, Flag>, read: RowReading<List, Flag>): Subscription {
  return {
    id: r.id,
    platform: r.platform,
    channelId: r.channel_id,
    threadId: r.thread_id === '' ? null : r.thread_id,
    time: r.time,
    timeZone: r.time_zone,
    themes: read.list(r.themes),
    speakers: read.list(r.speakers),
    whenEmpty: r.when_empty,
    chart: read.flag(r.chart),
    cursor: r.cursor_seq,
    lastSlot: r.last_slot,
    lastDeliveredAt: r.last_delivered_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toRun<List>(r: RunRow<List>, read: Pick<RowReading<List, unknown>, 'list'>): DigestRun {
  return {
    id: r.id,
    subscriptionId: r.subscription_id,
    slot: r.slot,
    fromSeq: r.from_seq,
    toSeq: r.to_seq,
    statements: r.statements,
    parts: read.list(r.parts),
    status: r.status,
    createdAt: r.created_at,
    completedAt: r.completed_at,
  };
}
