// Bounded ranking of a term with alternatives (a place's names: `Syria` also finds "Syrian", "Damascus"): the same
// statements, in the same order and with the same scores, as full ranking, on a small store made to behave like a
// big one (tiny champion lists, no budget for full ranking).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { QuoteHit } from '../../../src/core/model.ts';
import { openSqliteStore, type SqliteStatementStore } from '../../../src/adapters/sqlite/index.ts';
import { makeDoc, makeQuery, makeStatement, SMALL, rethrow } from './builders.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefdesk-alternatives-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PLACES = ['Syria', 'Syrian', 'Damascus', 'Aleppo'];
const TOPICS = ['grain', 'talks', 'refugees', 'border', 'elections', 'reconstruction'];

function stores(): { bounded: SqliteStatementStore; full: SqliteStatementStore } {
  const file = join(tmp, `alt-${Math.random().toString(36).slice(2)}.db`);
  const bounded = openSqliteStore(file, SMALL);
  for (let day = 1; day <= 30; day++) {
    const doc = makeDoc({ date: `2021-06-${String(day).padStart(2, '0')}` });
    bounded.addDocument(
      doc,
      Array.from({ length: 8 }, (_, i) => {
        const place = PLACES[(day + i) % PLACES.length] as string;
        const topic = TOPICS[(day * 5 + i) % TOPICS.length] as string;
        const repeat = (day + i) % 7 === 0 ? ` ${place} again, ${place}.` : '';
        const padding = ' and more'.repeat((day * 8 + i) % 17); // lengths differ, so scores seldom tie
        return makeStatement(doc, {
          speaker: i % 2 === 0 ? 'Sergey Lavrov' : 'Maria Zakharova',
          text: `On ${topic} in ${place} the minister spoke at length about day ${day} and item ${i}${padding}.${repeat}`,
          context: `Remarks ${day}.${i} about ${topic}.`,
        });
      }),
    );
  }
  const full = openSqliteStore(file, { boundedSearch: false, onSearchError: rethrow });
  return { bounded, full };
}

const view = (hits: readonly QuoteHit[]) => hits.map((h) => [h.statement.id, h.score]);

describe('bounded ranking with alternatives', () => {
  it('ranks a place word with its other names as full ranking does, alone, with words, with OR fallback', () => {
    const { bounded, full } = stores();
    const alternatives = { syria: ['Syrian', 'Damascus'] };
    const queries = [
      makeQuery({ terms: ['Syria'], alternatives }),
      makeQuery({ terms: ['grain', 'Syria'], alternatives }),
      makeQuery({ terms: ['Syria', 'talks', 'minister'], alternatives }),
    ];
    for (const q of queries) {
      const before = bounded.searchCounts().bounded;
      const hits = bounded.search(q, 10);
      expect(bounded.searchCounts().bounded).toBe(before + 1);
      expect(hits.length).toBe(10);
      expect(view(hits)).toEqual(view(full.search(q, 10)));
      const texts = hits.map((h) => h.statement.text);
      expect(texts.some((t) => /Syrian|Damascus/.test(t))).toBe(true);
      expect(texts.every((t) => /Syria|Syrian|Damascus/.test(t))).toBe(true);
    }
    bounded.close();
    full.close();
  });

  it('leaves two expanded words of an AND to full ranking, with the same answer', () => {
    const { bounded, full } = stores();
    const q = makeQuery({ terms: ['Syria', 'Aleppo'], alternatives: { syria: ['Syrian'], aleppo: ['Damascus'] } });
    expect(view(bounded.search(q, 10))).toEqual(view(full.search(q, 10)));
    // no statement holds both: any of the terms, each with its alternatives
    const either = makeQuery({ terms: ['volcano', 'Syria'], alternatives: { syria: ['Syrian', 'Damascus'] } });
    const hits = bounded.search(either, 10);
    expect(hits).toHaveLength(10);
    expect(view(hits)).toEqual(view(full.search(either, 10)));
    bounded.close();
    full.close();
  });
});
