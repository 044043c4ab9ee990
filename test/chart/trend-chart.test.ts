// Trend pictures: the PNG decodes, has the intended size and is not blank; the SVG of each kind of chart is kept
// as a snapshot (test/chart/__snapshots__/*.svg, viewable as is); captions and tables carry the same numbers.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawTrend, trendCaption, trendTable, trendTitle } from '../../src/chart/index.ts';
import { textWidth } from '../../src/chart/font.ts';
import type { TrendResult } from '../../src/core/trend/index.ts';

const weeks = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10));
const series = (key: string | null, label: string, counts: number[]) => ({ key, label, counts, total: counts.reduce((a, b) => a + b, 0) });

export const WEEKLY: TrendResult = {
  query: 'NATO',
  by: 'speaker',
  interval: 'week',
  intervals: weeks,
  from: '2024-01-01',
  to: '2024-03-24',
  series: [
    series('Sergey Lavrov', 'Sergey Lavrov', [5, 8, 12, 9, 0, 0, 4, 11, 15, 13, 9, 7]),
    series('Maria Zakharova', 'Maria Zakharova', [2, 3, 6, 8, 7, 2, 0, 1, 3, 6, 9, 11]),
    series(null, 'other speakers', [1, 1, 2, 1, 0, 1, 2, 3, 2, 1, 0, 1]),
  ],
  statements: 189,
  undated: 3,
  elsewhere: null,
};

const months = Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2023, i, 1)).toISOString().slice(0, 10));
const MONTHLY: TrendResult = {
  ...WEEKLY,
  query: 'sanctions from:tass',
  by: 'theme',
  interval: 'month',
  intervals: months,
  from: '2023-01-01',
  to: '2024-12-31',
  series: ['Sanctions', 'Energy', 'War in Ukraine', 'Diplomacy', 'Trade'].map((label, k) =>
    series(label.toLowerCase(), label, months.map((_, i) => Math.round(20 + 15 * Math.sin((i + k * 3) / 3)))),
  ),
  undated: 0,
};
const MONTHLY_TREND: TrendResult = { ...MONTHLY, statements: MONTHLY.series.reduce((n, s) => n + s.total, 0) };

/** Share of pixels that are not (near) white, and whether a colour occurs. */
function inspect(png: Buffer) {
  const image = PNG.sync.read(png);
  let ink = 0;
  const colours = new Set<string>();
  for (let i = 0; i < image.data.length; i += 4) {
    const [r = 0, g = 0, b = 0] = [image.data[i], image.data[i + 1], image.data[i + 2]];
    if (r < 240 || g < 240 || b < 240) ink++;
    colours.add(`${r},${g},${b}`);
  }
  return { width: image.width, height: image.height, ink: ink / (image.width * image.height), colours };
}

describe('drawTrend', () => {
  it('draws a PNG at phone size that decodes, is not blank and shows the first series colour', async () => {
    const chart = await drawTrend(WEEKLY);
    const seen = inspect(chart.png);
    expect([seen.width, seen.height]).toEqual([1200, 675]);
    expect([chart.width, chart.height]).toEqual([1200, 675]);
    expect(seen.ink).toBeGreaterThan(0.02);
    expect(seen.ink).toBeLessThan(0.5);
    expect(seen.colours.has('0,114,178')).toBe(true); // #0072B2, Sergey Lavrov's line
    expect(seen.colours.size).toBeGreaterThan(50); // anti-aliased text and lines, not a flat fill
  });

  it('draws another size on request', async () => {
    const chart = await drawTrend(WEEKLY, { width: 600, height: 400 });
    expect([inspect(chart.png).width, inspect(chart.png).height]).toEqual([600, 400]);
  });

  it('keeps the SVG of a weekly chart by speaker (lines with points)', async () => {
    const { svg } = await drawTrend(WEEKLY);
    expect(svg).toContain('“NATO” by speaker');
    expect(svg).toContain('1 Jan – 24 Mar 2024 · 189 statements, counted per week');
    expect(svg).toContain('3 statements without a date are left out.');
    await expect(svg).toMatchFileSnapshot('__snapshots__/trend-weekly-speaker.svg');
  });

  it('keeps the SVG of a monthly chart by theme over two years (lines only)', async () => {
    const { svg } = await drawTrend(MONTHLY_TREND);
    expect(svg).toContain('Jan 2023 – Dec 2024');
    expect(svg).not.toContain('without a date');
    await expect(svg).toMatchFileSnapshot('__snapshots__/trend-monthly-theme.svg');
  });
});

describe('trend text', () => {
  it('cuts a long query in the title to the picture width', () => {
    const title = trendTitle({ query: 'a very long query '.repeat(10).trim(), by: 'outlet' }, 600);
    expect(title).toMatch(/^“a very long qu.*…” by outlet$/);
    expect(textWidth(title, 34, true)).toBeLessThanOrEqual(600);
  });

  it('captions with the period, the total and each series', () => {
    expect(trendCaption(WEEKLY)).toBe(
      '“NATO” by speaker, 1 Jan – 24 Mar 2024: 189 statements per week\nSergey Lavrov 93 · Maria Zakharova 58 · other speakers 15\n3 statements without a date left out.',
    );
  });

  it('tabulates every interval with a total column', () => {
    const table = trendTable(WEEKLY);
    expect(table[0]).toBe('week of     Sergey Lavrov  Maria Zakharova  other speakers  total');
    expect(table[1]).toBe('2024-01-01              5                2               1      8');
    expect(table).toHaveLength(13);
    expect(trendTable(WEEKLY, 4)[1]).toBe('(the first 8 weeks not shown)');
  });
});

describe('hostile text', () => {
  it('draws a query and labels holding control characters and lone surrogates', async () => {
    const chart = await drawTrend({ ...WEEKLY, query: 'NATO\u0000\u0007 \ud800x', series: WEEKLY.series.map((s) => ({ ...s, label: `${s.label}\u0000` })) });
    expect(chart.svg).not.toMatch(/[\p{Cc}\p{Cs}]/u);
    expect(inspect(chart.png).width).toBe(1200);
  });
});
