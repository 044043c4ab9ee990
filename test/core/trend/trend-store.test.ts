// The trend's series equal counts taken from the store itself: every statement a query matches (read back through
// search), bucketed per interval and per speaker, theme or outlet, on the fixture articles.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedSpeakers, THEMES_FILE } from '../../../src/cli.ts';
import { createBriefingService, type BriefingService } from '../../../src/core/briefing-service.ts';
import type { StoredStatement } from '../../../src/core/model.ts';
import { openSqliteStore } from '../../../src/adapters/sqlite/index.ts';
import { loadTaxonomyFile } from '../../../src/core/themes/index.ts';
import { intervalStart } from '../../../src/core/trend/periods.ts';
import type { TrendSplit } from '../../../src/core/trend/index.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
let service: BriefingService;
let store: ReturnType<typeof openSqliteStore>;

beforeAll(() => {
  store = openSqliteStore(':memory:');
  service = createBriefingService({ store, seedSpeakers: loadSeedSpeakers(), taxonomy: loadTaxonomyFile(THEMES_FILE) });
  const report = service.ingestPaths(['blind', 'blind2', 'blind3', 'blind4', 'blind5', 'articles'].map((d) => join(FIXTURES, d)));
  expect(report.statements).toBeGreaterThan(300);
});
afterAll(() => service.close());

const keysOf = (s: StoredStatement, by: TrendSplit): (string | null)[] => {
  if (by === 'speaker') return [s.speaker];
  if (by === 'outlet') return [s.sources[0]?.outlet ?? s.outlet];
  return s.themes.length > 0 ? s.themes.map((t) => t.theme) : [null];
};

describe('trend series against the store', () => {
  const cases: [string, TrendSplit, 'day' | 'week' | 'month'][] = [
    ['said', 'speaker', 'month'],
    ['government', 'speaker', 'week'],
    ['said', 'outlet', 'month'],
    ['minister', 'theme', 'month'],
    ['said since:2025-10 until:2025-11-30', 'speaker', 'day'],
  ];
  it.each(cases)('%s by:%s per %s', (text, by, interval) => {
    const trend = service.trend({ query: text, by, interval });
    const matches = store.search(service.parseQuery(text), 1000);
    expect(matches.length).toBeLessThan(1000);
    // expected counts per (interval start, key), from the statements themselves
    const expected = new Map<string | null, Map<string, number>>();
    let undated = 0;
    for (const { statement: s } of matches) {
      if (s.date === null) {
        undated += 1; // an undated statement counts once, whatever its themes
        continue;
      }
      for (const key of keysOf(s, by)) {
        const perInterval = expected.get(key) ?? new Map<string, number>();
        const start = intervalStart(s.date, interval);
        perInterval.set(start, (perInterval.get(start) ?? 0) + 1);
        expected.set(key, perInterval);
      }
    }
    expect(trend.undated).toBe(undated);
    expect(trend.statements).toBe(matches.filter((h) => h.statement.date !== null).reduce((n, h) => n + keysOf(h.statement, by).length, 0));
    expect(trend.statements).toBeGreaterThan(0);
    const named = trend.series.filter((s) => s.key !== null);
    for (const series of named) {
      expect(series.counts).toEqual(trend.intervals.map((start) => expected.get(series.key)?.get(start) ?? 0));
    }
    // the top series are the keys with most statements; everything else is in "others"
    const totals = [...expected].filter(([k]) => k !== null).map(([k, m]) => [k, [...m.values()].reduce((a, b) => a + b, 0)] as const);
    const fifth = [...totals].sort((a, b) => b[1] - a[1])[Math.min(4, named.length - 1)]?.[1] ?? 0;
    for (const [key, total] of totals) if (total > fifth) expect(named.map((s) => s.key)).toContain(key);
    const others = trend.series.find((s) => s.key === null);
    const rest = trend.intervals.map((start) => [...expected].filter(([k]) => !named.some((s) => s.key === k)).reduce((n, [, m]) => n + (m.get(start) ?? 0), 0));
    expect(others?.counts ?? rest.map(() => 0)).toEqual(rest);
  });
});
