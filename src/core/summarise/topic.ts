// `/summary topic:<text> [days]` and `briefdesk summary QUERY --since DATE`: search, then summarise the hits.
// Takes the search as a function so it works with the briefing service, a store, or a test double.
import type { QuoteHit, StoredStatement } from '../model.ts';
import { rankStatements, speakerCounts, summarise, type SummaryOptions } from './extractive.ts';

export interface TopicSummary {
  readonly query: string;
  /** Inclusive ISO date the search started from, or null for all time. */
  readonly since: string | null;
  readonly summary: string;
  /** Every statement found (best search hits first). */
  readonly statements: readonly StoredStatement[];
  /** The few statements worth quoting under the summary, redundancy removed. */
  readonly topQuotes: readonly StoredStatement[];
  /** Who said most on the topic: named speakers with their statement counts, most first (at most five). */
  readonly speakers: readonly { readonly name: string; readonly statements: number }[];
}

export interface TopicOptions extends SummaryOptions {
  /** ISO date (YYYY-MM-DD) or null. Wins over `days`. */
  readonly since?: string | null;
  /** Last N days, counted back from `now`. */
  readonly days?: number;
  readonly now?: Date;
  /** Statements considered (search hits; default 200, so that a topic's main speakers are all in view). */
  readonly limit?: number;
  readonly quotes?: number;
}

/** Runs the query (with `since:` added when asked) and summarises what it found. */
export function summariseTopic(
  search: (query: string, options: { limit: number }) => QuoteHit[],
  query: string,
  options: TopicOptions = {},
): TopicSummary {
  const since = options.since ?? (options.days !== undefined ? daysAgo(options.now ?? new Date(), options.days) : null);
  const text = since ? `${query} since:${since}` : query;
  const statements = search(text, { limit: options.limit ?? 200 }).map((h) => h.statement);
  // Ranking weighs each speaker's share of the hits, so the people who said most on the topic lead the summary.
  const speakers = [...speakerCounts(statements)]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([name, n]) => ({ name, statements: n }));
  return {
    query,
    since,
    summary: summarise(statements, options),
    statements,
    topQuotes: rankStatements(statements, { limit: options.quotes ?? 3 }),
    speakers,
  };
}

/** ISO date `days` days before `now` (UTC). */
export function daysAgo(now: Date, days: number): string {
  const d = new Date(now.getTime() - Math.max(0, Math.floor(days)) * 86_400_000);
  return d.toISOString().slice(0, 10);
}
