// A trend as a Vega specification (the grammar of graphics: data, scales, axes, legend, marks): one line per
// series over UTC time, at phone size by default (1200 × 675). Pure: the same trend always gives the same spec.
import type { Spec } from 'vega';
import type { Trend } from '../core/index.ts';
import { FONT_FAMILY, fitText, textWidth } from './font.ts';
import { GRID, INK, MUTED, OTHERS_COLOUR, OTHERS_DASH, OTHERS_SHAPE, SERIES_COLOURS, SERIES_DASHES, SERIES_SHAPES } from './palette.ts';
import { periodText, statementsText } from './words.ts';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export const PHONE_SIZE: ChartSize = { width: 1200, height: 675 };

const TITLE_SIZE = 34;
const SUBTITLE_SIZE = 22;
const LABEL_SIZE = 19;
const PADDING = 28;
/** Points are drawn while they do not crowd the line. */
const MAX_POINTS = 40;

const BY: Record<Trend['by'], string> = { speaker: 'speaker', theme: 'theme', outlet: 'outlet' };
const PER: Record<Trend['interval'], string> = { day: 'day', week: 'week', month: 'month' };

/** The chart's title: what was counted, split by what; a long query is cut to fit `maxWidth` px. */
export function trendTitle(trend: Pick<Trend, 'query' | 'by'>, maxWidth = Number.POSITIVE_INFINITY): string {
  const tail = ` by ${BY[trend.by]}`;
  const room = maxWidth - textWidth(`“”${tail}`, TITLE_SIZE, true);
  return `“${Number.isFinite(room) ? fitText(trend.query, TITLE_SIZE, room, true) : trend.query}”${tail}`;
}

// a legend symbol of size 900 is 30 px wide; Vega lays each entry out some 10 px wider than symbol + offset + label
const SYMBOL_WIDTH = 40;
const LABEL_OFFSET = 6;
const COLUMN_PADDING = 28;

/**
 * Legend columns: as many (up to three) equal columns as fit the width with every label whole; else one column
 * whose labels are cut to the width. Vega would otherwise cut labels at a fixed limit, or run past the edge.
 */
export function legendLayout(labels: readonly string[], width: number): { columns: number; labelLimit: number } {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, LABEL_SIZE)));
  for (let columns = Math.min(3, labels.length); columns >= 1; columns--) {
    if (columns * (SYMBOL_WIDTH + LABEL_OFFSET + widest) + (columns - 1) * COLUMN_PADDING <= width) return { columns, labelLimit: Math.ceil(widest) + 2 };
  }
  return { columns: 1, labelLimit: Math.floor(width - SYMBOL_WIDTH - LABEL_OFFSET) };
}

/** Date format of the x axis: days and weeks as "4 Mar" (with the year when the period spans two), months "Mar 2024". */
function axisFormat(trend: Trend): string {
  if (trend.interval === 'month') return '%b %Y';
  const years = new Set(trend.intervals.map((s) => s.slice(0, 4)));
  return years.size > 1 ? '%-d %b %Y' : '%-d %b';
}

const time = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Text that XML (and so SVG) can hold: no control characters, no lone surrogates. */
export const printable = (text: string): string => text.replace(/[\p{Cc}\p{Cs}]/gu, ' ');

/** The Vega spec of a trend chart. */
export function trendSpec(raw: Trend, size: ChartSize = PHONE_SIZE): Spec {
  const trend: Trend = { ...raw, query: printable(raw.query), series: raw.series.map((s) => ({ ...s, label: printable(s.label) })) };
  const labels = trend.series.map((s) => `${s.label} (${s.total.toLocaleString('en-GB')})`);
  const values = trend.series.flatMap((s, i) => s.counts.map((count, k) => ({ series: labels[i], order: i, t: time(trend.intervals[k] ?? ''), count })));
  const colours = trend.series.map((s, i) => (s.key === null ? OTHERS_COLOUR : (SERIES_COLOURS[i] ?? OTHERS_COLOUR)));
  const dashes = trend.series.map((s, i) => (s.key === null ? OTHERS_DASH : (SERIES_DASHES[i] ?? OTHERS_DASH)));
  const shapes = trend.series.map((s, i) => (s.key === null ? OTHERS_SHAPE : (SERIES_SHAPES[i] ?? OTHERS_SHAPE)));
  const first = trend.intervals[0] ?? '1970-01-01';
  const last = trend.intervals[trend.intervals.length - 1] ?? first;
  const single = first === last;
  const footnote = trend.undated > 0 ? `${statementsText(trend.undated)} without a date ${trend.undated === 1 ? 'is' : 'are'} left out.` : '';
  const showPoints = trend.intervals.length <= MAX_POINTS;
  const font = { font: FONT_FAMILY };
  const legend = legendLayout(labels, size.width - 2 * PADDING);
  return {
    // with autosize fit and contains: padding, width and height are the whole picture's
    width: size.width,
    height: size.height,
    padding: PADDING,
    autosize: { type: 'fit', contains: 'padding' },
    background: 'white',
    config: { text: { ...font, fill: INK }, axis: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY }, legend: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY }, title: { font: FONT_FAMILY, subtitleFont: FONT_FAMILY } },
    title: {
      text: trendTitle(trend, size.width - 2 * PADDING),
      // a statement with two themes counts under both
      subtitle: `${periodText(trend)} · ${statementsText(trend.statements)}, counted per ${PER[trend.interval]}${trend.by === 'theme' ? ' and theme' : ''}`,
      anchor: 'start',
      frame: 'group',
      fontSize: TITLE_SIZE,
      fontWeight: 'bold',
      color: INK,
      subtitleFontSize: SUBTITLE_SIZE,
      subtitleColor: MUTED,
      subtitlePadding: 8,
      offset: 14,
    },
    data: [{ name: 'points', values }],
    scales: [
      { name: 'x', type: 'utc', domain: single ? [time(first) - 43_200_000, time(first) + 43_200_000] : [time(first), time(last)], range: 'width' },
      { name: 'y', type: 'linear', domain: { data: 'points', field: 'count' }, zero: true, nice: true, range: 'height', domainMin: 0 },
      { name: 'colour', type: 'ordinal', domain: labels, range: colours },
      { name: 'dash', type: 'ordinal', domain: labels, range: dashes.map((d) => [...d]) },
      { name: 'shape', type: 'ordinal', domain: labels, range: shapes },
    ],
    axes: [
      {
        orient: 'bottom', scale: 'x', format: axisFormat(trend), formatType: 'utc', labelFontSize: LABEL_SIZE, labelColor: INK, labelOverlap: true,
        labelFlush: true, tickCount: single ? 1 : Math.min(8, trend.intervals.length), domainColor: MUTED, tickColor: MUTED,
        title: `${trend.interval === 'week' ? 'Week starting' : trend.interval === 'month' ? 'Month' : 'Day'}${footnote ? `   ·   ${footnote}` : ''}`,
        titleFontSize: LABEL_SIZE - 1, titleFontWeight: 'normal', titleColor: MUTED, titlePadding: 12,
      },
      {
        orient: 'left', scale: 'y', title: `Statements per ${PER[trend.interval]}`, format: ',d', tickMinStep: 1, grid: true, gridColor: GRID,
        labelFontSize: LABEL_SIZE, labelColor: INK, titleFontSize: LABEL_SIZE - 1, titleFontWeight: 'normal', titleColor: MUTED, domain: false, ticks: false, labelPadding: 8,
      },
    ],
    legends: [
      {
        stroke: 'colour', strokeDash: 'dash', shape: 'shape', orient: 'top', direction: 'horizontal', ...legend, gridAlign: 'all',
        labelFontSize: LABEL_SIZE, labelColor: INK, labelOffset: LABEL_OFFSET, symbolStrokeWidth: 3.5, symbolSize: 260,
        symbolFillColor: 'white', columnPadding: COLUMN_PADDING, rowPadding: 8, padding: 0, offset: 26,
        encode: { symbols: { update: { shape: { value: 'stroke' }, size: { value: 900 } } } },
      },
    ],
    marks: [
      {
        type: 'group',
        from: { facet: { name: 'series', data: 'points', groupby: ['series', 'order'] } },
        sort: { field: 'order', order: 'descending' }, // the top series is drawn last, on top
        marks: [
          {
            type: 'line', from: { data: 'series' },
            encode: { enter: { x: { scale: 'x', field: 't' }, y: { scale: 'y', field: 'count' }, stroke: { scale: 'colour', field: 'series' }, strokeDash: { scale: 'dash', field: 'series' }, strokeWidth: { value: 3.5 }, strokeJoin: { value: 'round' } } },
          },
          ...(showPoints
            ? [{
                type: 'symbol' as const, from: { data: 'series' },
                encode: { enter: { x: { scale: 'x', field: 't' }, y: { scale: 'y', field: 'count' }, shape: { scale: 'shape', field: 'series' }, stroke: { scale: 'colour', field: 'series' }, fill: { value: 'white' }, strokeWidth: { value: 2.5 }, size: { value: trend.intervals.length <= 3 ? 320 : 110 } } }, // a lone point must be seen
              }]
            : []),
        ],
      },
    ],
  } as Spec;
}
