// The PostgreSQL adapter's door: a synchronous pooled connection and the stores built on it.
// `pg` is imported only inside this folder (pg-worker.js).
export { openPgConnection, PostgresError, type PgConnection, type PgConnectionOptions, type PgQuery, type QueryResult } from './sync-connection.ts';
export { migratePostgres, pgSchemaVersion, PG_MIGRATIONS, type PgMigration } from './migrations.ts';
export { createPgStatementStore, type PgStatementStore, type PgStoreOptions } from './statement-store.ts';
export type { PgBoundedOptions } from './bounded.ts';
export { createPgSubscriptionStore } from './subscription-store.ts';
export { createPgFeedStore } from './feed-store.ts';
export { createPgLeases } from './leases.ts';
// How a statement's search vector is built (briefdesk migrate fills it while copying).
export { asciiLower, foldDiacritics, searchVector } from './text-search.ts';
