// Bounded ranking of a place word whose best answers name the place twice over ("talks in Kabul … Afghan assets"):
// bm25 adds the names up, so those statements outrank every statement with one name, yet they are on no name's
// champion list (each list ranks its name alone, and short one-name statements fill it) and they are neither the
// newest nor the shortest. On a small store made to behave like a big one (tiny lists, no budget for full ranking),
// bounded ranking must still give full ranking's page: the same statements, order and scores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { QuoteHit, QuoteQuery } from '../../../src/core/model.ts';
import { openSqliteStore, type SqliteStatementStore } from '../../../src/adapters/sqlite/index.ts';
import { makeDoc, makeQuery, makeStatement, SMALL, rethrow } from './builders.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-places-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NAMES = ['Kabul', 'Afghanistan', 'Afghan'];
const TOPICS = ['grain', 'talks', 'refugees', 'border', 'elections', 'reconstruction'];
const SPEAKERS = ['Sergey Lavrov', 'Maria Zakharova', 'Dmitry Peskov'];
// "Afghans" is "Afghan" to the index.
const ALTERNATIVES = { kabul: ['Afghanistan', 'Afghan', 'Afghans'] };

/**
 * 40 days of news. Every day: short statements naming one place name each (they fill the names' lists), a longer
 * one naming two or three (the best answers; only in the first days, so the newest matches miss them), and in the
 * first days now and then a long statement from Kandahar: too few for a list of their own.
 */
function stores(): { bounded: SqliteStatementStore; full: SqliteStatementStore } {
  const file = join(tmp, `places-${Math.random().toString(36).slice(2)}.db`);
  const bounded = openSqliteStore(file, SMALL);
  for (let day = 1; day <= 40; day++) {
    const doc = makeDoc({ date: `2022-${String(1 + Math.floor((day - 1) / 28)).padStart(2, '0')}-${String(1 + ((day - 1) % 28)).padStart(2, '0')}`, outlet: day % 3 === 0 ? 'Reuters' : 'TASS' });
    const topic = (i: number) => TOPICS[(day + i) % TOPICS.length] as string;
    const padding = (i: number) => ' and more'.repeat((day * 5 + i) % 9); // lengths differ, so scores seldom tie
    const single = Array.from({ length: 6 }, (_, i) => `${NAMES[(day + i) % NAMES.length]} ${topic(i)} ${day}.${i}${padding(i)}.`);
    const several = day <= 12 ? [`The ${topic(7)} in Kabul went on for day ${day}, the Afghan side said, as Afghanistan waited${padding(3)} for a long time.`] : [];
    // (and the words of the phrase apart, so that the statements holding it are fewer than those holding either word)
    const emirate = day % 5 === 0 ? [`The Islamic Emirate ${topic(4)} statement ${day}${padding(1)}.`] : [`An emirate ${topic(4)} note ${day} from Islamic scholars.`];
    const rare = day % 3 === 0 && day <= 15 ? [`Kandahar ${topic(2)} reported on day ${day}${padding(5)} with many words after it for a long while.`] : [];
    bounded.addDocument(
      doc,
      [...several, ...single, ...rare, ...emirate].map((text, i) => makeStatement(doc, { text, speaker: SPEAKERS[(day + i) % SPEAKERS.length] as string, context: `Remarks ${day}.${i}.` })),
    );
  }
  const full = openSqliteStore(file, { boundedSearch: false, onSearchError: rethrow });
  return { bounded, full };
}

const view = (hits: readonly QuoteHit[]) => hits.map((h) => [h.statement.text, h.score]);

/** Bounded ranking answered (it did not hand the query to full ranking), with full ranking's page. */
function expectSamePage(bounded: SqliteStatementStore, full: SqliteStatementStore, q: QuoteQuery, limit = 10): QuoteHit[] {
  const before = bounded.searchCounts().bounded;
  const hits = bounded.search(q, limit);
  expect(bounded.searchCounts().bounded).toBe(before + 1);
  expect(view(hits)).toEqual(view(full.search(q, limit)));
  return hits;
}

describe('bounded ranking of a place word', () => {
  it('finds the statements naming the place twice over, which outrank every list entry', () => {
    const { bounded, full } = stores();
    const hits = expectSamePage(bounded, full, makeQuery({ terms: ['Kabul'], alternatives: ALTERNATIVES }));
    expect(hits).toHaveLength(10);
    // the best answers are the long statements with two or three names, none on a list
    expect(hits.slice(0, 5).every((h) => /Kabul.*Afghan side.*Afghanistan/.test(h.statement.text))).toBe(true);
    bounded.close();
    full.close();
  });

  it('agrees with full ranking with another word, a speaker, dates or an outlet, and deeper pages', () => {
    const { bounded, full } = stores();
    const q = (overrides: Partial<QuoteQuery>) => makeQuery({ terms: ['Kabul'], alternatives: ALTERNATIVES, ...overrides });
    expectSamePage(bounded, full, q({ terms: ['Kabul', 'talks'] }));
    expectSamePage(bounded, full, q({ terms: ['grain', 'Kabul'] }));
    expectSamePage(bounded, full, q({ speakers: ['Maria Zakharova'] }), 5);
    expectSamePage(bounded, full, q({ since: '2022-01-05', until: '2022-02-03' }));
    expectSamePage(bounded, full, q({ outlet: 'Reuters' }), 5);
    expectSamePage(bounded, full, q({}), 25);
    bounded.close();
    full.close();
  });

  it('finds the statements of a name too rare for a list of its own', () => {
    const { bounded, full } = stores();
    const alternatives = { kabul: [...ALTERNATIVES.kabul, 'Kandahar'] };
    const hits = expectSamePage(bounded, full, makeQuery({ terms: ['Kabul'], alternatives }));
    // a rare name weighs more (bm25's IDF): its statements come first
    expect(hits.slice(0, 5).every((h) => h.statement.text.startsWith('Kandahar'))).toBe(true);
    expectSamePage(bounded, full, makeQuery({ terms: ['Kabul', 'grain'], alternatives }), 5);
    bounded.close();
    full.close();
  });

  it('weighs a name of several words as FTS5 does: by the statements holding the phrase, not its rarest word', () => {
    const { bounded, full } = stores();
    const alternatives = { kabul: [...ALTERNATIVES.kabul, 'Islamic Emirate'] };
    const hits = expectSamePage(bounded, full, makeQuery({ terms: ['Kabul'], alternatives }));
    expect(hits.some((h) => h.statement.text.startsWith('The Islamic Emirate'))).toBe(true);
    expectSamePage(bounded, full, makeQuery({ terms: ['Kabul'], alternatives, speakers: ['Dmitry Peskov'] }), 5);
    bounded.close();
    full.close();
  });
});
