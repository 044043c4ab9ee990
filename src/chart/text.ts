// The numbers of a trend as text: a caption (under a photo, ≤ 1,024 characters) and a small table (console,
// command line, the text fallback when a picture cannot be sent).
import type { Trend } from '../core/index.ts';
import { periodText, statementsText } from './words.ts';

const BY: Record<Trend['by'], string> = { speaker: 'speaker', theme: 'theme', outlet: 'outlet' };

/** "“NATO” by speaker, 4–20 Mar 2024: 120 statements" then "Sergey Lavrov 80 · Maria Zakharova 30 · others 10". */
export function trendCaption(trend: Trend, max = 1024): string {
  const head = `“${trend.query}” by ${BY[trend.by]}, ${periodText(trend)}: ${statementsText(trend.statements)} per ${trend.interval}`;
  const totals = trend.series.map((s) => `${s.label} ${s.total.toLocaleString('en-GB')}`).join(' · ');
  const foot = trend.undated > 0 ? `${statementsText(trend.undated)} without a date left out.` : '';
  const text = [head, totals, foot].filter(Boolean).join('\n');
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Columns: interval start, one per series (short names), total; at most `maxRows` rows (the latest). */
export function trendTable(trend: Trend, maxRows = 60): string[] {
  const names = trend.series.map((s) => (s.label.length > 18 ? `${s.label.slice(0, 17)}…` : s.label));
  const header = [trend.interval === 'week' ? 'week of' : trend.interval, ...names, 'total'];
  const rows = trend.intervals.map((start, i) => {
    const counts = trend.series.map((s) => s.counts[i] ?? 0);
    return [trend.interval === 'month' ? start.slice(0, 7) : start, ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))];
  });
  const shown = rows.slice(-maxRows);
  const widths = header.map((h, c) => Math.max(h.length, ...shown.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd();
  const out = [line(header), ...shown.map(line)];
  if (rows.length > shown.length) out.splice(1, 0, `(the first ${rows.length - shown.length} ${trend.interval}s not shown)`);
  return out;
}
