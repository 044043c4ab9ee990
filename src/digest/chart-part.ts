// The digest's chart part (`/subscribe … chart`): the period's statements counted by theme, frozen with the run
// as one part (a marked JSON string, so the run's parts stay a list of strings in both stores) and drawn only when
// the part is sent, by whatever `drawChart` the runner was given (src/chart: a bar chart as PNG).
import type { Digest } from './model.ts';
import { formatLocal } from './local-time.ts';

/** What the chart shows: one bar per digest group (theme, similar statements, other), biggest first. */
export interface DigestChart {
  readonly title: string;
  /** The period in words, e.g. "2024-05-01 05:58 → 2024-05-01 06:00 (UTC)". */
  readonly period: string;
  readonly bars: readonly { readonly label: string; readonly statements: number }[];
  readonly statements: number;
}

/** Bars drawn; the smaller groups are summed into one "Other themes" bar. */
export const CHART_BARS = 8;

/** Marks a frozen part as the chart (a text part never starts with a control character). */
const MARK = '\u001fchart\u001f';

/** The chart of a digest, or null when it has no statements to count. */
export function digestChart(digest: Digest): DigestChart | null {
  if (digest.groups.length === 0 || digest.statementCount === 0) return null;
  const all = digest.groups
    .map((g) => ({ label: g.label, statements: g.statements.length }))
    .filter((b) => b.statements > 0)
    .sort((a, b) => b.statements - a.statements || a.label.localeCompare(b.label));
  const shown = all.length > CHART_BARS ? all.slice(0, CHART_BARS - 1) : all;
  const rest = all.slice(shown.length).reduce((n, b) => n + b.statements, 0);
  const bars = rest > 0 ? [...shown, { label: 'Other themes', statements: rest }] : shown;
  const to = formatLocal(digest.to, digest.timeZone);
  return {
    title: 'This period by theme',
    period: `${digest.from ? `${formatLocal(digest.from, digest.timeZone)} → ${to}` : `until ${to}`} (${digest.timeZone})`,
    bars,
    statements: digest.statementCount,
  };
}

/** The short caption sent with the picture (plain text): what it counts, and the biggest groups in words. */
export function chartCaption(chart: DigestChart): string {
  const top = chart.bars.slice(0, 3).map((b) => `${b.label} ${b.statements}`).join(', ');
  return `${chart.title}: ${chart.statements} statement${chart.statements === 1 ? '' : 's'}, ${chart.period}. ${top}.`;
}

export function chartPart(chart: DigestChart): string {
  return MARK + JSON.stringify(chart);
}

/** The chart frozen in a part, or null for a text part. */
export function readChartPart(part: string): DigestChart | null {
  if (!part.startsWith(MARK)) return null;
  try {
    return JSON.parse(part.slice(MARK.length)) as DigestChart;
  } catch {
    return null;
  }
}
