// Per-test PostgreSQL databases: each call gives a fresh, empty schema on the test server (see postgres-setup.ts),
// reached through a URL whose search_path points at it, so test files and stores never see each other's rows.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { openPgConnection } from '../../src/adapters/postgres/index.ts';

/** The test server's admin URL, or '' when there is none (the suite then skips: see postgres-setup.ts). */
export const postgresUrl: string = inject('postgresUrl');

/** A URL for a new empty schema on the test server. */
export function freshPostgresUrl(): string {
  if (!postgresUrl) throw new Error('no PostgreSQL test server');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = openPgConnection(postgresUrl);
  try {
    admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    admin.close();
  }
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}
