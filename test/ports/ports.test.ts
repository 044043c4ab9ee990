// The subscription and feed store contracts against every adapter: SQLite in memory, SQLite on a file, PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { createPgFeedStore, createPgSubscriptionStore, openPgConnection } from '../../src/adapters/postgres/index.ts';
import { openSqliteFeedStore, openSqliteSubscriptionStore } from '../../src/adapters/sqlite/index.ts';
import { freshPostgresUrl, postgresUrl } from '../helpers/postgres.ts';
import { runFeedStoreContract } from './feed-store-contract.ts';
import { runSubscriptionContract } from './subscription-store-contract.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-ports-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

runSubscriptionContract('sqlite in memory', () => openSqliteSubscriptionStore(':memory:'));
runSubscriptionContract('sqlite file', () => openSqliteSubscriptionStore(join(tmp, `subs-${++n}.db`)));
runFeedStoreContract('sqlite in memory', () => openSqliteFeedStore(':memory:'));
runFeedStoreContract('sqlite file', () => openSqliteFeedStore(join(tmp, `feeds-${++n}.db`)));

describe.skipIf(!postgresUrl)('PostgreSQL', () => {
  runSubscriptionContract('postgres', () => createPgSubscriptionStore(openPgConnection(freshPostgresUrl())));
  runFeedStoreContract('postgres', () => createPgFeedStore(openPgConnection(freshPostgresUrl())));
});
