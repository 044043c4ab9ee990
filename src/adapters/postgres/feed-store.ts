// The FeedStore port on PostgreSQL (same behaviour as src/adapters/sqlite/feed-store.ts): idempotent adds, back-off
// state, permanent moves, and the items already seen by GUID, URL and content hash.
import type { FeedItemKey, FeedItemRecord, FeedItemWrite, FeedOutcome, FeedStore } from '../../feeds/feed-store.ts';
import { toFeed, toItem, type FeedRow, type ItemRow } from '../../feeds/feed-rows.ts';
import { migratePostgres } from './migrations.ts';
import type { PgConnection } from './sync-connection.ts';


const FEED_COLUMNS = `f.*,
  (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id)::int AS items_seen,
  (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.status = 'failed')::int AS items_failed`;

const ITEM_COLUMNS = 'id, feed_id, guid, url, content_hash, status, attempts';

/** Builds the store on a connection (migrating it); close() closes the connection when `ownsConnection`. */
export function createPgFeedStore(conn: PgConnection, options: { ownsConnection?: boolean } = {}): FeedStore {
  migratePostgres(conn);
  const feedWhere = (where: string, params: readonly unknown[]) =>
    conn.query<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds f WHERE ${where} ORDER BY f.id`, params).rows.map(toFeed);
  const item = (where: string, params: readonly unknown[]) =>
    conn.query<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM feed_items WHERE ${where} LIMIT 1`, params).rows[0];

  return {
    addFeed(url, name, at) {
      // look first: a conflicting insert would still use up an id (gaps in feed numbers); a concurrent add of the
      // same URL inserts nothing here and finds the other one's row
      const [known] = feedWhere('f.url = $1', [url]);
      if (known) return { feed: known, created: false };
      const inserted = conn.query('INSERT INTO feeds (url, name, added_at) VALUES ($1, $2, $3) ON CONFLICT (url) DO NOTHING', [url, name, at]).rowCount > 0;
      const [feed] = feedWhere('f.url = $1', [url]);
      if (!feed) throw new Error(`feed ${url} vanished after insert`);
      return { feed, created: inserted };
    },
    getFeed: (id) => feedWhere('f.id = $1', [id])[0] ?? null,
    listFeeds: () => feedWhere('true', []),
    removeFeed: (id) => conn.query('DELETE FROM feeds WHERE id = $1', [id]).rowCount > 0,
    recordFeed: (id: number, o: FeedOutcome) =>
      conn.transaction(() => {
        if (!o.ok) {
          conn.query(
            `UPDATE feeds SET last_checked_at = $2, last_error = $3, last_error_at = $2, failures = $4, next_attempt_at = $5 WHERE id = $1`,
            [id, o.at, o.error, o.failures, o.nextAttemptAt],
          );
          return;
        }
        conn.query(
          `UPDATE feeds SET last_checked_at = $2, last_success_at = $2, last_error = NULL, last_error_at = NULL,
             failures = 0, next_attempt_at = NULL, title = coalesce($3, title) WHERE id = $1`,
          [id, o.at, o.title ?? null],
        );
        if (o.etag !== undefined || o.lastModified !== undefined) {
          conn.query('UPDATE feeds SET etag = $2, last_modified = $3 WHERE id = $1', [id, o.etag ?? null, o.lastModified ?? null]);
        }
        // a permanent redirect; a feed that already follows the target keeps it
        if (o.url !== undefined) conn.query('UPDATE feeds SET url = $2 WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM feeds WHERE url = $2)', [id, o.url]);
      }),
    findItem(feedId: number, key: FeedItemKey): FeedItemRecord | null {
      const order = `ORDER BY feed_id = $2 DESC, status = 'failed', id`;
      const row =
        (key.guid ? item('feed_id = $1 AND guid = $2', [feedId, key.guid]) : undefined) ??
        (key.url ? item(`url = $1 ${order}`, [key.url, feedId]) : undefined) ??
        (key.contentHash ? item(`content_hash = $1 ${order}`, [key.contentHash, feedId]) : undefined);
      return row ? toItem(row) : null;
    },
    saveItem: (i: FeedItemWrite) =>
      conn.transaction(() => {
        const row = [i.feedId, i.guid, i.url, i.contentHash ?? null, i.docId, i.title, i.status, i.note, i.at];
        if (i.id === undefined) {
          conn.query(
            `INSERT INTO feed_items (feed_id, guid, url, content_hash, doc_id, title, status, note, first_seen_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
            row,
          );
        } else {
          conn.query(
            `UPDATE feed_items SET guid = coalesce(guid, $2), url = coalesce($3, url), content_hash = coalesce($4, content_hash),
               doc_id = coalesce($5, doc_id), title = coalesce($6, title), status = $7, note = $8, attempts = attempts + 1, updated_at = $9
             WHERE id = $1`,
            [i.id, ...row.slice(1)],
          );
        }
        if (i.newStatements !== undefined) {
          conn.query('UPDATE feeds SET documents_added = documents_added + 1, statements_added = statements_added + $1 WHERE id = $2', [i.newStatements, i.feedId]);
        }
        if (i.status === 'failed') conn.query('UPDATE feeds SET last_item_error = $1 WHERE id = $2', [i.note, i.feedId]);
      }),
    close: () => {
      if (options.ownsConnection ?? true) conn.close();
    },
  };
}

