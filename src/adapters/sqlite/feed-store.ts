// SQLite implementation of the FeedStore port, on the statement store's database file (the tables come from the
// adapter's migrations, v4).
import type { FeedItemKey, FeedItemRecord, FeedItemWrite, FeedOutcome, FeedStore } from '../../feeds/feed-store.ts';
import { openSqliteDatabase, setUpConnection, type SqliteDatabase } from './connection.ts';
import { toFeed, toItem, type FeedRow, type ItemRow } from '../../feeds/feed-rows.ts';

const FEED_COLUMNS = `f.*,
  (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) AS items_seen,
  (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.status = 'failed') AS items_failed`;

const ITEM_COLUMNS = 'id, feed_id, guid, url, content_hash, status, attempts';

/** Opens (creating if needed) the database file for the feed tables. ':memory:' works for tests. */
export function openSqliteFeedStore(file: string): FeedStore {
  const db = openSqliteDatabase(file);
  return buildSqliteFeedStore(db, () => db.close());
}

/** Wraps an open connection: pragmas, migrations, prepared statements. close() closes the connection. */
export function createSqliteFeedStore(db: SqliteDatabase): FeedStore {
  setUpConnection(db);
  return buildSqliteFeedStore(db, () => db.close());
}

/** The store on a connection that is set up (connection.ts); close() calls `release`. */
export function buildSqliteFeedStore(db: SqliteDatabase, release: () => void): FeedStore {
  const q = {
    insertFeed: db.prepare('INSERT INTO feeds (url, name, added_at) VALUES (?, ?, ?)'),
    feedByUrl: db.prepare<[string], FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.url = ?`),
    feedById: db.prepare<[number], FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.id = ?`),
    listFeeds: db.prepare<[], FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds f ORDER BY f.id`),
    deleteFeed: db.prepare('DELETE FROM feeds WHERE id = ?'),
    success: db.prepare(
      `UPDATE feeds SET last_checked_at = @at, last_success_at = @at, last_error = NULL, last_error_at = NULL,
         failures = 0, next_attempt_at = NULL, title = coalesce(@title, title) WHERE id = @id`,
    ),
    validators: db.prepare('UPDATE feeds SET etag = ?, last_modified = ? WHERE id = ?'),
    // A permanent redirect; the URL is unique, so a feed that already follows the target keeps it.
    move: db.prepare('UPDATE feeds SET url = @url WHERE id = @id AND NOT EXISTS (SELECT 1 FROM feeds WHERE url = @url)'),
    failure: db.prepare(
      `UPDATE feeds SET last_checked_at = @at, last_error = @error, last_error_at = @at, failures = @failures,
         next_attempt_at = @nextAttemptAt WHERE id = @id`,
    ),
    itemByGuid: db.prepare<[number, string], ItemRow>(`SELECT ${ITEM_COLUMNS} FROM feed_items WHERE feed_id = ? AND guid = ?`),
    itemByUrl: db.prepare<[string, number], ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM feed_items WHERE url = ? ORDER BY feed_id = ? DESC, status = 'failed', id LIMIT 1`,
    ),
    itemByHash: db.prepare<[string, number], ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM feed_items WHERE content_hash = ? ORDER BY feed_id = ? DESC, status = 'failed', id LIMIT 1`,
    ),
    insertItem: db.prepare(
      `INSERT INTO feed_items (feed_id, guid, url, content_hash, doc_id, title, status, note, first_seen_at, updated_at)
       VALUES (@feedId, @guid, @url, @contentHash, @docId, @title, @status, @note, @at, @at)`,
    ),
    updateItem: db.prepare(
      `UPDATE feed_items SET guid = coalesce(guid, @guid), url = coalesce(@url, url),
         content_hash = coalesce(@contentHash, content_hash), doc_id = coalesce(@docId, doc_id),
         title = coalesce(@title, title), status = @status, note = @note, attempts = attempts + 1, updated_at = @at
       WHERE id = @id`,
    ),
    countAdded: db.prepare(
      'UPDATE feeds SET documents_added = documents_added + 1, statements_added = statements_added + ? WHERE id = ?',
    ),
    itemError: db.prepare('UPDATE feeds SET last_item_error = ? WHERE id = ?'),
  };

  const saveItem = db.transaction((item: FeedItemWrite) => {
    const row = {
      feedId: item.feedId,
      guid: item.guid,
      url: item.url,
      contentHash: item.contentHash ?? null,
      docId: item.docId,
      title: item.title,
      status: item.status,
      note: item.note,
      at: item.at,
    };
    if (item.id === undefined) q.insertItem.run(row);
    else q.updateItem.run({ ...row, id: item.id });
    if (item.newStatements !== undefined) q.countAdded.run(item.newStatements, item.feedId);
    if (item.status === 'failed') q.itemError.run(item.note, item.feedId);
  });

  const recordFeed = db.transaction((id: number, o: FeedOutcome) => {
    if (o.ok) {
      q.success.run({ id, at: o.at, title: o.title ?? null });
      if (o.etag !== undefined || o.lastModified !== undefined) q.validators.run(o.etag ?? null, o.lastModified ?? null, id);
      if (o.url !== undefined) q.move.run({ id, url: o.url });
    } else {
      q.failure.run({ id, at: o.at, error: o.error, failures: o.failures, nextAttemptAt: o.nextAttemptAt });
    }
  });

  // Look before inserting: a conflicting INSERT would still use up an AUTOINCREMENT id (gaps in feed numbers).
  const addFeed = db.transaction((url: string, name: string | null, at: string) => {
    const existing = q.feedByUrl.get(url);
    if (existing) return { feed: toFeed(existing), created: false };
    q.insertFeed.run(url, name, at);
    const row = q.feedByUrl.get(url);
    if (!row) throw new Error(`feed ${url} vanished after insert`);
    return { feed: toFeed(row), created: true };
  });

  const findItem = (feedId: number, key: FeedItemKey): FeedItemRecord | null => {
    const row =
      (key.guid ? q.itemByGuid.get(feedId, key.guid) : undefined) ??
      (key.url ? q.itemByUrl.get(key.url, feedId) : undefined) ??
      (key.contentHash ? q.itemByHash.get(key.contentHash, feedId) : undefined);
    return row ? toItem(row) : null;
  };

  return {
    addFeed: (url, name, at) => addFeed.immediate(url, name, at),
    getFeed: (id) => {
      const row = q.feedById.get(id);
      return row ? toFeed(row) : null;
    },
    listFeeds: () => q.listFeeds.all().map(toFeed),
    removeFeed: (id) => q.deleteFeed.run(id).changes > 0,
    recordFeed: (id, outcome) => recordFeed.immediate(id, outcome),
    findItem,
    saveItem: (item) => saveItem.immediate(item),
    close: () => {
      if (db.open) release();
    },
  };
}

