// Trend charts (issue 16): how long /trend takes on the bench store. Each query of the fixed mix (plus a speaker
// alone and a whole year) is counted and turned into series three times — split by speaker, theme and outlet —
// and one chart is drawn to PNG (SVG by Vega, PNG by resvg). Figures are wall and CPU milliseconds.
import type { BriefingService } from '../src/core/briefing-service.ts';
import type { TrendSplit } from '../src/core/trend/index.ts';

export interface TrendBench {
  readonly runs: number;
  /** Counting and series (service.trend), per request. */
  readonly ms: { readonly p50: number; readonly p95: number; readonly max: number };
  readonly cpuMs: { readonly p50: number; readonly p95: number; readonly max: number };
  /** The slowest request and how many statements it counted. */
  readonly slowest: { readonly query: string; readonly by: TrendSplit; readonly statements: number; readonly cpuMs: number };
  /** Drawing one chart (the request with most statements) to PNG, median of three, after a first draw that loads Vega. */
  readonly drawMs: number;
  readonly drawCpuMs: number;
}

const SPLITS: readonly TrendSplit[] = ['speaker', 'theme', 'outlet'];

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const round = (n: number) => Math.round(n * 100) / 100;
const stats = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return { p50: round(quantile(s, 0.5)), p95: round(quantile(s, 0.95)), max: round(s[s.length - 1] ?? Number.NaN) };
};

function timed<T>(work: () => T): { value: T; ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = work();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}

export async function measureTrend(service: BriefingService, mix: readonly string[]): Promise<TrendBench> {
  const queries = [...mix, 'Lavrov', 'since:2024-01 until:2024-12'];
  const wall: number[] = [];
  const cpu: number[] = [];
  let slowest: TrendBench['slowest'] = { query: '', by: 'speaker', statements: 0, cpuMs: -1 };
  let biggest = { query: queries[0] ?? 'security', by: 'speaker' as TrendSplit, statements: -1 };
  service.trend({ query: queries[0] ?? 'security' }); // warm-up
  for (const query of queries) {
    for (const by of SPLITS) {
      const run = timed(() => service.trend({ query, by }));
      wall.push(run.ms);
      cpu.push(run.cpuMs);
      if (run.cpuMs > slowest.cpuMs) slowest = { query, by, statements: run.value.statements, cpuMs: round(run.cpuMs) };
      if (run.value.statements > biggest.statements) biggest = { query, by, statements: run.value.statements };
    }
  }
  const { drawTrend } = await import('../src/chart/index.ts');
  const trend = service.trend({ query: biggest.query, by: biggest.by });
  await drawTrend(trend); // loads Vega and the font metrics
  const draws: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await drawTrend(trend);
    const c = process.cpuUsage(c0);
    draws.push({ ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 });
  }
  draws.sort((a, b) => a.cpuMs - b.cpuMs);
  return { runs: wall.length, ms: stats(wall), cpuMs: stats(cpu), slowest, drawMs: round(draws[1]?.ms ?? Number.NaN), drawCpuMs: round(draws[1]?.cpuMs ?? Number.NaN) };
}

/** One line for the bench's output. */
export function formatTrend(size: string, statements: number, t: TrendBench): string {
  return (
    `trend (${size}, ${statements.toLocaleString('en-US')} statements): ${t.runs} requests, CPU ms p50 ${t.cpuMs.p50} / p95 ${t.cpuMs.p95} / max ${t.cpuMs.max} ` +
    `(wall ${t.ms.p50} / ${t.ms.p95} / ${t.ms.max}); slowest "${t.slowest.query}" by ${t.slowest.by} (${t.slowest.statements.toLocaleString('en-US')} statements); ` +
    `drawing the PNG ${t.drawCpuMs} ms CPU (${t.drawMs} wall)`
  );
}
