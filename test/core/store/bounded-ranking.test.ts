// Bounded ranking on a small store made to behave like a big one (tiny champion lists, no budget for full
// ranking): what it finds, when it is exact, how it scores, and that the ranking tables follow the index.
// The same database file is read through a second connection that ranks every match (full ranking).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { QuoteHit, QuoteQuery } from '../../../src/core/model.ts';
import { indexToken } from '../../../src/core/query/fts-tokens.ts';
import { openSqliteStore, type SqliteStatementStore } from '../../../src/adapters/sqlite/index.ts';
import { makeDoc, makeQuery, makeStatement, SMALL, rethrow } from './builders.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-bounded-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let files = 0;


function pair(): { bounded: SqliteStatementStore; full: SqliteStatementStore; file: string } {
  const file = join(tmp, `bounded-${++files}.db`);
  const bounded = openSqliteStore(file, SMALL);
  const full = openSqliteStore(file, { boundedSearch: false, onSearchError: rethrow });
  return { bounded, full, file };
}

const ids = (hits: readonly QuoteHit[]) => hits.map((h) => h.statement.id);
const FILLER = ['markets', 'weather', 'harvest', 'transport', 'schools', 'budget', 'tourism', 'football'];

/** 30 days of news: each day one document, `perDay` statements that mention `word` once, in their context. */
function fill(store: SqliteStatementStore, word: string, perDay = 8, speakers = ['Dmitry Peskov', 'Maria Zakharova']): void {
  for (let day = 1; day <= 30; day++) {
    const doc = makeDoc({ date: `2021-05-${String(day).padStart(2, '0')}` });
    store.addDocument(
      doc,
      Array.from({ length: perDay }, (_, i) =>
        makeStatement(doc, {
          speaker: speakers[(day + i) % speakers.length] ?? null,
          text: `Remarks ${day}.${i} on ${FILLER[(day + i) % FILLER.length]} and ${FILLER[(day * 3 + i) % FILLER.length]} for the coming season`,
          context: `Speaking about ${word} on day ${day}, the official added remarks ${i}.`,
        }),
      ),
    );
  }
}

describe('bounded ranking', () => {
  it('finds the best statement of a common word even when it is old (its champion list), not just the newest', () => {
    const { bounded, full } = pair();
    const early = makeDoc({ date: '2019-01-01' });
    bounded.addDocument(early, [makeStatement(early, { text: 'Gas, gas and more gas', speaker: 'Alexander Novak', context: 'Short.' })]);
    fill(bounded, 'gas');
    const q = makeQuery({ terms: ['gas'] });
    const before = bounded.searchCounts().bounded;
    const top = bounded.search(q, 3);
    expect(bounded.searchCounts().bounded).toBe(before + 1);
    expect(top[0]?.statement.text).toBe('Gas, gas and more gas');
    expect(ids(top)).toEqual(ids(full.search(q, 3)));
    bounded.close();
    full.close();
  });

  it('scores with FTS5’s own bm25: the same statements get the same scores as in full ranking', () => {
    const { bounded, full } = pair();
    fill(bounded, 'grain');
    const q = makeQuery({ terms: ['grain', 'remarks'] });
    const a = bounded.search(q, 10);
    const b = new Map(full.search(q, 240).map((h) => [h.statement.id, h.score]));
    expect(a.length).toBe(10);
    for (const hit of a) expect(hit.score).toBe(b.get(hit.statement.id));
    bounded.close();
    full.close();
  });

  it('is exact when the newest matches are all the matches', () => {
    const { bounded, full } = pair();
    fill(bounded, 'grain');
    const doc = makeDoc();
    bounded.addDocument(doc, [
      makeStatement(doc, { text: 'Wheat exports to Egypt resume', context: 'On grain and wheat.' }),
      makeStatement(doc, { text: 'Wheat prices fell in May', context: 'Markets.' }),
    ]);
    for (const q of [makeQuery({ terms: ['wheat'] }), makeQuery({ terms: ['grain', 'wheat'] }), makeQuery({ phrases: ['wheat prices'] })]) {
      const hits = bounded.search(q, 10);
      expect(ids(hits)).toEqual(ids(full.search(q, 10)));
      expect(hits.map((h) => h.score)).toEqual(full.search(q, 10).map((h) => h.score));
    }
    bounded.close();
    full.close();
  });

  it('ranks two common words that are seldom together exactly, the way FTS5 ranks a rare word', () => {
    // Ranking every match is allowed up to 100 µs: each word alone (240 statements) is over, the two together are not.
    const file = join(tmp, `bounded-${++files}.db`);
    const bounded = openSqliteStore(file, { ...SMALL, boundedSearch: { ...SMALL.boundedSearch, exactBudgetUs: 100 } });
    const full = openSqliteStore(file, { boundedSearch: false, onSearchError: rethrow });
    fill(bounded, 'grain');
    for (let day = 1; day <= 30; day++) {
      const doc = makeDoc({ date: `2021-06-${String(day).padStart(2, '0')}` });
      bounded.addDocument(doc, Array.from({ length: 8 }, (_, i) => makeStatement(doc, { text: `Harbour ${day}.${i} busy`, context: `Ports ${day}.${i}.` })));
    }
    // Together in 14 statements only. The best names each word twice in a long statement, and is the oldest.
    const first = makeDoc({ date: '2021-01-01' });
    const best = `Grain and more grain reached the harbour, the harbour master said ${'after a very long wait '.repeat(3)}`;
    bounded.addDocument(first, [makeStatement(first, { text: best, context: 'Ports.' })]);
    for (let i = 1; i < 14; i++) {
      const doc = makeDoc({ date: `2021-07-${String(i).padStart(2, '0')}` });
      const text = `The grain left the harbour on day ${i} ${'after a wait '.repeat(1 + (i % 4))}`;
      bounded.addDocument(doc, [makeStatement(doc, { text, context: `Ports ${i}.` })]);
    }
    const q = makeQuery({ terms: ['grain', 'harbour'] });
    const before = bounded.searchCounts().bounded;
    const hits = bounded.search(q, 10);
    expect(bounded.searchCounts().bounded).toBe(before + 1);
    expect(hits.map((h) => [h.statement.id, h.score])).toEqual(full.search(q, 10).map((h) => [h.statement.id, h.score]));
    expect(hits[0]?.statement.text).toBe(best);
    bounded.close();
    full.close();
  });

  it('ranks a speaker with few statements from their own rows, exactly', () => {
    const { bounded, full } = pair();
    fill(bounded, 'security', 8, ['Dmitry Peskov', 'Maria Zakharova', 'Dmitry Peskov', 'Dmitry Peskov']);
    const q = makeQuery({ speakers: ['Maria Zakharova'], terms: ['security'] });
    expect(ids(bounded.search(q, 5))).toEqual(ids(full.search(q, 5)));
    expect(new Set(bounded.search(q, 20).map((h) => h.statement.speaker))).toEqual(new Set(['Maria Zakharova']));
    bounded.close();
    full.close();
  });

  it('widens its candidates, then ranks fully, when filters leave fewer than a page', () => {
    const { bounded, full } = pair();
    fill(bounded, 'energy');
    const rare = full.search(makeQuery({ terms: ['energy'] }), 300).filter((_, i) => i % 37 === 0);
    for (const hit of rare) bounded.setThemes(hit.statement.id, [{ theme: 'Power cuts', score: 1 }]);
    const q = makeQuery({ terms: ['energy'], theme: 'power cuts' });
    const hits = bounded.search(q, 10);
    expect(hits.length).toBe(rare.length);
    expect(ids(hits)).toEqual(ids(full.search(q, 10)));
    bounded.close();
    full.close();
  });

  it('matches the word being typed as a prefix', () => {
    const { bounded, full } = pair();
    fill(bounded, 'NATO');
    const doc = makeDoc();
    bounded.addDocument(doc, [makeStatement(doc, { text: 'The nation will decide', context: 'Vote.' })]);
    const typed: QuoteQuery = { ...makeQuery(), prefix: 'NAT' };
    const texts = bounded.search(typed, 500).map((h) => h.statement.context);
    expect(texts.some((c) => c.includes('NATO'))).toBe(true);
    expect(bounded.search(typed, 500).some((h) => h.statement.text === 'The nation will decide')).toBe(true);
    expect(full.search(typed, 500).length).toBe(241);
    bounded.close();
    full.close();
  });

  it('keeps in each champion list exactly the best statements of its word, above the list floor', () => {
    const { bounded, full, file } = pair();
    // Statements that weigh differently from the start (1 to 3 mentions, longer and shorter), then better ones.
    for (let day = 1; day <= 20; day++) {
      const doc = makeDoc({ date: `2021-05-${String(day).padStart(2, '0')}` });
      bounded.addDocument(
        doc,
        Array.from({ length: 6 }, (_, i) =>
          makeStatement(doc, { text: `Remarks ${day}.${i} ${'on gas '.repeat(1 + ((day + i) % 3))}${FILLER.slice(0, i).join(' ')}`, context: `Day ${day}.` }),
        ),
      );
    }
    const db = new Database(file, { readonly: true });
    const entries = () =>
      db
        .prepare('SELECT r.seq, r.impact, t.floor FROM rank_top r JOIN rank_terms t ON t.id = r.term_id WHERE t.term = ? ORDER BY r.impact DESC')
        .all(indexToken('gas')) as { seq: number; impact: number; floor: number }[];
    expect(entries().length).toBeGreaterThanOrEqual(15); // the list was made (from the word's first statements)
    expect(entries().every((e) => e.impact >= e.floor)).toBe(true);
    for (let day = 1; day <= 30; day++) {
      const doc = makeDoc({ date: `2021-06-${String(day).padStart(2, '0')}` });
      bounded.addDocument(doc, [
        makeStatement(doc, { text: `Gas ${'and gas '.repeat(day % 4)}on day ${day}`, context: `Day ${day}.` }),
        makeStatement(doc, { text: `A long remark on ${FILLER.join(' and ')} and gas, day ${day}`, context: 'Long.' }),
      ]);
    }
    bounded.close();
    full.close();
    const list = entries();
    expect(list.length).toBeGreaterThanOrEqual(15);
    expect(list.every((e) => e.impact >= e.floor)).toBe(true);
    // FTS5's own ranking of the word alone, best first: the list holds its best 15 (ties aside, by score).
    const best = db.prepare(`SELECT rowid AS seq, rank FROM statements_fts WHERE statements_fts MATCH '"gas"' ORDER BY rank LIMIT 15`).all() as { seq: number; rank: number }[];
    const inList = new Set(list.map((e) => e.seq));
    const cut = best[best.length - 1]?.rank ?? 0;
    expect(best.filter((b) => b.rank < cut).every((b) => inList.has(b.seq))).toBe(true);
    db.close();
  });

  it('keeps its tables in step with the index, and rebuilds them for a database written before they existed', () => {
    const { bounded, full, file } = pair();
    fill(bounded, 'sanctions');
    const doc = makeDoc();
    bounded.addDocument(doc, [makeStatement(doc, { text: 'Sanctions, sanctions, sanctions', context: 'Brief.' })]);
    bounded.close();
    full.close();
    const db = new Database(file);
    const df = () => db.prepare("SELECT df FROM rank_terms WHERE term = 'sanction'").pluck().get();
    const vocab = () => {
      db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab (main, statements_fts, row)');
      return db.prepare("SELECT doc FROM temp.v WHERE term = 'sanction'").pluck().get();
    };
    expect(df()).toBe(vocab());
    expect(df()).toBe(241);
    const q = makeQuery({ terms: ['sanctions'] });
    const scores = (store: SqliteStatementStore) => store.search(q, 10).map((h) => h.score);
    const first = openSqliteStore(file, SMALL);
    const reference = openSqliteStore(file, { boundedSearch: false });
    const before = scores(first);
    expect(before).toEqual(scores(reference)); // equal scores: ties may be other statements of the same score
    first.close();
    reference.close();
    // An older Briefdesk wrote the statements: the ranking tables are empty.
    db.exec('DELETE FROM rank_terms; DELETE FROM rank_top; DELETE FROM rank_rows; UPDATE rank_state SET ranked_to = 0, rows = 0, tokens = 0;');
    const again = openSqliteStore(file, SMALL);
    expect(df()).toBe(241);
    expect(scores(again)).toEqual(before);
    expect(again.search(q, 1)[0]?.statement.text).toBe('Sanctions, sanctions, sanctions');
    again.close();
    db.close();
  });
});
