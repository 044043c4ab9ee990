// Which database every store lives in. A postgres:// (or postgresql://) URL — DATABASE_URL, or --db — puts the
// statements, speakers, subscriptions and feeds on PostgreSQL (many instances may share it); anything else is an
// SQLite file, as before. The composition root (cli.ts, main.ts) and the commands open their stores here.
import { createPgFeedStore, createPgLeases, createPgStatementStore, createPgSubscriptionStore, openPgConnection, type PgConnection } from './adapters/postgres/index.ts';
import { openSqliteFeedStore, openSqliteStore, openSqliteStores, openSqliteSubscriptionStore } from './adapters/sqlite/index.ts';
import type { Leases, StatementStore } from './core/index.ts';
import type { SubscriptionStore } from './digest/subscription-store.ts';
import type { FeedStore } from './feeds/feed-store.ts';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** True for a PostgreSQL connection URL (postgres://user:password@host:port/database). */
export function isPostgresUrl(target: string): boolean {
  return POSTGRES_URL.test(target);
}

/** The database when no --db is given: DATABASE_URL, else BRIEFDESK_DB, else data/briefdesk.db. */
export function defaultDatabase(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL || env.BRIEFDESK_DB || 'data/briefdesk.db';
}

/** A URL fit for logs and messages: the password replaced. */
export function describeDatabase(target: string): string {
  if (!isPostgresUrl(target)) return target;
  try {
    const url = new URL(target);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Builds a PostgreSQL store on a connection of its own; a server that cannot be reached is said plainly. */
function onPostgres<T>(target: string, build: (conn: PgConnection) => T): T {
  const conn = openPgConnection(target);
  try {
    return build(conn);
  } catch (error) {
    conn.close();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL at ${describeDatabase(target)}: ${message} (check DATABASE_URL or --db, and that the server runs)`, { cause: error });
  }
}

/** Every store a running Briefdesk uses (`briefdesk start`); close() closes them all. */
export interface Stores {
  readonly statements: StatementStore;
  readonly subscriptions: SubscriptionStore;
  readonly feeds: FeedStore;
  close(): void;
}

/** Opens every store of a database URL or SQLite file: an SQLite file is opened once, and all share that connection. */
export function openStores(target: string): Stores {
  if (!isPostgresUrl(target)) return openSqliteStores(target);
  const statements = openStatementStore(target);
  const opened: { close(): void }[] = [statements];
  try {
    const subscriptions = openSubscriptionStore(target);
    opened.push(subscriptions);
    const feeds = openFeedStore(target);
    opened.push(feeds);
    return { statements, subscriptions, feeds, close: () => closeAll(opened) };
  } catch (error) {
    closeAll(opened);
    throw error;
  }
}

function closeAll(stores: readonly { close(): void }[]): void {
  for (const store of [...stores].reverse()) store.close();
}

/** Opens the statement store (statements, documents, speakers) of a database URL or SQLite file. */
export function openStatementStore(target: string): StatementStore {
  return isPostgresUrl(target) ? onPostgres(target, (conn) => createPgStatementStore(conn)) : openSqliteStore(target);
}

/** Opens the digest subscriptions of a database URL or SQLite file. */
export function openSubscriptionStore(target: string): SubscriptionStore {
  return isPostgresUrl(target) ? onPostgres(target, (conn) => createPgSubscriptionStore(conn)) : openSqliteSubscriptionStore(target);
}

/** Opens the followed feeds of a database URL or SQLite file. */
export function openFeedStore(target: string): FeedStore {
  return isPostgresUrl(target) ? onPostgres(target, (conn) => createPgFeedStore(conn)) : openSqliteFeedStore(target);
}

/**
 * Leases for several instances on one PostgreSQL database (who delivers a digest, who polls a round of feeds);
 * null for an SQLite file, which one instance uses alone.
 */
export function openLeases(target: string): (Leases & { close(): void }) | null {
  return isPostgresUrl(target) ? onPostgres(target, (conn) => createPgLeases(conn)) : null;
}
