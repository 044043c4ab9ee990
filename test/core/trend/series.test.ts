import { describe, expect, it } from 'vitest';
import type { DayCount } from '../../../src/core/store/statement-store.ts';
import { buildSeries } from '../../../src/core/trend/series.ts';

const row = (day: string | null, key: string | null, statements: number): DayCount => ({ day, key, statements });

describe('buildSeries', () => {
  it('fills empty intervals with zero and keeps the top keys, the rest as others', () => {
    const rows = [
      row('2024-01-03', 'A', 4),
      row('2024-03-20', 'A', 1),
      row('2024-01-09', 'B', 2),
      row('2024-03-01', 'C', 1),
      row('2024-03-02', null, 2),
      row(null, 'A', 7),
    ];
    const trend = buildSeries(rows, { query: 'q', by: 'speaker', interval: 'month', top: 2, othersLabel: 'other speakers' });
    expect(trend.intervals).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
    expect(trend.from).toBe('2024-01-03');
    expect(trend.to).toBe('2024-03-20');
    expect(trend.series).toEqual([
      { key: 'A', label: 'A', counts: [4, 0, 1], total: 5 },
      { key: 'B', label: 'B', counts: [2, 0, 0], total: 2 },
      { key: null, label: 'other speakers', counts: [0, 0, 3], total: 3 },
    ]);
    expect(trend.statements).toBe(10);
    expect(trend.undated).toBe(7);
  });

  it('draws the whole period asked for, and leaves out rows outside it', () => {
    const rows = [row('2023-12-31', 'A', 9), row('2024-01-02', 'A', 1)];
    const trend = buildSeries(rows, { query: 'q', by: 'outlet', interval: 'day', since: '2024-01-01', until: '2024-01-04', label: (k) => `outlet ${k}` });
    expect(trend.intervals).toEqual(['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04']);
    expect(trend.series).toEqual([{ key: 'A', label: 'outlet A', counts: [0, 1, 0, 0], total: 1 }]);
  });

  it('orders ties by name and has no others line when nothing is left over', () => {
    const trend = buildSeries([row('2024-01-01', 'b', 1), row('2024-01-01', 'a', 1)], { query: 'q', by: 'theme', interval: 'week' });
    expect(trend.series.map((s) => s.key)).toEqual(['a', 'b']);
  });

  it('has no intervals when nothing dated matched', () => {
    const trend = buildSeries([row(null, 'A', 2)], { query: 'q', by: 'speaker', interval: 'day' });
    expect(trend).toMatchObject({ intervals: [], series: [], statements: 0, undated: 2, from: null, to: null });
  });
});
