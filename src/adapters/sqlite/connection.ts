// The SQLite connection: opened once per database file, set up once (pragmas, then the schema migrations, which
// create every table: statements, digest subscriptions, feeds), and shared by the stores built on it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from './migrations.ts';

export type SqliteDatabase = Database.Database;

/** The page cache of a connection, in KiB. */
export const CACHE_KIB = 16_384;
/**
 * The page cache while an ingest batch runs. A batch touches ~7,000 pages (champion lists, id and speaker indexes);
 * at 16 MiB they spilled and were read back. Replaying the 100k bench corpus's store input, alternated: 16 MiB
 * 16.8/15.5/14.4/14.7 store CPU-s, 32 MiB 14.0/13.9/13.7/15.0. Given back when the batch ends, so that searches
 * (the bot's 1,000-query loop) stay at 16 MiB; the 1M bench peaked at 279 MB of RSS with 32 MiB all along.
 */
export const INGEST_CACHE_KIB = 32_768;

/** WAL pages after which a commit checkpoints (copies them into the database file): ~40 MB. */
export const CHECKPOINT_PAGES = 10_000;
/**
 * The same while an ingest batch commits: ~200 MB. Past a few hundred thousand statements a batch rewrites pages
 * all over the random-keyed indexes (statement ids, speakers), ~60 MB of them per commit at 1M, so every commit
 * checkpointed; a page rewritten by several batches is now copied once. Replaying 100k bench statements into a 1M
 * database: 2.6 GB written and 4.0 GB read by the store -> 2.0 and 3.4 GB. The file stays WAL-sized until the next
 * checkpoint (or close).
 */
export const INGEST_CHECKPOINT_PAGES = 50_000;

/** Opens (creating if needed, with its parent directory) a database file and sets it up. ':memory:' works too. */
export function openSqliteDatabase(file: string): SqliteDatabase {
  if (file !== ':memory:' && file !== '') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    setUpConnection(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Sets the pragmas and brings the schema to the newest version. Idempotent: the store builders call it on a
 * connection they are handed, which costs a few pragmas when it was already set up.
 */
export function setUpConnection(db: SqliteDatabase): void {
  if (!db.memory) {
    db.pragma('journal_mode = WAL');
    // Checkpoint every ~40 MB of WAL instead of 4 MB: small per-document commits then ingest ~1.5x faster.
    db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // WAL + NORMAL: a commit survives a crash of the program; the digest's delivery records ask for FULL (durably).
  db.pragma('synchronous = NORMAL');
  // 16 MiB page cache (INGEST_CACHE_KIB while an ingest batch runs, see ingest.ts). 32 MiB for good cost the 1M
  // bench's 1,000-query search loop 8.9 MB of RSS growth (limit 5); 64 MiB made searches no faster.
  db.pragma(`cache_size = -${CACHE_KIB}`);
  // Journals of savepoints (one per document in a batch) and of statements in memory, not in temporary files: on
  // disk they wrote about 300 MB per 1 MB of article text at ingest (each page a document touched, copied first).
  db.pragma('temp_store = MEMORY');
  migrate(db);
  ensureDigestTables(db);
}

/** Runs `work` with every commit synced to disk (synchronous = FULL), then restores the connection's setting. */
export function durably<T>(db: SqliteDatabase, work: () => T): T {
  const before = Number(db.pragma('synchronous', { simple: true }));
  if (before >= 2 || db.inTransaction) return work();
  db.pragma('synchronous = FULL');
  try {
    return work();
  } finally {
    db.pragma(`synchronous = ${before}`);
  }
}

/**
 * Hands out closers for the stores built on one connection: each store's close() lets go of it, and the
 * connection closes with the last of them.
 */
export function connectionUsers(db: SqliteDatabase): () => () => void {
  let users = 0;
  return () => {
    users++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      users--;
      if (users === 0 && db.open) db.close();
    };
  };
}

/** Creates the v3 tables when a database reached a later version before v3 existed (statements are IF NOT EXISTS). */
function ensureDigestTables(db: SqliteDatabase): void {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'digest_deliveries'").get();
  const v3 = MIGRATIONS.find((m) => m.version === 3);
  if (!exists && v3) db.exec(v3.sql);
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('subscriptions')").all();
  if (!columns.some((c) => c.name === 'chart')) db.exec(MIGRATIONS.find((m) => m.version === 13)?.sql ?? '');
}
