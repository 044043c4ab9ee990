// The ranking writer's champion lists (src/adapters/sqlite/ranking-write.ts) on a small store: a list made in the
// middle of a batch holds each statement once, and the best ones; batches run with a larger page cache.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_KIB, CHECKPOINT_PAGES, createSqliteStore, INGEST_CACHE_KIB, INGEST_CHECKPOINT_PAGES, openSqliteStore } from '../../src/adapters/sqlite/index.ts';
import { makeDoc, makeQuery, makeStatement, SMALL } from '../core/store/builders.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-ranking-write-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FILLER = ['markets', 'weather', 'harvest', 'transport', 'schools', 'budget', 'tourism', 'football', 'railways', 'ports'];

describe('ranking writer', () => {
  it('makes a list in the batch that takes a word past listFrom with each statement once, at most listSize of them', () => {
    const file = join(tmp, 'lists.db');
    const store = openSqliteStore(file, { rankingLimits: { listFrom: 20, listSize: 15 } });
    // One batch of 60 statements holding "pipeline" once or twice among 3 to 40 other words: their bm25 shares
    // differ in every digit, as on a real list.
    store.batch(() => {
      for (let d = 0; d < 6; d++) {
        const doc = makeDoc({ date: `2021-05-${String(d + 1).padStart(2, '0')}` });
        const statements = Array.from({ length: 10 }, (_, i) => {
          const n = 3 + ((d * 10 + i) * 7) % 38;
          const words = Array.from({ length: n }, (_, k) => FILLER[(k * 3 + i + d) % FILLER.length]).join(' ');
          const twice = (d + i) % 3 === 0 ? ' pipeline' : '';
          return makeStatement(doc, { text: `The pipeline ${words}${twice} ${d}-${i}`, context: `Context ${d} ${i}.`, speaker: 'Alexander Novak' });
        });
        store.addDocument(doc, statements);
      }
    });
    store.close();
    const db = new Database(file, { readonly: true });
    const term = db.prepare<[], { id: number; listed: number }>("SELECT id, listed FROM rank_terms WHERE word = 'pipeline'").get();
    expect(term).toBeDefined();
    const rows = db.prepare<[number], { seq: number; impact: number }>('SELECT seq, impact FROM rank_top WHERE term_id = ? ORDER BY impact DESC').all(term?.id ?? -1);
    db.close();
    expect(rows).toHaveLength(15);
    expect(new Set(rows.map((r) => r.seq)).size).toBe(rows.length);
    expect(term?.listed).toBe(15);
  });
});

describe('ingest batches', () => {
  it('run with the larger page cache and rarer checkpoints and give them back afterwards, also when the batch fails', () => {
    const db = new Database(join(tmp, 'cache.db'));
    const store = createSqliteStore(db);
    const settings = () => [Number(db.pragma('cache_size', { simple: true })), Number(db.pragma('wal_autocheckpoint', { simple: true }))];
    expect(settings()).toEqual([-CACHE_KIB, CHECKPOINT_PAGES]);
    const seen = store.batch(() => {
      const doc = makeDoc({});
      store.addDocument(doc, [makeStatement(doc, { text: 'The pipeline will be finished by May.' })]);
      return store.batch(() => settings()); // a nested batch is part of the outer one
    });
    expect(seen).toEqual([-INGEST_CACHE_KIB, INGEST_CHECKPOINT_PAGES]);
    expect(settings()).toEqual([-CACHE_KIB, CHECKPOINT_PAGES]);
    expect(() =>
      store.batch(() => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(settings()).toEqual([-CACHE_KIB, CHECKPOINT_PAGES]);
    expect(store.stats().statements).toBe(1);
    store.close();
  });
});

describe('batched and single-document ingest', () => {
  it('give the same ranking tables and the same answers', () => {
    const docs = Array.from({ length: 12 }, (_, d) => {
      const doc = makeDoc({ date: `2021-06-${String(d + 1).padStart(2, '0')}` });
      const statements = Array.from({ length: 8 }, (_, i) => {
        const n = 2 + ((d * 8 + i) * 5) % 17;
        const words = Array.from({ length: n }, (_, k) => FILLER[(k * 7 + i + d) % FILLER.length]).join(' ');
        const extra = (d + i) % 4 === 0 ? ' pipeline sanctions' : (d + i) % 3 === 0 ? ' sanctions' : '';
        return makeStatement(doc, { text: `The pipeline ${words}${extra} ${d}-${i}`, context: `Context ${d} ${i}.`, speaker: i % 2 ? 'Alexander Novak' : 'Maria Zakharova' });
      });
      return { doc, statements };
    });
    const batched = openSqliteStore(join(tmp, 'batched.db'), SMALL);
    batched.batch(() => {
      for (const { doc, statements } of docs) batched.addDocument(doc, statements);
    });
    const single = openSqliteStore(join(tmp, 'single.db'), SMALL);
    for (const { doc, statements } of docs) single.addDocument(doc, statements);
    const queries = [
      makeQuery({ terms: ['pipeline'] }),
      makeQuery({ terms: ['sanctions'] }),
      makeQuery({ terms: ['pipeline', 'sanctions'] }),
      makeQuery({ terms: ['markets'], speakers: ['Alexander Novak'] }),
      makeQuery({ phrases: ['pipeline sanctions'] }),
    ];
    for (const q of queries) {
      const a = batched.search(q, 10).map((h) => h.statement.id);
      expect(a.length).toBeGreaterThan(0);
      expect(a).toEqual(single.search(q, 10).map((h) => h.statement.id));
    }
    batched.close();
    single.close();
    const tables = (file: string) => {
      const db = new Database(file, { readonly: true });
      const terms = db.prepare('SELECT term, df FROM rank_terms ORDER BY term').all();
      const rows = db.prepare('SELECT seq, len, speaker, day, sig0, sig1, sig2, sig3 FROM rank_rows ORDER BY seq').all();
      const listed = db.prepare('SELECT t.term, count(*) AS n FROM rank_top p JOIN rank_terms t ON t.id = p.term_id GROUP BY t.term ORDER BY t.term').all();
      db.close();
      return { terms, rows, listed };
    };
    const b = tables(join(tmp, 'batched.db'));
    const s = tables(join(tmp, 'single.db'));
    expect(b.terms).toEqual(s.terms);
    expect(b.rows).toEqual(s.rows);
    expect(b.listed.map((r) => (r as { term: string }).term)).toEqual(s.listed.map((r) => (r as { term: string }).term));
  });
});

describe('ranking rows of a batch', () => {
  it('are those catch-up reads from the stored statements, outlets added later in the batch included', () => {
    // The batch hands the ranking writer the rows it stored instead of reading them back: a statement that another
    // outlet reports later in the same batch must carry both outlets, and a document undone in the batch nothing.
    const file = join(tmp, 'outlets.db');
    const store = openSqliteStore(file, SMALL);
    const outlets = ['TASS', 'Reuters', 'Xinhua', 'TASS', 'AFP'];
    store.batch(() => {
      for (let d = 0; d < 10; d++) {
        const doc = makeDoc({ outlet: outlets[d % outlets.length] as string, date: `2021-07-${String(d + 1).padStart(2, '0')}` });
        // statements 0-2 of every document are the same quotes (merged into the first one's rows); 3-5 its own
        const statements = Array.from({ length: 6 }, (_, i) =>
          makeStatement(doc, { text: i < 3 ? `The pipeline ${FILLER[i]} will open ${i}` : `The pipeline ${FILLER[(d + i) % FILLER.length]} ${d}-${i}`, speaker: 'Alexander Novak' }),
        );
        if (d === 6) {
          // a document whose write fails after its statements: undone alone (its outlet, Interfax, never lands)
          const broken = [...statements, { ...(statements[0] as (typeof statements)[number]), id: 'x', kind: 'neither' as 'direct' }];
          expect(() => store.addDocument({ ...doc, outlet: 'Interfax' }, broken)).toThrow();
          continue;
        }
        store.addDocument(doc, statements);
      }
    });
    store.close();
    const tables = (db: Database.Database) => ({
      terms: db.prepare('SELECT term, df FROM rank_terms ORDER BY term').all(),
      rows: db.prepare('SELECT seq, len, speaker, day, sig0, sig1, sig2, sig3 FROM rank_rows ORDER BY seq').all(),
      state: db.prepare('SELECT ranked_to, rows, tokens FROM rank_state').all(),
    });
    const db = new Database(file);
    const written = tables(db);
    expect(db.prepare("SELECT outlet_keys FROM statements WHERE text = 'The pipeline markets will open 0'").pluck().get()).toBe('|tass|reuters|xinhua|afp|');
    // the same tables from the stored rows: emptied, then caught up when the store opens
    db.exec("DELETE FROM rank_terms; DELETE FROM rank_top; DELETE FROM rank_rows; UPDATE rank_state SET ranked_to = 0, rows = 0, tokens = 0");
    db.close();
    openSqliteStore(file, SMALL).close();
    const again = new Database(file, { readonly: true });
    expect(tables(again)).toEqual(written);
    again.close();
  });
});
