// How charts, captions and tables say periods and counts: "4–20 Mar 2024", "1,234 statements".
import type { Trend } from '../core/index.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const parts = (day: string) => ({ y: day.slice(0, 4), m: MONTHS[Number(day.slice(5, 7)) - 1] ?? '', d: String(Number(day.slice(8, 10))) });

/** "4 Mar 2024". */
export function dayText(day: string): string {
  const { y, m, d } = parts(day);
  return `${d} ${m} ${y}`;
}

/** "4–20 Mar 2024", "28 Feb – 3 Mar 2024", "Dec 2023 – Feb 2024" (months), or "no dated statements". */
export function periodText(trend: Pick<Trend, 'from' | 'to' | 'interval'>): string {
  if (!trend.from || !trend.to) return 'no dated statements';
  const a = parts(trend.from);
  const b = parts(trend.to);
  if (trend.interval === 'month') return a.y === b.y && a.m === b.m ? `${a.m} ${a.y}` : `${a.m} ${a.y} – ${b.m} ${b.y}`;
  if (trend.from === trend.to) return dayText(trend.from);
  if (a.y !== b.y) return `${dayText(trend.from)} – ${dayText(trend.to)}`;
  if (a.m !== b.m) return `${a.d} ${a.m} – ${b.d} ${b.m} ${b.y}`;
  return `${a.d}–${b.d} ${b.m} ${b.y}`;
}

/** "1 statement", "1,234 statements". */
export function statementsText(n: number): string {
  return `${n.toLocaleString('en-GB')} statement${n === 1 ? '' : 's'}`;
}
