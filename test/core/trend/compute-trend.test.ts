import { describe, expect, it } from 'vitest';
import type { QuoteQuery } from '../../../src/core/model.ts';
import type { DayCount, TrendSplit } from '../../../src/core/store/statement-store.ts';
import { computeTrend, describeEmpty, parseTrendText, TrendInputError, type TrendDeps } from '../../../src/core/trend/index.ts';

const query = (overrides: Partial<QuoteQuery> = {}): QuoteQuery => ({ speakers: [], terms: [], phrases: [], since: null, until: null, outlet: null, theme: null, ...overrides });

/** A parser that knows since:/until: and words, and a store answering from fixed rows. */
function deps(rows: DayCount[], seen: { query: QuoteQuery; by: TrendSplit }[] = []): TrendDeps {
  return {
    parse(text) {
      const terms = text.split(/\s+/).filter((w) => w && !w.includes(':'));
      const since = /since:(\S+)/.exec(text)?.[1] ?? null;
      const until = /until:(\S+)/.exec(text)?.[1] ?? null;
      return query({ terms, since, until });
    },
    countByDay(q, by) {
      seen.push({ query: q, by });
      return rows.filter((r) => r.day === null || ((q.since === null || r.day >= q.since) && (q.until === null || r.day <= q.until)));
    },
    today: () => '2024-12-31',
  };
}

const expectInputError = (fn: () => unknown, message: RegExp) => {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(TrendInputError);
  expect((caught as Error).message).toMatch(message);
  expect((caught as TrendInputError).hints.length).toBeGreaterThan(0);
};

describe('parseTrendText', () => {
  it('reads by: and interval: out of the query', () => {
    expect(parseTrendText('Lavrov NATO by:theme since:2024 interval:week')).toEqual({ query: 'Lavrov NATO since:2024', by: 'theme', interval: 'week' });
    expect(parseTrendText('NATO by:outlets every:monthly')).toEqual({ query: 'NATO', by: 'outlet', interval: 'month' });
  });

  it('answers an unknown by:, an unknown interval and a date that is none clearly', () => {
    expectInputError(() => parseTrendText('NATO by:colour'), /Unknown by:colour.*speaker, theme or outlet/);
    expectInputError(() => parseTrendText('NATO interval:hour'), /Unknown interval “hour”/);
    expectInputError(() => parseTrendText('NATO since:yesterday'), /since:yesterday is not a date/);
  });
});

describe('computeTrend', () => {
  const rows: DayCount[] = [
    { day: '2024-03-01', key: 'Sergey Lavrov', statements: 3 },
    { day: '2024-03-20', key: 'Maria Zakharova', statements: 1 },
    { day: null, key: 'Sergey Lavrov', statements: 2 },
  ];

  it('splits by speaker by default and chooses the interval from the period', () => {
    const seen: { query: QuoteQuery; by: TrendSplit }[] = [];
    const trend = computeTrend(deps(rows, seen), { query: 'NATO' });
    expect(seen[0]?.by).toBe('speaker');
    expect(trend.interval).toBe('day');
    expect(trend.intervals).toHaveLength(20);
    expect(trend.series.map((s) => [s.label, s.total])).toEqual([['Sergey Lavrov', 3], ['Maria Zakharova', 1]]);
    expect(trend.undated).toBe(2);
    expect(describeEmpty(trend)).toBeNull();
  });

  it('refuses an empty query, a query of nothing to count, a reversed period and too many points', () => {
    expectInputError(() => computeTrend(deps(rows), { query: '  ' }), /needs a topic or a speaker/);
    expectInputError(() => computeTrend(deps(rows), { query: 'interval:x:y' }), /names no topic or speaker/);
    expectInputError(() => computeTrend(deps(rows), { query: 'NATO since:2024-05-01 until:2024-04-01' }), /since:2024-05-01 is after until:2024-04-01/);
    expectInputError(() => computeTrend(deps(rows), { query: 'NATO since:2020-01-01', interval: 'day' }), /more than 400 points.*|too many/);
  });

  it('a period with no data says where the query does have statements', () => {
    const trend = computeTrend(deps(rows), { query: 'NATO since:2023-01-01 until:2023-02-28' });
    expect(trend.statements).toBe(0);
    expect(trend.intervals.length).toBeGreaterThan(0); // drawn as zeros if a caller wants to
    expect(describeEmpty(trend)).toEqual({
      title: 'No dated statements match “NATO since:2023-01-01 until:2023-02-28” from 2023-01-01 to 2023-02-28.',
      hints: ['It matches 4 statements from 2024-03-01 to 2024-03-20: try since:2024-03.'],
    });
  });

  it('a query with no match, or with undated matches only, says so', () => {
    expect(describeEmpty(computeTrend(deps([]), { query: 'nothing' }))?.title).toBe('No statements match “nothing”.');
    expect(describeEmpty(computeTrend(deps([{ day: null, key: 'A', statements: 2 }]), { query: 'old' }))?.title).toMatch(/The 2 statements matching “old” have no date/);
  });
});

describe('computeTrend on hostile text', () => {
  it('keeps no control character in the query it reports', () => {
    const trend = computeTrend(deps([{ day: '2024-03-01', key: 'A', statements: 1 }]), { query: 'NATO\u0000\u001b[31m\ud800' });
    expect(trend.query).toBe('NATO [31m');
  });
});
