// Charts (issue 16), outside the core: a computed Trend → a Vega spec → SVG → PNG. The one door for the CLI and
// the bots: drawTrend(). Text alternatives (caption, table) come from the same module so that they match.
import type { TrendResult } from '../core/index.ts';
import { barSpec, SMALL_SIZE, type BarChart } from './bar-spec.ts';
import { specToSvg, svgToPng } from './render.ts';
import { PHONE_SIZE, trendSpec, type ChartSize } from './trend-spec.ts';

export { trendCaption, trendTable } from './text.ts';
export { periodText, statementsText } from './words.ts';
export { PHONE_SIZE, trendSpec, trendTitle, type ChartSize } from './trend-spec.ts';
export { specToSvg, svgToPng } from './render.ts';
export { barSpec, SMALL_SIZE, type BarChart } from './bar-spec.ts';

export interface DrawnChart {
  readonly svg: string;
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

/** Draws a trend that has statements (see describeEmpty for the others). */
export async function drawTrend(trend: TrendResult, size: ChartSize = PHONE_SIZE): Promise<DrawnChart> {
  const svg = await specToSvg(trendSpec(trend, size));
  return { svg, ...svgToPng(svg) };
}

/** Draws a bar chart (the digest's "this period by theme"), small by default. */
export async function drawBars(chart: BarChart, size: ChartSize = SMALL_SIZE): Promise<DrawnChart> {
  const svg = await specToSvg(barSpec(chart, size));
  return { svg, ...svgToPng(svg) };
}
