// Bounded ranking on PostgreSQL: rank a bounded candidate set instead of every match, so that a query's cost
// follows the page size, not the number of matches (a common word matches a tenth of a million statements, and
// ts_rank reads every match's tsvector). The candidates, in one statement:
//   - the newest matches that pass the filters, read newest first from the statements_date index (the planner
//     walks it and stops after `complete` + 1 of them; for a rare word it takes the GIN index instead): when they
//     are all the matches, the answer is exact;
//   - the strong matches: statements where a word of the query weighs more than one mention (in the speaker's name,
//     or twice or more in the statement's text), from the small GIN index over statements.strong (migration
//     6), newest first, at most `strong` of them. For a one-word query without filters these outrank every other
//     match (see STRONG_SCHEMA), so when they fill the page the page is exact.
// ts_rank has no IDF and no length normalisation: a statement's rank depends on that statement alone, so the
// candidates are ranked exactly as full ranking would rank them; what bounded ranking can miss is an older
// statement that is neither among the newest nor strong (for two words or a phrase: where the words stand close
// together without either weighing more than a mention; for one word with a filter leaving fewer strong matches
// than a page: one with more mentions in its context than the newest). Paging past the candidates, or filters
// that leave fewer than a page of them, fall back to full ranking.
import type { SearchPlan } from '../../core/index.ts';
import { anyWordQuery, type Params, planQuery, RANK_WEIGHTS } from './text-search.ts';

export interface PgBoundedOptions {
  /** Newest matches read to see whether they are all the matches (then the answer is exact). */
  readonly complete?: number;
  /** Strong matches read at most (the newest of them). */
  readonly strong?: number;
  /**
   * Newest statements read at most when looking for the newest matches of several words (a phrase, an AND): the
   * planner takes such words for independent and would rather rank every match through the GIN index.
   */
  readonly walk?: number;
  /** The newest matches of several words wanted among them (else full ranking answers). */
  readonly newest?: number;
}

const DEFAULTS: Required<PgBoundedOptions> = { complete: 40, strong: 2000, walk: 6000, newest: 20 };

/** How a page was ranked: every match ('exact'), from candidates ('bounded'), or too few candidates ('short'). */
export type Ranked = 'exact' | 'bounded' | 'short';

/** Ties go to the newest statement (undated last), then the latest stored. */
export const ORDER = 's.date DESC NULLS LAST, s.seq DESC';

/**
 * The SQL of a bounded page: `seq`, `rank` and `how` (Ranked) of its hits, in order; null when the query has no
 * words (a filters-only search is read newest first anyway). `where` holds the plan's filters over `statements s`.
 * `emptyIsNone`: no hits on the first page means nothing matches (else ask full ranking).
 */
export function boundedHits(
  plan: SearchPlan,
  op: 'all' | 'any',
  where: readonly string[],
  page: { readonly limit: number; readonly offset: number },
  params: Params,
  options: PgBoundedOptions = {},
): { readonly sql: string; readonly emptyIsNone: boolean } | null {
  const o = { ...DEFAULTS, ...options };
  const match = planQuery(plan, op, params);
  const strong = anyWordQuery(plan, params);
  if (match === null || strong === null) return null;
  const filters = where.map((w) => ` AND ${w}`).join('');
  const lim = `${params.add(page.limit)}::int`;
  const off = `${params.add(page.offset)}::int`;
  // Several words: the newest statements are read (at most `walk` of them) and tested, the GIN index left aside
  // (ts_match_vq rather than @@); the `newest` matches found there are candidates, never a proof of exactness.
  const several = op === 'all' && (plan.expanded || plan.components.length + (plan.prefix === null ? 0 : 1) > 1 || plan.components.some((c) => /\s/.test(c)));
  // An outlet, theme or act filter: the planner cannot tell how it goes with the words or the dates (`from:reuters
  // energy` on 1M statements: 337k rows walked for 41 matches), so the walk is capped too, its filters tested after.
  const walked = several || plan.outlet !== null || plan.theme !== null || plan.act !== null;
  const quota = `${params.add(walked ? o.newest : o.complete)}::int`;
  const newest = walked
    ? `SELECT s.seq, 1 AS recent FROM (SELECT w.seq, w.date FROM statements w ORDER BY ${ORDER.replace(/s\./g, 'w.')} LIMIT ${params.add(o.walk)}::int) w
        JOIN statements s ON s.seq = w.seq WHERE ts_match_vq(s.search, ${match})${filters} ORDER BY ${ORDER.replace(/s\./g, 'w.')} LIMIT ${quota} + 1`
    : `SELECT s.seq, 1 AS recent FROM statements s WHERE s.search @@ ${match}${filters} ORDER BY ${ORDER} LIMIT ${quota} + 1`;
  const exact = walked ? 'false' : `n.recent <= ${quota}`;
  // One word: its strong matches are matches, and the planner should not AND the big GIN index's bitmap into them
  // (ts_match_vq rather than @@: a test of the few rows). Several: the words' GIN bitmap may well be the smaller one.
  // Ranks are computed for the candidates only, after their limits.
  const sql = `WITH c AS MATERIALIZED ((${newest})
      UNION ALL
      (SELECT s.seq, 0 FROM statements s WHERE s.strong @@ ${strong} AND ${several ? `s.search @@ ${match}` : `ts_match_vq(s.search, ${match})`}${filters}
        ORDER BY ${ORDER} LIMIT ${params.add(o.strong)}::int)),
    u AS (SELECT DISTINCT seq FROM c),
    n AS (SELECT (SELECT coalesce(sum(recent), 0) FROM c) AS recent, (SELECT count(*) FROM u) AS candidates)
    SELECT s.seq, ts_rank('${RANK_WEIGHTS}', s.search, ${match}) AS rank,
           CASE WHEN ${exact} THEN 'exact' WHEN n.recent > ${quota} AND n.candidates >= ${lim} + ${off} THEN 'bounded' ELSE 'short' END AS how
      FROM u JOIN statements s ON s.seq = u.seq, n
     ORDER BY rank DESC, ${ORDER} LIMIT ${lim} OFFSET ${off}`;
  return { sql, emptyIsNone: !walked };
}
