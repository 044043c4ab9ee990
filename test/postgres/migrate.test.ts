// `briefdesk migrate --to postgres://…`: an SQLite database copied into PostgreSQL, resumed after an interruption,
// verified by counts, and answering the same searches afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runMigrateCommand } from '../../src/adapters/migrate/command.ts';
import { copySqliteToPostgres } from '../../src/adapters/migrate/copy.ts';
import { createPgFeedStore, createPgStatementStore, createPgSubscriptionStore, openPgConnection } from '../../src/adapters/postgres/index.ts';
import { openSqliteFeedStore, openSqliteStore, openSqliteSubscriptionStore } from '../../src/adapters/sqlite/index.ts';
import { makeDoc, makeQuery, makeStatement } from '../core/store/builders.ts';
import { freshPostgresUrl, postgresUrl } from '../helpers/postgres.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-migrate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

/** An SQLite file with a bit of everything: statements from two outlets, themes, speakers, a digest run, a feed. */
function sqliteFixture(): string {
  const file = join(tmp, `source-${++n}.db`);
  const store = openSqliteStore(file);
  const tass = makeDoc({ outlet: 'TASS', date: '2021-10-15', text: 'Body of the TASS story with résumé' });
  const reuters = makeDoc({ outlet: 'Reuters', date: '2021-12-20' });
  const shared = 'NATO expansion is a red line';
  store.addDocument(tass, [makeStatement(tass, { text: shared }), makeStatement(tass, { text: 'Grain exports will continue', speaker: 'Dmitry Peskov' })]);
  const st = makeStatement(reuters, { text: 'Sanctions will not work', speaker: 'Jens Stoltenberg' });
  store.addDocument(reuters, [makeStatement(reuters, { text: shared }), st], new Map([[st.id, [{ theme: 'sanctions', score: 0.8 }]]]));
  store.saveSpeakers([{ name: 'Sergey Lavrov', kind: 'person', aliases: ['Lavrov'], roles: [{ title: 'Foreign Minister', from: '2004-03-09' }], affiliation: 'Russia' }]);
  store.close();
  const subs = openSqliteSubscriptionStore(file);
  const sub = subs.upsert({ platform: 'telegram', channelId: '-100', threadId: null, time: '07:30', timeZone: 'Europe/Berlin', themes: ['sanctions'], speakers: [], whenEmpty: 'skip' }, { cursor: 1, lastSlot: null }, new Date('2026-03-01T00:00:00Z'));
  const run = subs.createRun({ subscriptionId: sub.id, slot: '2026-03-01', fromSeq: 1, toSeq: 3, statements: 2, parts: ['a', 'b'] }, new Date('2026-03-01T06:30:00Z'));
  subs.recordPart(run.id, 0, 'key-0', new Date('2026-03-01T06:30:01Z'));
  subs.close();
  const feeds = openSqliteFeedStore(file);
  const { feed } = feeds.addFeed('https://news.example/rss', 'News', '2026-03-01T00:00:00.000Z');
  feeds.saveItem({ feedId: feed.id, guid: 'g1', url: 'https://news.example/1', contentHash: tass.contentHash, title: 'One', docId: tass.id, status: 'ingested', note: null, at: '2026-03-01T00:00:00.000Z', newStatements: 2 });
  feeds.close();
  return file;
}

describe.skipIf(!postgresUrl)('migrate SQLite → PostgreSQL', () => {
  it('copies every table, resumes after an interruption, and verifies the counts', () => {
    const file = sqliteFixture();
    const url = freshPostgresUrl();
    const conn = openPgConnection(url);
    expect(() =>
      copySqliteToPostgres(file, conn, (table) => {
        if (table === 'statement_sources') throw new Error('connection lost');
      }),
    ).toThrow('connection lost');
    const resumed = copySqliteToPostgres(file, conn);
    expect(resumed.verified).toBe(true);
    const byTable = new Map(resumed.tables.map((t) => [t.table, t]));
    expect(byTable.get('documents')).toMatchObject({ source: 2, target: 2, sent: 0 }); // copied before the interruption
    expect(byTable.get('statements')).toMatchObject({ source: 3, target: 3, sent: 0 });
    expect(byTable.get('statement_sources')).toMatchObject({ source: 4, target: 4 });
    for (const table of ['statement_themes', 'speakers', 'subscriptions', 'digest_runs', 'digest_deliveries', 'feeds', 'feed_items']) {
      expect(byTable.get(table)).toMatchObject({ source: 1, target: 1 });
    }
    // once more: nothing new, still verified
    expect(copySqliteToPostgres(file, conn).verified).toBe(true);
    conn.close();

    const sqlite = openSqliteStore(file);
    const pg = createPgStatementStore(openPgConnection(url));
    for (const q of [makeQuery({ terms: ['red', 'line'] }), makeQuery({ outlet: 'reuters' }), makeQuery({ theme: 'sanctions' }), makeQuery({ speakers: ['Dmitry Peskov'] })]) {
      expect(pg.search(q, 10).map((h) => h.statement)).toEqual(sqlite.search(q, 10).map((h) => h.statement));
    }
    expect(pg.statementsSince(0)).toEqual(sqlite.statementsSince(0));
    expect(pg.loadSpeakers()).toEqual(sqlite.loadSpeakers());
    expect([...(pg.documents?.() ?? [])]).toEqual([...(sqlite.documents?.() ?? [])]);
    // new rows continue after the copied ids
    const last = Math.max(...sqlite.statementsSince(0).map((s) => s.seq));
    const later = makeDoc();
    pg.addDocument(later, [makeStatement(later, { text: 'After the move' })]);
    expect(pg.statementsSince(last).map((s) => s.text)).toEqual(['After the move']);
    sqlite.close();
    pg.close();

    const subs = createPgSubscriptionStore(openPgConnection(url));
    const [sub] = subs.list();
    expect(sub).toMatchObject({ id: 'telegram:-100', themes: ['sanctions'], cursor: 1 });
    const [run] = subs.pendingRuns('telegram:-100');
    expect([...subs.deliveredParts(run?.id ?? 0)]).toEqual([0]);
    expect(subs.recordPart(run?.id ?? 0, 1, 'key-1', new Date('2026-03-01T06:31:00Z')).status).toBe('delivered');
    expect(subs.get('telegram:-100')?.cursor).toBe(3);
    subs.close();
    const feeds = createPgFeedStore(openPgConnection(url));
    expect(feeds.listFeeds()).toMatchObject([{ url: 'https://news.example/rss', itemsSeen: 1, documentsAdded: 1, statementsAdded: 2 }]);
    expect(feeds.addFeed('https://other.example/rss', null, '2026-03-02T00:00:00.000Z').feed.id).toBe(2);
    feeds.close();
  });

  it('answers bad usage clearly and refuses a database holding other data', () => {
    const usage = (message: string) => new Error(`usage: ${message}`);
    const out = new PassThrough();
    expect(() => runMigrateCommand([], out, { defaultDb: 'x.db', usage })).toThrow(/needs --to with a PostgreSQL URL/);
    expect(() => runMigrateCommand(['--to', 'mysql://x'], out, { defaultDb: 'x.db', usage })).toThrow(/needs --to with a PostgreSQL URL/);
    expect(() => runMigrateCommand(['--to', postgresUrl], out, { defaultDb: 'postgres://a/b', usage })).toThrow(/copies an SQLite file/);
    expect(() => runMigrateCommand(['--to', postgresUrl, '--db', join(tmp, 'missing.db')], out, { defaultDb: 'x.db', usage })).toThrow(/no SQLite database at/);
    const url = freshPostgresUrl();
    const pg = createPgStatementStore(openPgConnection(url));
    const doc = makeDoc();
    pg.addDocument(doc, [makeStatement(doc)]);
    pg.close();
    expect(() => runMigrateCommand(['--to', url, '--db', sqliteFixture()], out, { defaultDb: 'x.db', usage })).toThrow(/already holds documents that did not come from this SQLite file/);
  });

  it('prints a line per table and exits 0 when verified', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const code = runMigrateCommand(['--to', freshPostgresUrl(), '--db', sqliteFixture()], out, { defaultDb: 'x.db', usage: (m) => new Error(m) });
    expect(code).toBe(0);
    expect(text).toMatch(/^statements: 3 in SQLite, 3 in PostgreSQL \(3 copied now\) ok$/m);
    expect(text).toMatch(/verified: every table holds the same number of rows/);
  });
});
