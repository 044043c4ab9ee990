// Runs the store contract against SQLite (memory and file) plus SQLite-only checks: pragmas, migrations, speed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, type Migration, migrate, userVersion } from '../../../src/core/store/migrations.ts';
import { createSqliteStore, openSqliteStore } from '../../../src/core/store/sqlite-store.ts';
import { makeDoc, makeQuery, makeStatement } from './builders.ts';
import { runStoreContract } from './store-contract.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let fileCounter = 0;

// Swallowed search errors are rethrown in tests: the escaping must make them impossible, not merely hidden.
const rethrow = (error: unknown) => {
  throw error;
};

runStoreContract('sqlite in memory', () => openSqliteStore(':memory:', { onSearchError: rethrow }));
runStoreContract('sqlite file', () => openSqliteStore(join(tmp, `contract-${++fileCounter}.db`), { onSearchError: rethrow }));

describe('openSqliteStore', () => {
  it('creates the parent directory and sets the pragmas', () => {
    const file = join(tmp, 'nested', 'deeper', 'store.db');
    openSqliteStore(file).close();
    const db = new Database(file);
    createSqliteStore(db);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(userVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('keeps data across reopen', () => {
    const file = join(tmp, 'reopen.db');
    const doc = makeDoc();
    const st = makeStatement(doc, { text: 'Persisted words about wheat' });
    const first = openSqliteStore(file);
    first.addDocument(doc, [st]);
    first.close();
    const second = openSqliteStore(file);
    expect(second.search(makeQuery({ terms: ['wheat'] }), 5).map((h) => h.statement.id)).toEqual([st.id]);
    expect(second.addDocument(doc, [st]).added).toBe(false);
    second.close();
  });

  it('swallows SqliteErrors in search by default and reports them to onSearchError', () => {
    const db = new Database(':memory:');
    const seen: unknown[] = [];
    const store = createSqliteStore(db, { onSearchError: (e) => seen.push(e) });
    db.exec('DROP TABLE statements_fts'); // simulate a broken index
    expect(store.search(makeQuery({ terms: ['nato'] }), 5)).toEqual([]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Database.SqliteError);
    store.close();
  });
});

describe('migrations', () => {
  it('are ordered with unique versions', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(LATEST_VERSION).toBe(versions[versions.length - 1]);
  });

  it('upgrades a version-1 database with data, indexing existing statements for search', () => {
    const db = new Database(':memory:');
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toBe(1);
    db.exec(`
      INSERT INTO documents (id, content_hash, url, title, outlet, date, path, added_at)
        VALUES ('d1', 'h1', 'https://old.example/1', 'Old', 'TASS', '2020-05-01', NULL, '2020-05-01T00:00:00Z');
      INSERT INTO statements (id, speaker, speaker_mention, cue, kind, text, context, span_start, span_end,
                              date, outlet, url, added_at, first_doc_id)
        VALUES ('s1', 'Sergey Lavrov', 'Lavrov', 'said', 'direct', 'Old negotiations stalled', 'ctx', 0, 5,
                '2020-05-01', 'TASS', 'https://old.example/1', '2020-05-01T00:00:00Z', 'd1');
      INSERT INTO statement_sources VALUES (1, 'd1', 0, 5, 'Lavrov', 'said', 'ctx', '2020-05-01');
    `);
    const store = createSqliteStore(db, { onSearchError: rethrow });
    expect(userVersion(db)).toBe(LATEST_VERSION);
    const hits = store.search(makeQuery({ speakers: ['Sergey Lavrov'], terms: ['negotiation'] }), 5);
    expect(hits.map((h) => h.statement.id)).toEqual(['s1']);
    expect(hits[0]?.statement.sources.map((s) => s.outlet)).toEqual(['TASS']);
    // New rows after the upgrade are indexed by the triggers.
    const doc = makeDoc();
    store.addDocument(doc, [makeStatement(doc, { text: 'New negotiations begin' })]);
    expect(store.search(makeQuery({ terms: ['negotiations'] }), 5)).toHaveLength(2);
    store.close();
  });

  it('rolls back a failing migration and keeps the previous version', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, description: 'broken', sql: 'CREATE TABLE half_done (x); SELECT * FROM missing_table;' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database from a newer program version', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    expect(() => createSqliteStore(db)).toThrow(/newer/);
    db.close();
  });
});

describe('ingest speed', () => {
  // Throughput is measured by `npm run bench`; this checks that a bulk load of 1,000 documents stores everything.
  it('stores a bulk load of 1,000 documents with 20,000 statements', () => {
    const store = openSqliteStore(join(tmp, 'speed.db'));
    const words = ['nato', 'grain', 'sanctions', 'talks', 'security', 'refugees', 'border', 'gas', 'treaty', 'missile'];
    const batches = Array.from({ length: 1000 }, (_, d) => {
      const doc = makeDoc({ outlet: d % 2 ? 'TASS' : 'Reuters', date: `2021-${String((d % 12) + 1).padStart(2, '0')}-10` });
      const statements = Array.from({ length: 20 }, (_, i) =>
        makeStatement(doc, {
          speaker: `Speaker ${(d * 7 + i) % 50}`,
          text: `Statement ${d}-${i} on ${words[(d + i) % 10]} and ${words[(d * 3 + i) % 10]} with enough words to look like a real quote`,
        }),
      );
      return { doc, statements };
    });
    for (const { doc, statements } of batches) store.addDocument(doc, statements);
    expect(store.stats().statements).toBe(20_000);
    expect(store.stats().documents).toBe(1_000);
    store.close();
  });
});
