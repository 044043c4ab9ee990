// Runs the store contract against SQLite (memory and file) plus SQLite-only checks: pragmas, migrations, speed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore, LATEST_VERSION, migrate, MIGRATIONS, openSqliteStore, userVersion, type Migration } from '../../../src/adapters/sqlite/index.ts';
import type { QuoteHit } from '../../../src/core/model.ts';
import { makeDoc, makeQuery, makeStatement } from './builders.ts';
import { runStoreContract } from './store-contract.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let fileCounter = 0;

/** FTS5's own check that the external-content index matches the statements table. */
function expectFtsIntact(db: Database.Database): void {
  expect(() => db.exec("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
}

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
    // Rows added after the upgrade are indexed too.
    const doc = makeDoc();
    store.addDocument(doc, [makeStatement(doc, { text: 'New negotiations begin' })]);
    expect(store.search(makeQuery({ terms: ['negotiations'] }), 5)).toHaveLength(2);
    store.close();
  });

  it('upgrades a version-4 database: drops the per-row FTS trigger and de-duplicates source contexts', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 4));
    db.exec(`
      INSERT INTO documents (id, content_hash, url, title, outlet, date, path, added_at) VALUES
        ('d1', 'h1', NULL, 'A', 'TASS', '2020-05-01', NULL, 'x'),
        ('d2', 'h2', NULL, 'B', 'Reuters', '2020-05-02', NULL, 'x');
      INSERT INTO statements (id, speaker, speaker_mention, cue, kind, text, context, span_start, span_end,
                              date, outlet, url, added_at, first_doc_id)
        VALUES ('s1', 'Sergey Lavrov', 'Lavrov', 'said', 'direct', 'Grain deal talk', 'ctx one', 0, 5,
                '2020-05-01', 'TASS', NULL, 'x', 'd1');
      INSERT INTO statement_sources VALUES (1, 'd1', 0, 5, 'Lavrov', 'said', 'ctx one', '2020-05-01');
      INSERT INTO statement_sources VALUES (1, 'd2', 3, 8, 'he', 'stated', 'ctx two', '2020-05-02');
    `);
    const store = createSqliteStore(db, { onSearchError: rethrow });
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'statements_fts_ai'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT doc_id, context FROM statement_sources ORDER BY rowid').all()).toEqual([
      { doc_id: 'd1', context: null },
      { doc_id: 'd2', context: 'ctx two' },
    ]);
    expect(store.getStatement('s1')?.sources.map((s) => s.docId)).toEqual(['d1', 'd2']);
    const doc = makeDoc();
    store.addDocument(doc, [makeStatement(doc, { text: 'Another grain remark' })]);
    expect(store.search(makeQuery({ terms: ['grain'] }), 5)).toHaveLength(2);
    expectFtsIntact(db);
    store.close();
  });

  it('upgrades a version-7 database: fills outlet_keys from every source, so from: finds re-reported statements', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 7));
    db.exec(`
      INSERT INTO documents (id, content_hash, url, title, outlet, date, path, added_at) VALUES
        ('d1', 'h1', NULL, 'A', 'TASS', '2020-05-01', NULL, 'x'),
        ('d2', 'h2', NULL, 'B', 'Reuters', '2020-05-02', NULL, 'x'),
        ('d3', 'h3', NULL, 'C', NULL, '2020-05-03', NULL, 'x');
      INSERT INTO statements (id, speaker, speaker_mention, cue, kind, text, context, span_start, span_end,
                              date, outlet, url, added_at, first_doc_id) VALUES
        ('s1', 'A B', 'A', 'said', 'direct', 'Wheat prices rise', 'c', 0, 1, '2020-05-01', 'TASS', NULL, 'x', 'd1'),
        ('s2', 'C D', 'C', 'said', 'direct', 'Wheat stocks fall', 'c', 0, 1, '2020-05-03', NULL, NULL, 'x', 'd3');
      INSERT INTO statement_sources VALUES (1, 'd1', 0, 1, 'A', 'said', NULL, NULL), (1, 'd2', 0, 1, 'A', 'said', 'x', NULL),
                                           (2, 'd3', 0, 1, 'C', 'said', NULL, NULL);
      INSERT INTO statements_fts (statements_fts) VALUES ('rebuild'); -- raw inserts bypass the store's indexing
    `);
    const store = createSqliteStore(db, { onSearchError: rethrow });
    expect(db.prepare('SELECT outlet_keys FROM statements ORDER BY seq').pluck().all()).toEqual(['|tass|reuters|', '']);
    expect(store.search(makeQuery({ outlet: 'REUTERS', terms: ['wheat'] }), 5).map((h) => h.statement.id)).toEqual(['s1']);
    expect(store.search(makeQuery({ outlet: 'tass' }), 5).map((h) => h.statement.id)).toEqual(['s1']);
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

describe('cached aggregates', () => {
  it('speakerCounts and stats follow writes from this and from other connections', () => {
    const file = join(tmp, `aggregates-${++fileCounter}.db`);
    const a = openSqliteStore(file);
    const b = openSqliteStore(file);
    expect(a.speakerCounts()).toEqual([]);
    expect(a.stats().statements).toBe(0);
    const d1 = makeDoc();
    a.addDocument(d1, [makeStatement(d1, { speaker: 'Dmitry Peskov' })]);
    expect(a.speakerCounts()).toEqual([{ name: 'Dmitry Peskov', statements: 1 }]);
    const d2 = makeDoc({ outlet: 'Reuters' });
    b.addDocument(d2, [makeStatement(d2, { speaker: 'Dmitry Peskov' }), makeStatement(d2, { speaker: 'Sergey Lavrov' })]);
    expect(a.speakerCounts()).toEqual([
      { name: 'Dmitry Peskov', statements: 2 },
      { name: 'Sergey Lavrov', statements: 1 },
    ]);
    expect(a.stats()).toMatchObject({ documents: 2, statements: 3, speakers: 2 });
    // Callers may not corrupt the cache by mutating what they got.
    (a.speakerCounts() as { statements: number }[])[0]!.statements = 99;
    expect(a.speakerCounts()[0]?.statements).toBe(2);
    a.close();
    b.close();
  });
});

describe('full-text index', () => {
  it('stays consistent with the statements table through merges, batches and failed documents', () => {
    const db = new Database(':memory:');
    const store = createSqliteStore(db);
    const a = makeDoc();
    const b = makeDoc();
    store.addDocument(a, [makeStatement(a, { text: 'Shared words' }), makeStatement(a)]);
    store.batch(() => {
      store.addDocument(b, [makeStatement(b, { text: 'Shared words' }), makeStatement(b)]);
      const c = makeDoc();
      expect(() => store.addDocument(c, [makeStatement(c), { ...makeStatement(c), kind: 'x' as unknown as 'direct' }])).toThrow();
    });
    expect(store.stats().statements).toBe(3);
    expect(db.prepare('SELECT count(*) FROM statements_fts').pluck().get()).toBe(3);
    expectFtsIntact(db);
    store.close();
  });
});

describe('search fast path', () => {
  // Same database, two connections: one with the FTS-only fast path, one with the plain SQL query.
  function pair() {
    const file = join(tmp, `paths-${++fileCounter}.db`);
    const fast = openSqliteStore(file, { onSearchError: rethrow });
    const slow = openSqliteStore(file, { onSearchError: rethrow, fastSearch: false });
    return { fast, slow };
  }

  it('returns exactly what the plain SQL query returns, ties and pages included', () => {
    const { fast, slow } = pair();
    const speakers = ['Sergey Lavrov', 'Sergey Lavrov Jr', 'Maria Zakharova', 'Dmitry Peskov'];
    const words = ['gas', 'nato', 'grain', 'talks'];
    const outlets = ['TASS', 'Reuters', 'RIA Novosti'];
    for (let d = 0; d < 150; d++) {
      const doc = makeDoc({ date: d % 7 === 0 ? null : `2021-0${(d % 9) + 1}-1${d % 10}`, outlet: outlets[d % 3] ?? null });
      const statements = Array.from({ length: 5 }, (_, i) =>
        makeStatement(doc, {
          speaker: speakers[(d + i) % speakers.length] ?? null,
          // Many identical texts (rank ties) and a few distinct ones.
          text: i < 3 ? `Remark on ${words[i % words.length]} and ${words[(i + 1) % words.length]}` : `Remark ${d}-${i} on ${words[d % 4]}`,
          context: i < 3 ? 'Same context.' : `Context ${'and more '.repeat(d < 75 ? 0 : (d * i) % 11)}${d}`,
        }),
      );
      const unique = statements.filter((s, i, all) => all.findIndex((o) => o.id === s.id) === i);
      const themes = new Map(unique.filter((_, i) => (d + i) % 3 === 0).map((s) => [s.id, [{ theme: 'Energy', score: 0.5 }]]));
      fast.addDocument(doc, unique, themes);
    }
    // 200 statements with exactly the same score for "identical": a tie wider than the fast path fetches.
    for (let d = 0; d < 20; d++) {
      const doc = makeDoc({ date: d % 3 === 0 ? null : `2020-01-${String(d + 1).padStart(2, '0')}` });
      fast.addDocument(
        doc,
        Array.from({ length: 10 }, (_, i) => makeStatement(doc, { speaker: `Clone ${d}-${i}`, text: 'An identical sentence', context: 'Same.' })),
      );
    }
    const ids = (hits: readonly QuoteHit[]) => hits.map((h) => h.statement.id);
    let compared = 0;
    const filters = [{}, { since: '2021-04' }, { until: '2021-05-15', outlet: 'reuters' }, { theme: 'energy' }];
    for (const filter of filters) {
      for (const speaker of [[], ['Sergey Lavrov'], ['Maria Zakharova', 'Dmitry Peskov'], ['Nobody']]) {
        for (const terms of [['gas'], ['nato', 'grain'], ['remark'], ['talks', 'zzz'], ['zzz'], ['identical']]) {
          for (const [limit, offset] of [[1, 0], [3, 0], [3, 2], [10, 0], [10, 5], [50, 0], [20, 200]] as const) {
            const q = makeQuery({ speakers: speaker, terms, ...filter });
            const a = fast.search(q, limit, offset);
            expect(ids(a)).toEqual(ids(slow.search(q, limit, offset)));
            compared += a.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
    const lavrov = fast.search(makeQuery({ speakers: ['Sergey Lavrov'], terms: ['remark'] }), 50);
    expect(new Set(lavrov.map((h) => h.statement.speaker))).toEqual(new Set(['Sergey Lavrov']));
    fast.close();
    slow.close();
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
