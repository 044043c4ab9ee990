// One SQLite connection for every store of a database file (openSqliteStores, which `briefdesk start` uses).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION, openSqliteDatabase, openSqliteStores, openSqliteSubscriptionStore, userVersion } from '../../src/adapters/sqlite/index.ts';
import { openStores } from '../../src/stores.ts';
import { makeDoc, makeStatement } from '../core/store/builders.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-sqlite-stores-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const NOW = new Date('2024-05-01T08:00:00Z');
const RECORD = { platform: 'telegram', channelId: '42', threadId: null, time: '07:30', timeZone: 'UTC', themes: [], speakers: [], whenEmpty: 'skip' } as const;

describe('openSqliteStores', () => {
  it('builds the statement, subscription and feed stores on one connection to a new file, with every table', () => {
    const file = join(tmp, 'nested', 'one.db');
    const stores = openSqliteStores(file);
    const doc = makeDoc();
    stores.statements.batch(() => {
      stores.statements.addDocument(doc, [makeStatement(doc, { text: 'Wheat prices rose' })]);
      // not committed yet: only the same connection sees the statement
      expect(stores.subscriptions.latestStatementSeq()).toBe(1);
    });
    expect(stores.feeds.addFeed('https://example.org/feed.xml', null, NOW.toISOString()).created).toBe(true);
    const sub = stores.subscriptions.upsert(RECORD, { cursor: 1, lastSlot: null }, NOW);
    const run = stores.subscriptions.createRun({ subscriptionId: sub.id, slot: '2024-05-01', fromSeq: 0, toSeq: 1, statements: 1, parts: ['a'] }, NOW);
    expect(stores.subscriptions.recordPart(run.id, 0, 'key-0', NOW).status).toBe('delivered');
    stores.close();

    const db = openSqliteDatabase(file);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT count(*) FROM digest_deliveries').pluck().get()).toBe(1);
    // the delivery record's commit restored the connection's own setting (NORMAL) afterwards
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });

  it('keeps the connection open until the last store closes, whichever order they close in', () => {
    const stores = openSqliteStores(join(tmp, 'order.db'));
    stores.statements.close();
    stores.statements.close(); // twice is harmless and does not count as another store letting go
    expect(stores.feeds.listFeeds()).toEqual([]);
    stores.feeds.close();
    expect(stores.subscriptions.list()).toEqual([]);
    stores.subscriptions.close();
    expect(() => stores.subscriptions.list()).toThrow(/not open/);
    stores.close(); // after every store: nothing left to do
  });

  it('is what stores.ts opens for an SQLite file, and sees what another connection wrote', () => {
    const file = join(tmp, 'shared.db');
    const stores = openStores(file);
    const other = openSqliteSubscriptionStore(file);
    other.upsert(RECORD, { cursor: 0, lastSlot: null }, NOW);
    expect(stores.subscriptions.list().map((s) => s.id)).toEqual(['telegram:42']);
    other.close();
    stores.close();
  });
});
