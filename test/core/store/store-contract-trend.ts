// The StatementStore contract for trend counts (countByDay); runStoreContract runs it for every engine.
import { beforeEach, describe, expect, it } from 'vitest';
import type { DayCount, StatementStore } from '../../../src/core/store/statement-store.ts';
import { makeDoc, makeQuery, makeStatement } from './builders.ts';

/** Rows sorted, so that engines may return them in any order. */
const sorted = (rows: readonly DayCount[]) =>
  [...rows].sort((a, b) => `${a.day ?? ''}|${a.key ?? ''}`.localeCompare(`${b.day ?? ''}|${b.key ?? ''}`));

export function countByDayContract(getStore: () => StatementStore): void {
  describe('countByDay', () => {
    let store: StatementStore;
    beforeEach(() => {
      store = getStore();
      const tass1 = makeDoc({ outlet: 'TASS', date: '2024-03-01' });
      const tass2 = makeDoc({ outlet: 'TASS', date: '2024-03-04' });
      const reuters = makeDoc({ outlet: 'Reuters', date: '2024-03-04' });
      const undated = makeDoc({ outlet: null, date: null });
      store.addDocument(tass1, [
        makeStatement(tass1, { text: 'NATO expansion threatens security', speaker: 'Sergey Lavrov' }),
        makeStatement(tass1, { text: 'NATO drills near the border', speaker: 'Maria Zakharova' }),
        makeStatement(tass1, { text: 'Grain exports resume', speaker: 'Sergey Lavrov' }),
      ], new Map([
        [makeStatement(tass1, { text: 'NATO expansion threatens security', speaker: 'Sergey Lavrov' }).id, [{ theme: 'nato', score: 2 }, { theme: 'security', score: 1 }]],
      ]));
      store.addDocument(tass2, [makeStatement(tass2, { text: 'NATO must stop at once', speaker: 'Sergey Lavrov' })]);
      // the same statement from a second outlet is one statement, counted once
      store.addDocument(reuters, [
        makeStatement(reuters, { text: 'NATO must stop at once', speaker: 'Sergey Lavrov' }),
        makeStatement(reuters, { text: 'NATO is a defensive alliance', speaker: 'Jens Stoltenberg' }),
      ]);
      store.addDocument(undated, [makeStatement(undated, { text: 'NATO is to blame', speaker: null })]);
    });

    it('counts matching statements per day and speaker; undated ones under day null', () => {
      expect(sorted(store.countByDay(makeQuery({ terms: ['NATO'] }), 'speaker'))).toEqual([
        { day: null, key: null, statements: 1 },
        { day: '2024-03-01', key: 'Maria Zakharova', statements: 1 },
        { day: '2024-03-01', key: 'Sergey Lavrov', statements: 1 },
        { day: '2024-03-04', key: 'Jens Stoltenberg', statements: 1 },
        { day: '2024-03-04', key: 'Sergey Lavrov', statements: 1 },
      ]);
    });

    it('requires every word, and applies the speaker and date filters', () => {
      expect(store.countByDay(makeQuery({ terms: ['NATO', 'grain'] }), 'speaker')).toEqual([]);
      expect(store.countByDay(makeQuery({ terms: ['NATO', 'stop'] }), 'speaker')).toEqual([{ day: '2024-03-04', key: 'Sergey Lavrov', statements: 1 }]);
      expect(sorted(store.countByDay(makeQuery({ speakers: ['Sergey Lavrov'] }), 'speaker'))).toEqual([
        { day: '2024-03-01', key: 'Sergey Lavrov', statements: 2 },
        { day: '2024-03-04', key: 'Sergey Lavrov', statements: 1 },
      ]);
      expect(store.countByDay(makeQuery({ terms: ['NATO'], since: '2024-03-02', until: '2024-03-31' }), 'outlet').map((r) => r.statements).reduce((a, b) => a + b, 0)).toBe(2);
      expect(store.countByDay(makeQuery({ terms: ['nothingmatcheshere'] }), 'speaker')).toEqual([]);
    });

    it('splits by outlet (the first that carried it) and by theme (each theme; none under null)', () => {
      expect(sorted(store.countByDay(makeQuery({ terms: ['NATO'] }), 'outlet'))).toEqual([
        { day: null, key: null, statements: 1 },
        { day: '2024-03-01', key: 'TASS', statements: 2 },
        { day: '2024-03-04', key: 'Reuters', statements: 1 },
        { day: '2024-03-04', key: 'TASS', statements: 1 },
      ]);
      expect(sorted(store.countByDay(makeQuery({ terms: ['NATO'], since: '2024-03-01', until: '2024-03-01' }), 'theme'))).toEqual([
        { day: '2024-03-01', key: null, statements: 1 },
        { day: '2024-03-01', key: 'nato', statements: 1 },
        { day: '2024-03-01', key: 'security', statements: 1 },
      ]);
      // an undated statement counts once, whatever its themes
      const undated = makeDoc({ date: null });
      const both = makeStatement(undated, { text: 'NATO and security' });
      store.addDocument(undated, [both], new Map([[both.id, [{ theme: 'nato', score: 1 }, { theme: 'security', score: 1 }]]]));
      expect(store.countByDay(makeQuery({ terms: ['NATO'] }), 'theme').filter((r) => r.day === null)).toEqual([{ day: null, key: null, statements: 2 }]);
    });
  });
}
