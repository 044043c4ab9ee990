// Bounded ranking in the PostgreSQL store (src/adapters/postgres/bounded.ts): small knobs make a small store behave
// like a big one. Each case is checked against the same database ranked in full (boundedSearch: null).
import { afterEach, describe, expect, it } from 'vitest';
import { createPgStatementStore, openPgConnection, type PgStatementStore } from '../../src/adapters/postgres/index.ts';
import type { CleanDocument, QuoteQuery, Statement } from '../../src/core/model.ts';
import { makeDoc, makeQuery, makeStatement, rethrow } from '../core/store/builders.ts';
import { freshPostgresUrl, postgresUrl } from '../helpers/postgres.ts';

const KNOBS = { complete: 3, strong: 4, newest: 2, walk: 10 };

let open: PgStatementStore[] = [];
afterEach(() => {
  for (const store of open) store.close();
  open = [];
});

/** The bounded store and a store ranking every match, on one fresh database. */
function stores(url = freshPostgresUrl()): { bounded: PgStatementStore; full: PgStatementStore } {
  const bounded = createPgStatementStore(openPgConnection(url), { onSearchError: rethrow, boundedSearch: KNOBS });
  const full = createPgStatementStore(openPgConnection(url), { onSearchError: rethrow, boundedSearch: null });
  open.push(bounded, full);
  return { bounded, full };
}

/** One statement per document, dated `day` days into 2021 (a later day is newer). */
function add(store: PgStatementStore, day: number, text: string, speaker = 'Dmitry Peskov'): Statement {
  const doc: CleanDocument = makeDoc({ date: `2021-${String(1 + Math.floor(day / 28)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}` });
  const statement = makeStatement(doc, { text, speaker });
  store.addDocument(doc, [statement]);
  return statement;
}

const page = (store: PgStatementStore, query: QuoteQuery, limit: number, offset = 0) =>
  store.search(query, limit, offset).map((h) => ({ id: h.statement.id, score: h.score }));

describe.skipIf(!postgresUrl)('PostgreSQL bounded ranking', () => {
  it('ranks a common word from its newest and strong matches, as full ranking does, when the strong ones fill the page', () => {
    const { bounded, full } = stores();
    const board = add(bounded, 1, 'Exports will resume next month', 'Wheat Board');
    const twice = [2, 3, 4].map((day) => add(bounded, day, `Wheat is plentiful and wheat is cheap, note ${day}`));
    for (let day = 10; day < 22; day++) add(bounded, day, `The wheat harvest report number ${day} is out`);
    const query = makeQuery({ terms: ['wheat'] });
    const answer = page(bounded, query, 3);
    expect(answer).toEqual(page(full, query, 3));
    // the speaker's word first, then the statements saying it twice, newest first: none of them among the newest
    expect(answer.map((h) => h.id)).toEqual([board.id, twice[2]?.id, twice[1]?.id]);
    expect(bounded.searchCounts()).toEqual({ bounded: 1, full: 0 });
  });

  it('answers exactly from the newest matches when they are all the matches, and says when nothing matches', () => {
    const { bounded, full } = stores();
    for (let day = 1; day < 4; day++) add(bounded, day, `Barley prices rose on day ${day}`);
    add(bounded, 5, 'Nothing about grain here');
    const query = makeQuery({ terms: ['barley'] });
    expect(page(bounded, query, 2)).toEqual(page(full, query, 2));
    expect(page(bounded, makeQuery({ terms: ['sorghum'] }), 5)).toEqual([]);
    expect(bounded.searchCounts()).toEqual({ bounded: 0, full: 0 });
  });

  it('asks full ranking for pages past the candidates', () => {
    const { bounded, full } = stores();
    for (let day = 1; day < 15; day++) add(bounded, day, `Wheat ${day % 3 === 0 ? 'and more wheat ' : ''}shipments, note ${day}`);
    const query = makeQuery({ terms: ['wheat'] });
    expect(page(bounded, query, 3, 9)).toEqual(page(full, query, 3, 9));
    expect(bounded.searchCounts().full).toBe(1);
  });

  it('finds a phrase that only old statements hold, beyond the newest statements read (full ranking answers)', () => {
    const { bounded, full } = stores();
    const old = add(bounded, 1, 'The grain corridor must stay open');
    for (let day = 5; day < 25; day++) add(bounded, day, `Grain deliveries and a corridor for trucks, note ${day}`);
    const query = makeQuery({ phrases: ['grain corridor'] });
    const answer = page(bounded, query, 5);
    expect(answer.map((h) => h.id)).toEqual([old.id]);
    expect(answer).toEqual(page(full, query, 5));
    expect(bounded.searchCounts()).toEqual({ bounded: 0, full: 1 });
  });

  it('ranks a common phrase from its newest and strong matches in full ranking order', () => {
    const { bounded, full } = stores();
    const strong = add(bounded, 1, 'The grain corridor, the grain corridor again, must stay open');
    for (let day = 5; day < 25; day++) add(bounded, day, `The grain corridor is open, note ${day}`);
    const query = makeQuery({ phrases: ['grain corridor'] });
    const answer = page(bounded, query, 2);
    expect(answer).toEqual(page(full, query, 2));
    expect(answer[0]?.id).toBe(strong.id);
    expect(bounded.searchCounts()).toEqual({ bounded: 1, full: 0 });
  });

  it('keeps filters: a speaker, dates and an outlet leave only their statements among the candidates', () => {
    const { bounded, full } = stores();
    for (let day = 1; day < 20; day++) add(bounded, day, `Wheat ${day % 4 === 0 ? 'wheat ' : ''}exports, note ${day}`, day % 2 === 0 ? 'Dmitry Peskov' : 'Maria Zakharova');
    for (const query of [
      makeQuery({ terms: ['wheat'], speakers: ['Maria Zakharova'] }),
      makeQuery({ terms: ['wheat'], since: '2021-01-08' }),
      makeQuery({ terms: ['wheat'], outlet: 'tass' }),
      makeQuery({ terms: ['wheat'], outlet: 'Reuters' }),
    ]) {
      expect(page(bounded, query, 3)).toEqual(page(full, query, 3));
    }
  });

  it('keeps the strong words in step with re-attribution (a new speaker brings their name)', () => {
    const url = freshPostgresUrl();
    const { bounded } = stores(url);
    const doc = makeDoc();
    const statement = makeStatement(doc, { text: 'Exports will resume', speaker: 'Dmitry Peskov' });
    bounded.addDocument(doc, [statement]);
    const conn = openPgConnection(url);
    const strong = () => conn.query<{ strong: string }>('SELECT strong::text AS strong FROM statements').rows[0]?.strong;
    expect(strong()).toBe("'dmitri' 'peskov'");
    expect(bounded.reattribute?.([{ docId: doc.id, span: statement.span, speaker: 'Wheat Board', speakerRole: null }])).toBe(1);
    expect(strong()).toBe("'board' 'wheat'");
    conn.close();
  });

  it('puts every statement where a word is strong above every other match of that word (ts_rank, one word)', () => {
    const url = freshPostgresUrl();
    const { bounded } = stores(url);
    let day = 0;
    // every mix of mentions in the text (0-4), in the speaker's name (0-1) and in the context (0-3)
    for (let inText = 0; inText <= 4; inText++) {
      for (const speaker of ['Dmitry Peskov', 'Wheat Board']) {
        for (let inContext = 0; inContext <= 3; inContext++) {
          if (inText === 0 && speaker === 'Dmitry Peskov' && inContext === 0) continue;
          const doc = makeDoc({ date: '2021-03-01' });
          const text = `Exports ${'of wheat '.repeat(inText)}resume, note ${++day}`;
          bounded.addDocument(doc, [makeStatement(doc, { text, speaker, context: `Context ${'wheat '.repeat(inContext)}of note ${day}` })]);
        }
      }
    }
    const conn = openPgConnection(url);
    const rows = conn.query<{ strong: boolean; rank: number }>(
      `SELECT strong @@ 'wheat'::tsquery AS strong, ts_rank('{0.1667, 0, 0.6667, 1.0}', search, 'wheat'::tsquery) AS rank FROM statements WHERE search @@ 'wheat'::tsquery`,
    ).rows;
    conn.close();
    const strongRanks = rows.filter((r) => r.strong).map((r) => r.rank);
    const otherRanks = rows.filter((r) => !r.strong).map((r) => r.rank);
    expect(strongRanks.length).toBeGreaterThan(20);
    expect(otherRanks.length).toBeGreaterThan(4);
    expect(Math.min(...strongRanks)).toBeGreaterThan(Math.max(...otherRanks));
  });
});
