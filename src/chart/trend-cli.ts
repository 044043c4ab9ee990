// `briefdesk trend QUERY [--by speaker|theme|outlet] [--since D] [--until D] [--interval day|week|month]
//  --out FILE [--format png|svg|json] [--db FILE]`: writes the chart (or its numbers) to FILE and prints the path
// and the series as a small table. Wired into src/cli.ts's command table (loaded on first use: Vega is large).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { parseArgs } from 'node:util';
import {
  describeEmpty,
  intervalOf,
  splitOf,
  TrendInputError,
  type BriefingService,
  type TrendResult,
} from '../core/index.ts';
import { drawTrend } from './index.ts';
import { trendCaption, trendTable } from './text.ts';

export const TREND_USAGE = `  trend QUERY --out FILE [--by speaker|theme|outlet] [--since DATE] [--until DATE]
        [--interval day|week|month] [--format png|svg|json] [--db FILE]
                                                 a chart of how many statements match QUERY per interval, split by
                                                 the top five speakers, themes or outlets; prints the numbers too`;

export interface TrendCliContext {
  openService(db: string): BriefingService;
  readonly defaultDb: string;
  usage(message: string): Error;
}

export type ChartFormat = 'png' | 'svg' | 'json';

/** The numbers of a trend as JSON (what --format json writes). */
export function trendJson(trend: TrendResult) {
  const { query, by, interval, from, to, intervals, statements, undated } = trend;
  return { query, by, interval, from, to, intervals, statements, undated, series: trend.series.map((s) => ({ key: s.key, label: s.label, total: s.total, counts: s.counts })) };
}

/** Writes a trend that has statements to `file` (folders created); resolves with what was written. */
export async function saveTrend(trend: TrendResult, file: string, format: ChartFormat): Promise<string> {
  mkdirSync(dirname(file), { recursive: true });
  if (format === 'json') {
    writeFileSync(file, `${JSON.stringify(trendJson(trend), null, 2)}\n`);
    return 'JSON';
  }
  const chart = await drawTrend(trend);
  writeFileSync(file, format === 'svg' ? chart.svg : chart.png);
  return `${format.toUpperCase()}, ${chart.width}×${chart.height}`;
}

export async function runTrendCommand(args: string[], out: NodeJS.WritableStream, ctx: TrendCliContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, by: { type: 'string' },
        since: { type: 'string' }, until: { type: 'string' }, interval: { type: 'string' },
      },
    });
  } catch (err) {
    throw ctx.usage((err as Error).message);
  }
  const { values, positionals } = parsed;
  const file = values.out;
  if (!file) throw ctx.usage('trend needs --out FILE, e.g. briefdesk trend NATO --out nato.png');
  const format = values.format ?? ({ '.svg': 'svg', '.json': 'json' }[extname(file).toLowerCase()] ?? 'png');
  if (format !== 'png' && format !== 'svg' && format !== 'json') throw ctx.usage(`--format must be one of png, svg, json (got "${format}")`);
  const query = [positionals.join(' ').trim(), values.since ? `since:${values.since}` : '', values.until ? `until:${values.until}` : ''].filter(Boolean).join(' ');
  const service = ctx.openService(values.db ?? ctx.defaultDb);
  try {
    const trend = service.trend({ query, by: values.by ? splitOf(values.by) : null, interval: values.interval ? intervalOf(values.interval) : null });
    const empty = describeEmpty(trend);
    if (empty) {
      process.stderr.write(`briefdesk: ${empty.title}\n${empty.hints.map((h) => `  ${h}\n`).join('')}`);
      return 1;
    }
    const what = await saveTrend(trend, file, format);
    out.write(`wrote ${file} (${what})\n${trendCaption(trend)}\n\n${trendTable(trend).join('\n')}\n`);
    return 0;
  } catch (err) {
    if (err instanceof TrendInputError) throw ctx.usage([err.message, ...err.hints].join(' '));
    throw err;
  } finally {
    service.close();
  }
}
