// The SQLite adapter's door (the embedded default): one connection per database file, set up once (pragmas,
// migrations), and every store built on it. `better-sqlite3` is imported only inside this folder.
import type { SubscriptionStore } from '../../digest/subscription-store.ts';
import type { FeedStore } from '../../feeds/feed-store.ts';
import { connectionUsers, openSqliteDatabase } from './connection.ts';
import { buildSqliteFeedStore } from './feed-store.ts';
import { buildSqliteStore, type SqliteStatementStore, type SqliteStoreOptions } from './statement-store.ts';
import { buildSqliteSubscriptionStore } from './subscription-store.ts';

export { CACHE_KIB, CHECKPOINT_PAGES, INGEST_CACHE_KIB, INGEST_CHECKPOINT_PAGES, openSqliteDatabase, setUpConnection, type SqliteDatabase } from './connection.ts';
export { LATEST_VERSION, MIGRATIONS, migrate, userVersion, type Migration } from './migrations.ts';
export { createSqliteStore, openSqliteStore, type SqliteStatementStore, type SqliteStoreOptions } from './statement-store.ts';
export { createSqliteSubscriptionStore, openSqliteSubscriptionStore } from './subscription-store.ts';
export { createSqliteFeedStore, openSqliteFeedStore } from './feed-store.ts';
export { backupDatabase, BackupError, type BackupOptions, type BackupResult } from './backup.ts';

/** Every store of one SQLite database, on one connection. */
export interface SqliteStores {
  readonly statements: SqliteStatementStore;
  readonly subscriptions: SubscriptionStore;
  readonly feeds: FeedStore;
  /** Closes every store (the connection closes with the last one, whoever closes it). */
  close(): void;
}

/** Opens the database file once (creating it and its parent directory) and builds every store on that connection. */
export function openSqliteStores(file: string, options: SqliteStoreOptions = {}): SqliteStores {
  const db = openSqliteDatabase(file);
  const user = connectionUsers(db);
  try {
    const statements = buildSqliteStore(db, options, user());
    const subscriptions = buildSqliteSubscriptionStore(db, user());
    const feeds = buildSqliteFeedStore(db, user());
    return {
      statements,
      subscriptions,
      feeds,
      close() {
        feeds.close();
        subscriptions.close();
        statements.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
