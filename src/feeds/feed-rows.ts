// The rows both feed store adapters read (SQLite and PostgreSQL name their columns alike) and how they become the
// port's records.
import type { FeedItemRecord, FeedSource } from './feed-store.ts';

export interface FeedRow {
  id: number;
  url: string;
  name: string | null;
  title: string | null;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  last_checked_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  failures: number;
  next_attempt_at: string | null;
  last_item_error: string | null;
  documents_added: number;
  statements_added: number;
  items_seen: number;
  items_failed: number;
}

export interface ItemRow {
  id: number;
  feed_id: number;
  guid: string | null;
  url: string | null;
  content_hash: string | null;
  status: FeedItemRecord['status'];
  attempts: number;
}

export function toFeed(r: FeedRow): FeedSource {
  return {
    id: r.id,
    url: r.url,
    name: r.name,
    title: r.title,
    addedAt: r.added_at,
    etag: r.etag,
    lastModified: r.last_modified,
    lastCheckedAt: r.last_checked_at,
    lastSuccessAt: r.last_success_at,
    lastError: r.last_error,
    lastErrorAt: r.last_error_at,
    failures: r.failures,
    nextAttemptAt: r.next_attempt_at,
    itemsSeen: r.items_seen,
    itemsFailed: r.items_failed,
    lastItemError: r.last_item_error,
    documentsAdded: r.documents_added,
    statementsAdded: r.statements_added,
  };
}

export function toItem(r: ItemRow): FeedItemRecord {
  return { id: r.id, feedId: r.feed_id, guid: r.guid, url: r.url, contentHash: r.content_hash, status: r.status, attempts: r.attempts };
}
