// Calendar arithmetic for trend intervals, on ISO dates (YYYY-MM-DD) in UTC: where an interval starts, the next
// one, its last day, and which interval suits a period. Weeks start on Monday (ISO 8601).

export type TrendInterval = 'day' | 'week' | 'month';
export const TREND_INTERVALS: readonly TrendInterval[] = ['day', 'week', 'month'];

const DAY_MS = 86_400_000;

const toTime = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

/** The first day of the interval that holds `day`. */
export function intervalStart(day: string, interval: TrendInterval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const t = toTime(day);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return toDay(t - weekday * DAY_MS);
}

/** The first day of the interval after the one starting at `start`. */
export function nextStart(start: string, interval: TrendInterval): string {
  if (interval === 'day') return toDay(toTime(start) + DAY_MS);
  if (interval === 'week') return toDay(toTime(start) + 7 * DAY_MS);
  const d = new Date(toTime(start));
  return toDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** The last day of the interval starting at `start`. */
export function intervalEnd(start: string, interval: TrendInterval): string {
  return toDay(toTime(nextStart(start, interval)) - DAY_MS);
}

/** How many intervals cover the days from `from` to `to` (both included). */
export function intervalCount(from: string, to: string, interval: TrendInterval): number {
  const a = intervalStart(from, interval);
  const b = intervalStart(to, interval);
  if (interval === 'day') return daysBetween(a, b) + 1;
  if (interval === 'week') return daysBetween(a, b) / 7 + 1;
  const months = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
  return months(b) - months(a) + 1;
}

/** The starts of every interval from the one holding `from` to the one holding `to`, empty ones included. */
export function intervalStarts(from: string, to: string, interval: TrendInterval): string[] {
  const starts: string[] = [];
  const last = intervalStart(to, interval);
  for (let s = intervalStart(from, interval); s <= last; s = nextStart(s, interval)) starts.push(s);
  return starts;
}

/** Days for up to about six weeks, weeks for up to about nine months, months beyond. */
export function chooseInterval(from: string, to: string): TrendInterval {
  const days = daysBetween(from, to) + 1;
  if (days <= 45) return 'day';
  if (days <= 270) return 'week';
  return 'month';
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && toDay(toTime(value)) === value;
}
