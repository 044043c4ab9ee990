// A horizontal bar chart as a Vega specification: one bar per label, biggest first, the count written at the end of
// each bar (the digest's "this period by theme" picture). Pure: the same bars always give the same spec.
import type { Spec } from 'vega';
import { FONT_FAMILY, fitText } from './font.ts';
import { GRID, INK, MUTED, SERIES_COLOURS } from './palette.ts';
import { printable, type ChartSize } from './trend-spec.ts';

export interface BarChart {
  readonly title: string;
  readonly subtitle: string;
  /** Title of the value axis, e.g. "Statements". */
  readonly axisTitle: string;
  readonly bars: readonly { readonly label: string; readonly value: number }[];
}

/** Small: a digest's picture sits under a long text. */
export const SMALL_SIZE: ChartSize = { width: 960, height: 540 };

const TITLE_SIZE = 30;
const SUBTITLE_SIZE = 19;
const LABEL_SIZE = 18;
const PADDING = 24;
/** Bar labels longer than this (px) are cut with an ellipsis. */
const LABEL_ROOM = 300;

/** The Vega spec of a bar chart (bars in the given order, top to bottom). */
export function barSpec(chart: BarChart, size: ChartSize = SMALL_SIZE): Spec {
  const values = chart.bars.map((b, i) => ({ label: `${i + 1}. ${fitText(printable(b.label), LABEL_SIZE, LABEL_ROOM)}`, value: b.value }));
  return {
    width: size.width,
    height: size.height,
    padding: PADDING,
    autosize: { type: 'fit', contains: 'padding' },
    background: 'white',
    config: { text: { font: FONT_FAMILY, fill: INK }, axis: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY }, title: { font: FONT_FAMILY, subtitleFont: FONT_FAMILY } },
    title: {
      text: fitText(printable(chart.title), TITLE_SIZE, size.width - 2 * PADDING, true),
      subtitle: fitText(printable(chart.subtitle), SUBTITLE_SIZE, size.width - 2 * PADDING),
      anchor: 'start', frame: 'bounds', fontSize: TITLE_SIZE, fontWeight: 'bold', color: INK,
      subtitleFontSize: SUBTITLE_SIZE, subtitleColor: MUTED, subtitlePadding: 8, offset: 16,
    },
    data: [{ name: 'bars', values }],
    scales: [
      { name: 'y', type: 'band', domain: values.map((v) => v.label), range: 'height', paddingInner: 0.25, paddingOuter: 0.1 },
      { name: 'x', type: 'linear', domain: { data: 'bars', field: 'value' }, zero: true, nice: true, range: 'width', domainMin: 0 },
    ],
    axes: [
      { orient: 'left', scale: 'y', labelFontSize: LABEL_SIZE, labelColor: INK, labelLimit: LABEL_ROOM + 40, domain: false, ticks: false, labelPadding: 10 },
      {
        orient: 'bottom', scale: 'x', title: chart.axisTitle, format: ',d', tickMinStep: 1, grid: true, gridColor: GRID, labelFontSize: LABEL_SIZE - 2,
        labelColor: INK, titleFontSize: LABEL_SIZE - 1, titleFontWeight: 'normal', titleColor: MUTED, domainColor: MUTED, tickColor: MUTED,
      },
    ],
    marks: [
      {
        type: 'rect', from: { data: 'bars' },
        encode: { enter: { y: { scale: 'y', field: 'label' }, height: { scale: 'y', band: 1 }, x: { scale: 'x', value: 0 }, x2: { scale: 'x', field: 'value' }, fill: { value: SERIES_COLOURS[0] } } },
      },
      {
        type: 'text', from: { data: 'bars' },
        encode: {
          enter: {
            y: { scale: 'y', field: 'label', band: 0.5 }, x: { scale: 'x', field: 'value', offset: 6 }, text: { signal: "format(datum.value, ',d')" },
            baseline: { value: 'middle' }, fontSize: { value: LABEL_SIZE }, fill: { value: INK },
          },
        },
      },
    ],
  } as Spec;
}
