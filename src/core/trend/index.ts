// Trend charts' core (issue 16): "who talks about what, over time". The one door: computeTrend() asks the store
// for day counts (StatementStore.countByDay) and turns them into series (series.ts) over intervals (periods.ts);
// describeEmpty() words an empty answer the same way on every platform. Drawing lives outside the core (src/chart).
import type { QuoteQuery } from '../model.ts';
import type { DayCount, TrendSplit } from '../store/statement-store.ts';
import { chooseInterval, intervalCount, intervalEnd, type TrendInterval } from './periods.ts';
import { TrendInputError, checkDates, type TrendRequest } from './request.ts';
import { buildSeries, periodOf, type Trend } from './series.ts';

export { TREND_INTERVALS, chooseInterval, intervalEnd, type TrendInterval } from './periods.ts';
export { TREND_SPLITS, TrendInputError, intervalOf, parseTrendText, splitOf, type TrendRequest } from './request.ts';
export type { Trend, TrendSeries } from './series.ts';
export type { DayCount, TrendSplit } from '../store/statement-store.ts';

/** More intervals than this would not be readable on a phone. */
export const MAX_INTERVALS = 400;

export interface TrendDeps {
  readonly countByDay: (query: QuoteQuery, by: TrendSplit) => DayCount[];
  /** The /quote parser (speaker names resolved). */
  readonly parse: (text: string) => QuoteQuery;
  /** The legend's name for a key (theme labels from the taxonomy); default: the key. */
  readonly label?: (by: TrendSplit, key: string) => string;
  /** Today (ISO day): a period is never drawn past it. */
  readonly today?: () => string;
}

/** A trend, and when its period is empty, what the query matches outside it. */
export interface TrendResult extends Trend {
  readonly elsewhere: { readonly statements: number; readonly from: string; readonly to: string } | null;
}

const OTHERS: Record<TrendSplit, string> = { speaker: 'other speakers', theme: 'other themes', outlet: 'other outlets' };

/** Counts and series for a request; TrendInputError for input that cannot give a chart. */
export function computeTrend(deps: TrendDeps, request: TrendRequest): TrendResult {
  // control characters and lone surrogates (chat text may hold anything) would end up in titles, SVG and captions
  const text = request.query.replace(/[\p{Cc}\p{Cs}]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') throw new TrendInputError('A trend needs a topic or a speaker.', ['For example: /trend NATO, /trend Lavrov by:theme, /trend sanctions since:2024']);
  checkDates(text);
  const query = deps.parse(text);
  const by = request.by ?? 'speaker';
  if (query.terms.length + query.phrases.length + query.speakers.length === 0 && [query.since, query.until, query.outlet, query.theme].every((f) => f === null)) {
    throw new TrendInputError(`“${text}” names no topic or speaker to count.`, ['For example: /trend NATO, /trend Lavrov by:theme']);
  }
  const today = deps.today?.() ?? null;
  const until = query.until !== null && today !== null && query.until > today ? today : query.until;
  if (query.since !== null && until !== null && query.since > until) {
    throw new TrendInputError(`The period is empty: since:${query.since} is after ${query.until === until ? 'until:' : 'today, '}${until}.`, ['Put the earlier date in since: and the later one in until:.']);
  }
  const rows = deps.countByDay(query, by);
  const period = periodOf(rows, query.since, until) ?? (query.since !== null && until !== null ? { from: query.since, to: until } : null);
  const interval = request.interval ?? (period ? chooseInterval(period.from, period.to) : 'day');
  if (period && intervalCount(period.from, period.to, interval) > MAX_INTERVALS) {
    throw new TrendInputError(`${period.from} to ${period.to} in ${interval}s is more than ${MAX_INTERVALS} points: too many to read.`, [
      request.interval ? 'Use a longer interval (week or month), or a shorter period with since: and until:.' : 'Give a shorter period with since: and until:.',
    ]);
  }
  const trend = buildSeries(rows, {
    query: text,
    by,
    interval,
    since: query.since,
    until,
    label: deps.label ? (key) => (deps.label as NonNullable<TrendDeps['label']>)(by, key) : undefined,
    othersLabel: OTHERS[by],
  });
  let elsewhere: TrendResult['elsewhere'] = null;
  if (trend.statements === 0 && (query.since !== null || query.until !== null)) {
    const all = deps.countByDay({ ...query, since: null, until: null }, by);
    const span = periodOf(all, null, null);
    const statements = all.reduce((n, r) => n + (r.day === null ? 0 : r.statements), 0);
    if (span && statements > 0) elsewhere = { statements, from: span.from, to: span.to };
  }
  // an empty period keeps the bounds asked for, so that answers can name them
  return { ...trend, from: trend.from ?? query.since, to: trend.to ?? until, elsewhere };
}

/** What to answer when a trend has nothing to draw: a title and hints; null when there is a chart. */
export function describeEmpty(trend: TrendResult): { title: string; hints: string[] } | null {
  if (trend.statements > 0) return null;
  const q = `“${trend.query}”`;
  if (trend.elsewhere) {
    const { statements, from, to } = trend.elsewhere;
    return {
      title: `No dated statements match ${q} ${periodWords(trend.from, trend.to)}.`,
      hints: [`It matches ${statements} statement${statements === 1 ? '' : 's'} from ${from} to ${to}: try since:${from.slice(0, 7)}.`],
    };
  }
  if (trend.undated > 0) {
    return { title: `The ${trend.undated} statement${trend.undated === 1 ? '' : 's'} matching ${q} ${trend.undated === 1 ? 'has' : 'have'} no date: nothing to draw over time.`, hints: ['Try /quote to read them.'] };
  }
  return { title: `No statements match ${q}.`, hints: ['Try fewer words, a speaker’s surname, or another spelling.'] };
}

/** "from A to B", "since A", "until B". */
function periodWords(from: string | null, to: string | null): string {
  if (from && to) return `from ${from} to ${to}`;
  return from ? `since ${from}` : to ? `until ${to}` : 'in that period';
}

/** "1–7 Mar 2024"-style text is the chart's business; tables and captions use ISO days: the interval's last day. */
export function intervalLastDay(start: string, interval: TrendInterval): string {
  return intervalEnd(start, interval);
}
