// Versioned schema migrations for the PostgreSQL stores, recorded in briefdesk_migrations. Append new versions at
// the end; never edit a released one. Several instances may start at once: each migration runs in its own
// transaction under an advisory lock, and re-reads the version inside it, so each is applied exactly once.
import type { PgConnection } from './sync-connection.ts';
import { DIGEST_SCHEMA, FEED_SCHEMA } from './schema-delivery.ts';
import { STATEMENT_SCHEMA, STRONG_SCHEMA } from './schema-statements.ts';

export interface PgMigration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

/** Text columns compare as bytes (COLLATE "C"), like SQLite's default BINARY collation, whatever the server locale. */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  { version: 1, description: 'statements: documents, statements (tsvector, GIN index), sources, themes, speakers', sql: STATEMENT_SCHEMA },
  { version: 2, description: 'digest: subscriptions with cursors, digest runs and their delivered parts', sql: DIGEST_SCHEMA },
  { version: 3, description: 'feeds: followed sources with polling state, and the items already seen', sql: FEED_SCHEMA },
  {
    version: 4,
    description: 'leases: which instance delivers a digest or polls the feeds (src/core/leases.ts)',
    sql: `CREATE TABLE leases (key text COLLATE "C" PRIMARY KEY, holder text COLLATE "C" NOT NULL, until timestamptz NOT NULL)`,
  },
  {
    version: 5,
    description: 'digest: a subscription may ask for a "this period by theme" chart (SQLite migration 13)',
    sql: 'ALTER TABLE subscriptions ADD COLUMN chart boolean NOT NULL DEFAULT false',
  },
  {
    version: 6,
    description: 'search: the strong index (the words weighing more than one mention) for bounded ranking',
    sql: STRONG_SCHEMA,
  },
  {
    version: 7,
    description: 'search: the strong and outlet indexes without a pending list (every search reads both)',
    sql: `ALTER INDEX statements_strong SET (fastupdate = off);
      ALTER INDEX statements_outlets SET (fastupdate = off);
      SELECT gin_clean_pending_list('statements_strong'), gin_clean_pending_list('statements_outlets');`,
  },
  {
    version: 8,
    description: 'search: the strong and outlet indexes with a short pending list (256 kB): cheap inserts, cheap reads',
    sql: `ALTER INDEX statements_strong SET (fastupdate = on, gin_pending_list_limit = 256);
      ALTER INDEX statements_outlets SET (fastupdate = on, gin_pending_list_limit = 256);`,
  },
];

/** Key of the advisory lock held while migrating (any constant shared by every instance). */
const MIGRATION_LOCK = 0x62726d31; // 'brm1'

/** The schema version of the database (0 for an empty one). */
export function pgSchemaVersion(conn: PgConnection): number {
  const exists = conn.query<{ t: string | null }>("SELECT to_regclass('briefdesk_migrations')::text AS t").rows[0]?.t;
  if (!exists) return 0;
  return Number(conn.query<{ v: number }>('SELECT coalesce(max(version), 0) AS v FROM briefdesk_migrations').rows[0]?.v ?? 0);
}

/**
 * Brings the database up to the newest version, one transaction per migration. Refuses a database written by a
 * newer Briefdesk. Returns the resulting version.
 */
export function migratePostgres(conn: PgConnection, migrations: readonly PgMigration[] = PG_MIGRATIONS): number {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const current = pgSchemaVersion(conn);
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this program supports (${latest}); upgrade Briefdesk`);
  }
  if (current === latest) return current;
  conn.query(`CREATE TABLE IF NOT EXISTS briefdesk_migrations (
    version     integer PRIMARY KEY,
    description text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
  )`);
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    conn.transaction(() => {
      conn.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      // another instance may have applied it while this one waited for the lock
      if (pgSchemaVersion(conn) >= m.version) return;
      conn.query(m.sql);
      conn.query('INSERT INTO briefdesk_migrations (version, description) VALUES ($1, $2)', [m.version, m.description]);
    });
  }
  return pgSchemaVersion(conn);
}
