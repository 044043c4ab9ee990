// Ranked search on PostgreSQL: the GIN index over statements.search finds the matches, ts_rank scores them with
// the column weights (speaker above statement text above context), and ties
// go to the newest statement, as in SQLite. No length normalisation: English stop words are not indexed, so
// lengths differ from SQLite's ("A Person" is one word here, two there) and would break ties that SQLite keeps. Filters (speaker, dates, outlet, theme, act) are plain SQL on the same
// query, so PostgreSQL ranks only rows that pass them. AND first; when AND finds nothing, any of the words.
//
// Ranking every match costs a read of each match's tsvector (a common word on a million statements: a scan of
// its matches; the GIN index makes finding them cheap, not ranking them). So a query is first ranked over a
// bounded candidate set (bounded.ts: the newest matches, exact when they are all the matches, and the strong
// ones); full ranking answers when the candidates cannot fill the page.
import { clampInt, outletKey, planSearch, SEARCH_LIMITS, type DayCount, type QuoteHit, type QuoteQuery, type SearchPlan, type TrendSplit } from '../../core/index.ts';
import { boundedHits, ORDER, type PgBoundedOptions } from './bounded.ts';
import { readPage, type Page } from './hydrate.ts';
import { PostgresError, type PgConnection } from './sync-connection.ts';
import { asciiLower, Params, planQuery, RANK_WEIGHTS } from './text-search.ts';

export interface PgSearchOptions {
  /** Sees PostgreSQL errors that search() swallowed (tests rethrow them). */
  readonly onError?: (error: unknown) => void;
  /** Bounded ranking's knobs (bounded.ts); null ranks every match (what the bench compares against). */
  readonly bounded?: PgBoundedOptions | null;
}

/** How many pages were ranked from bounded candidates and how many ranked every match (for the bench). */
export interface PgSearchCounts {
  readonly bounded: number;
  readonly full: number;
}

/** Runs ranked searches; see StatementStore.search. `onRuns` gets the runs of each page's hits (see readPage). */
export function createPgSearcher(conn: PgConnection, options: PgSearchOptions & { readonly onRuns?: (runs: Page['runs']) => void } = {}) {
  const onError = options.onError ?? (() => {});

  /** The SQL selecting the hits' seq and rank, in order; null when the words reduce to nothing (no match). */
  const hitsQuery = (plan: SearchPlan, op: 'all' | 'any', limit: number, offset: number, params: Params): string | null => {
    const match = planQuery(plan, op, params);
    // words that reduce to nothing match nothing (not everything)
    if (match === null && wordsOf(plan) > 0) return null;
    const where = filterClauses(plan, params);
    const lim = params.add(limit);
    const off = params.add(offset);
    if (match === null) {
      return `SELECT s.seq, 0::real AS rank, 'exact' AS how FROM statements s ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${ORDER} LIMIT ${lim} OFFSET ${off}`;
    }
    return `SELECT s.seq, ts_rank('${RANK_WEIGHTS}', s.search, q.query) AS rank, 'exact' AS how
        FROM (SELECT ${match} AS query) q, statements s
       WHERE s.search @@ q.query${where.map((w) => ` AND ${w}`).join('')}
       ORDER BY rank DESC, ${ORDER} LIMIT ${lim} OFFSET ${off}`;
  };
  const order = `p.rank DESC, ${ORDER.replace(/s\./g, 'p.')}`;
  const counts = { bounded: 0, full: 0 };
  /** Bounded first (one round trip: the page's hits with everything shown, and their runs), else full ranking. */
  const page = (plan: SearchPlan, op: 'all' | 'any', limit: number, offset: number): Page | null => {
    if (options.bounded !== null) {
      const params = new Params();
      const bounded = boundedHits(plan, op, filterClauses(plan, params), { limit, offset }, params, options.bounded);
      if (bounded !== null) {
        const found = readPage(conn, bounded.sql, order, params.values);
        // no candidate at all: nothing matches (the newest matches would hold one), unless only some were read
        if (found.how === 'exact' || found.how === 'bounded' || (found.how === null && offset === 0 && bounded.emptyIsNone)) {
          if (found.how === 'bounded') counts.bounded++;
          return found;
        }
      }
    }
    const params = new Params();
    const sql = hitsQuery(plan, op, limit, offset, params);
    if (sql !== null && plan.components.length + (plan.prefix === null ? 0 : 1) > 0) counts.full++;
    return sql === null ? null : readPage(conn, sql, order, params.values);
  };
  const anyHit = (plan: SearchPlan): boolean => {
    const params = new Params();
    const match = planQuery(plan, 'all', params);
    if (match === null && wordsOf(plan) > 0) return false;
    const where = [...(match === null ? [] : [`s.search @@ ${match}`]), ...filterClauses(plan, params)];
    return conn.query(`SELECT 1 FROM statements s ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} LIMIT 1`, params.values).rows.length > 0;
  };

  const search = (query: QuoteQuery, limit: number, offset = 0): QuoteHit[] => {
    const size = clampInt(limit, 0, SEARCH_LIMITS.maxPageSize);
    const skip = clampInt(offset, 0, Number.MAX_SAFE_INTEGER);
    if (size === 0) return [];
    try {
      const plan = planSearch(query);
      let found = page(plan, 'all', size, skip);
      // AND found nothing at all: retry with any of the words (same speaker and other filters).
      if ((found?.hits.length ?? 0) === 0 && wordsOf(plan) > 1 && (skip === 0 || !anyHit(plan))) found = page(plan, 'any', size, skip);
      if (found) options.onRuns?.(found.runs);
      return (found?.hits ?? []).map((h) => ({ statement: h.statement, score: h.rank }));
    } catch (error) {
      if (error instanceof PostgresError) {
        onError(error);
        return [];
      }
      throw error;
    }
  };
  return Object.assign(search, { counts: (): PgSearchCounts => ({ ...counts }) });
}

/** The key column per trend split; themes come from a LEFT JOIN so that statements without one count under null. */
// An undated statement counts once, under null, whatever its themes (count DISTINCT: the join repeats it per theme).
const TREND_KEY: Record<TrendSplit, string> = { speaker: 's.speaker', outlet: 's.outlet', theme: 'CASE WHEN s.date IS NULL THEN NULL ELSE max(t.theme) END' };

/** StatementStore.countByDay: the statements matching every word and the filters, per day and speaker/theme/outlet. */
export function createPgDayCounter(conn: PgConnection) {
  return (query: QuoteQuery, by: TrendSplit): DayCount[] => {
    const plan = planSearch(query);
    const params = new Params();
    const match = planQuery(plan, 'all', params);
    if (match === null && wordsOf(plan) > 0) return [];
    const conditions = [...(match === null ? [] : [`s.search @@ ${match}`]), ...filterClauses(plan, params)];
    const themes = by === 'theme' ? ' LEFT JOIN statement_themes t ON t.statement_seq = s.seq' : '';
    const group = by === 'theme' ? 's.date, CASE WHEN s.date IS NULL THEN NULL ELSE t.theme_key END' : '1, 2';
    const counted = by === 'theme' ? 'count(DISTINCT s.seq)' : 'count(*)';
    const sql = `SELECT s.date AS day, ${TREND_KEY[by]} AS key, ${counted}::int AS statements FROM statements s${themes}
      ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''} GROUP BY ${group}`;
    return conn.query<DayCount>(sql, params.values).rows.map((r) => ({ day: r.day, key: r.key, statements: r.statements }));
  };
}

/** Terms, phrases and the word being typed. */
function wordsOf(plan: SearchPlan): number {
  return plan.components.length + (plan.prefix === null ? 0 : 1);
}

export function filterClauses(plan: SearchPlan, params: Params): string[] {
  const where: string[] = [];
  if (plan.speakers.length > 0) where.push(`s.speaker_key = ANY(${params.add(plan.speakers.map(asciiLower))}::text[])`);
  if (plan.speakerWindows.length > 0) {
    // a role's holders while they held it; an undated statement counts for a role still held
    const windows = plan.speakerWindows.map(
      (w) => `(s.speaker_key = ${params.add(asciiLower(w.speaker))} AND coalesce(s.date, '9999-12-31') BETWEEN ${params.add(w.from ?? '0000-01-01')} AND ${params.add(w.until ?? '9999-12-31')})`,
    );
    where.push(`(${windows.join(' OR ')})`);
  }
  if (plan.since !== null) where.push(`s.date >= ${params.add(plan.since)}`);
  if (plan.until !== null) where.push(`s.date <= ${params.add(plan.until)}`);
  // outlet_keys lists the outlets of every source ("|tass|reuters|"), see outletKey
  if (plan.outlet !== null) {
    const key = outletKey(plan.outlet).slice(1, -1);
    // the statements_outlets index (migration 6): the planner then knows how many statements the outlet has
    where.push(key === '' ? `strpos(s.outlet_keys, '||') > 0` : `string_to_array(s.outlet_keys, '|') @> ARRAY[${params.add(key)}::text]`);
  }
  // statements stored before acts existed are what was said
  if (plan.act !== null) where.push(`coalesce(s.act, 'said') = ${params.add(plan.act)}`);
  if (plan.theme !== null) {
    where.push(`EXISTS (SELECT 1 FROM statement_themes t WHERE t.statement_seq = s.seq AND t.theme_key = ${params.add(plan.theme)})`);
  }
  return where;
}
