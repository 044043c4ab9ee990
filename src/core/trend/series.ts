// Pure: day counts from the store → the series a trend chart draws. The period runs from `since` (else the first
// dated match) to `until` (else the last); every interval in it is present, an empty one as zero. The five keys
// with most statements in the period get a series each; the rest, and statements without a key, are "others".
import type { DayCount, TrendSplit } from '../store/statement-store.ts';
import { intervalStart, intervalStarts, type TrendInterval } from './periods.ts';

/** One line of the chart. */
export interface TrendSeries {
  /** The speaker, theme or outlet; null for "others". */
  readonly key: string | null;
  /** What the legend shows. */
  readonly label: string;
  /** Statements per interval, in the order of Trend.intervals. */
  readonly counts: readonly number[];
  readonly total: number;
}

/** A computed trend: what every chart, caption and table is drawn from. */
export interface Trend {
  /** The query as the user wrote it (by:/interval: removed). */
  readonly query: string;
  readonly by: TrendSplit;
  readonly interval: TrendInterval;
  /** First day of each interval, oldest first; empty when nothing dated matched in the period. */
  readonly intervals: readonly string[];
  /** The first and last day of the period drawn (null when nothing dated matched and no period was given). */
  readonly from: string | null;
  readonly to: string | null;
  /** Top keys first (most statements), then "others" when any. */
  readonly series: readonly TrendSeries[];
  /** Dated statements counted in the period (by theme: a statement counts once per theme). */
  readonly statements: number;
  /** Matching statements without a date, left out of the chart (counted for a footnote). */
  readonly undated: number;
}

export interface SeriesOptions {
  readonly query: string;
  readonly by: TrendSplit;
  /** Chosen from the period's length when absent (see chooseInterval). */
  readonly interval: TrendInterval;
  /** Inclusive ISO days; null: from the first / to the last dated match. */
  readonly since?: string | null;
  readonly until?: string | null;
  /** Series drawn besides "others" (default 5). */
  readonly top?: number;
  /** The legend's name for a key (theme labels, for example); default: the key. */
  readonly label?: (key: string) => string;
  /** What "others" is called (default "others"). */
  readonly othersLabel?: string;
}

/** The period a set of day counts covers, inside since/until. */
export function periodOf(rows: readonly DayCount[], since: string | null, until: string | null): { from: string; to: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const r of rows) {
    if (r.day === null || r.statements <= 0 || (since !== null && r.day < since) || (until !== null && r.day > until)) continue;
    if (first === null || r.day < first) first = r.day;
    if (last === null || r.day > last) last = r.day;
  }
  if (first === null || last === null) return null;
  return { from: since ?? first, to: until ?? last };
}

/** Builds the series; rows outside since/until are ignored. */
export function buildSeries(rows: readonly DayCount[], options: SeriesOptions): Trend {
  const since = options.since ?? null;
  const until = options.until ?? null;
  const { interval, by, query } = options;
  const undated = rows.reduce((n, r) => n + (r.day === null ? r.statements : 0), 0);
  const period = periodOf(rows, since, until) ?? (since !== null && until !== null ? { from: since, to: until } : null);
  if (period === null) return { query, by, interval, intervals: [], from: null, to: null, series: [], statements: 0, undated };
  const intervals = intervalStarts(period.from, period.to, interval);
  const slot = new Map(intervals.map((s, i) => [s, i]));
  const perKey = new Map<string | null, number[]>();
  const totals = new Map<string | null, number>();
  for (const r of rows) {
    if (r.day === null || r.day < period.from || r.day > period.to) continue;
    const i = slot.get(intervalStart(r.day, interval));
    if (i === undefined) continue;
    let counts = perKey.get(r.key);
    if (!counts) perKey.set(r.key, (counts = new Array<number>(intervals.length).fill(0)));
    counts[i] = (counts[i] ?? 0) + r.statements;
    totals.set(r.key, (totals.get(r.key) ?? 0) + r.statements);
  }
  const ranked = [...totals.keys()]
    .filter((k): k is string => k !== null)
    .sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
  const top = ranked.slice(0, options.top ?? 5);
  const label = options.label ?? ((k: string) => k);
  const series: TrendSeries[] = top.map((key) => ({ key, label: label(key), counts: perKey.get(key) ?? [], total: totals.get(key) ?? 0 }));
  const others = new Array<number>(intervals.length).fill(0);
  for (const [key, counts] of perKey) {
    if (key !== null && top.includes(key)) continue;
    counts.forEach((n, i) => (others[i] = (others[i] ?? 0) + n));
  }
  const othersTotal = others.reduce((a, b) => a + b, 0);
  if (othersTotal > 0) series.push({ key: null, label: options.othersLabel ?? 'others', counts: others, total: othersTotal });
  const statements = series.reduce((n, s) => n + s.total, 0);
  return { query, by, interval, intervals, from: period.from, to: period.to, series, statements, undated };
}
