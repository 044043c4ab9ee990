// Executes a SearchPlan (query/search.ts) against SQLite and loads only the returned page.
// Two strategies, same answers (a test compares them): (1) for word/phrase/speaker searches, let the FTS index
// rank the matches alone, like a raw `MATCH ... ORDER BY rank LIMIT`, and check the exact speaker and date ties
// on the few rows that can reach the page; (2) one SQL query that joins, filters, ranks and pages: for date,
// outlet and theme filters (SQLite then ranks only the rows that pass them) and when (1) cannot decide.
// Both rank every match. When that would be slow (common words on a large store), bounded ranking
// (bounded.ts) ranks a bounded candidate set first and these two are the fallback.
// The FTS expression is built from quoted strings only, so user text cannot be FTS syntax; SqliteErrors are
// still caught here so a bad query never reaches the chat user.
import Database from 'better-sqlite3';
import { clampInt, outletKey, planSearch, SEARCH_LIMITS, type QuoteHit, type QuoteQuery, type SearchPlan } from '../../core/index.ts';
import { createBoundedRanker, type BoundedOptions } from './bounded.ts';
import type { Hydrator } from './hydrate.ts';
import type { RankingIndex } from './ranking.ts';

interface HitRow {
  seq: number;
  rank: number;
}

/** What strategy (1) reads about a fetched row: the exact speaker, and the date for rank ties. */
interface Meta {
  date: string | null;
  speaker: string | null;
}

/** Runs ranked searches; see StatementStore.search. */
export type Searcher = ((query: QuoteQuery, limit: number, offset?: number) => QuoteHit[]) & {
  /** How many match rankings were bounded and how many ranked every match (for the bench). */
  readonly counts: () => SearchCounts;
};

export interface SearchCounts {
  readonly bounded: number;
  readonly full: number;
}

export interface SearcherOptions {
  /** Sees SqliteErrors that were swallowed (tests rethrow them, production may log them). */
  readonly onError?: (error: unknown) => void;
  /** Use strategy (1) where it applies (default true; tests turn it off to compare with the SQL path). */
  readonly fastPath?: boolean;
  /**
   * Bounded ranking (bounded.ts) for queries whose full ranking would be slow: the ranking tables and
   * its knobs; null ranks every match (what the bench compares against).
   */
  readonly bounded?: { readonly ranking: RankingIndex; readonly options?: BoundedOptions } | null;
}

/**
 * Creates the searcher for one connection. Prepared statements are cached per SQL shape (bounded: the shape
 * only depends on which filters are present and the speaker count).
 */
export function createSearcher(db: Database.Database, hydrate: Hydrator, options: SearcherOptions = {}): Searcher {
  const onError = options.onError ?? (() => {});
  const useFastPath = options.fastPath ?? true;
  const cache = new Map<string, Database.Statement<unknown[], HitRow>>();
  const prepared = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare<unknown[], HitRow>(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  // `rank + 0`: SQLite's own sorter over the rank column is 2-3x cheaper than FTS5's built-in ORDER BY rank.
  const rankOnly = db.prepare<[string, number], HitRow>(
    'SELECT rowid AS seq, rank FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank + 0 LIMIT ?',
  );
  const metaOf = db.prepare<[string], Meta & { seq: number }>(
    'SELECT seq, date, speaker FROM statements WHERE seq IN (SELECT value FROM json_each(?))',
  );
  const loadMeta = (rows: readonly HitRow[], into: Map<number, Meta>) => {
    if (rows.length === 0) return;
    for (const m of metaOf.all(JSON.stringify(rows.map((r) => r.seq)))) into.set(m.seq, { date: m.date, speaker: m.speaker });
  };

  /** Strategy (2): FTS (or filters only) joined with statements; exact for every filter and tie. */
  const page = (plan: SearchPlan, match: string | null, limit: number, offset: number): HitRow[] => {
    const { where, params } = filterClauses(plan);
    if (match === null) {
      const sql = `SELECT s.seq AS seq, 0 AS rank FROM statements s
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY s.date DESC, s.seq DESC LIMIT ? OFFSET ?`;
      return prepared(sql).all(...params, limit, offset);
    }
    // CROSS JOIN keeps the FTS index as the outer loop; INDEXED BY reads what the filters and the tie-break use
    // (seq, date, speaker, outlet_keys) from a narrow covering index instead of the wide statements rows.
    const sql = `SELECT statements_fts.rowid AS seq, statements_fts.rank AS rank
        FROM statements_fts CROSS JOIN statements s INDEXED BY statements_search_meta ON s.seq = statements_fts.rowid
       WHERE statements_fts MATCH ?${where.map((w) => ` AND ${w}`).join('')}
       ORDER BY statements_fts.rank, s.date DESC, s.seq DESC LIMIT ? OFFSET ?`;
    return prepared(sql).all(match, ...params, limit, offset);
  };

  /**
   * Strategy (1), for queries whose filters are all inside the FTS expression (words, phrases, speakers via the
   * speaker column): the best-ranked matches from the FTS index, then the exact speaker check and the date
   * tie-break on those rows only; retries once with more rows. Returns null when the fetched rows cannot decide
   * the page: too few kept, or a rank tie reaching past the last fetched row.
   */
  const fastPage = (plan: SearchPlan, match: string, limit: number, offset: number): HitRow[] | null => {
    const n = offset + limit;
    const bySpeaker = plan.speakers.length > 0;
    for (let want = 2 * n + 16, attempt = 0; attempt < 2; attempt++, want *= 8) {
      const rows = rankOnly.all(match, want);
      const complete = rows.length < want;
      const meta = new Map<number, Meta>();
      // The speaker check needs every fetched row; otherwise only tied rows need a date (loaded below).
      if (bySpeaker) loadMeta(rows, meta);
      const kept = bySpeaker ? rows.filter((r) => speakerMatches(meta.get(r.seq), plan.speakers)) : rows;
      const nth = kept[n - 1];
      const last = rows[rows.length - 1];
      if (!complete && (nth === undefined || (last !== undefined && last.rank <= nth.rank))) continue;
      // Every row ranked at least as well as the n-th kept one is here; ties among them are broken by date.
      const pool = nth === undefined ? kept : kept.filter((r) => r.rank <= nth.rank);
      if (!bySpeaker) loadMeta(pool.filter((r, i) => pool[i - 1]?.rank === r.rank || pool[i + 1]?.rank === r.rank), meta);
      return pool.sort((a, b) => compareHits(a, b, meta)).slice(offset, n);
    }
    return null;
  };

  const bounded = options.bounded
    ? createBoundedRanker(db, options.bounded.ranking, filterClauses, (plan, match, n) => page(plan, match, n, 0), options.bounded.options)
    : null;

  const counts = { bounded: 0, full: 0 };
  const run = (plan: SearchPlan, match: string | null, limit: number, offset: number): HitRow[] => {
    if (bounded !== null && match !== null) {
      const rows = bounded(plan, match === plan.matchAll ? 'all' : 'any', offset + limit);
      if (rows !== null) {
        counts.bounded++;
        return rows.slice(offset, offset + limit);
      }
    }
    if (match !== null) counts.full++;
    // Date, outlet and theme filters go to SQL, which then ranks only the rows that pass them.
    const sqlFilters = plan.since !== null || plan.until !== null || plan.outlet !== null || plan.theme !== null || plan.act !== null || plan.speakerWindows.length > 0;
    const speakersInIndex = plan.speakers.length === 0 || plan.speakersInMatch;
    if (useFastPath && match !== null && !sqlFilters && speakersInIndex && offset + limit <= SEARCH_LIMITS.maxFastRows) {
      const rows = fastPage(plan, match, limit, offset);
      if (rows !== null) return rows;
    }
    return page(plan, match, limit, offset);
  };

  const search = (query: QuoteQuery, limit: number, offset = 0): QuoteHit[] => {
    const size = clampInt(limit, 0, SEARCH_LIMITS.maxPageSize);
    const skip = clampInt(offset, 0, Number.MAX_SAFE_INTEGER);
    if (size === 0) return [];
    try {
      const plan = planSearch(query);
      let rows = run(plan, plan.matchAll, size, skip);
      // AND found nothing at all: retry with any of the terms (same speaker and other filters).
      if (rows.length === 0 && plan.matchAny !== null && (skip === 0 || run(plan, plan.matchAll, 1, 0).length === 0)) {
        rows = run(plan, plan.matchAny, size, skip);
      }
      const statements = hydrate(rows.map((r) => r.seq));
      const score = new Map(rows.map((r) => [r.seq, -r.rank]));
      return statements.map((statement) => ({ statement, score: score.get(statement.seq) ?? 0 }));
    } catch (error) {
      if (error instanceof Database.SqliteError) {
        onError(error);
        return [];
      }
      throw error;
    }
  };
  return Object.assign(search, { counts: () => ({ ...counts }) });
}

/** The speaker filter of filterClauses in JS (SQLite's NOCASE folds ASCII letters only). */
function speakerMatches(meta: Meta | undefined, speakers: readonly string[]): boolean {
  if (meta === undefined || meta.speaker === null) return false;
  const speaker = asciiLower(meta.speaker);
  return speakers.some((s) => asciiLower(s) === speaker);
}

/** ORDER BY rank, date DESC (NULL last), seq DESC — as in the SQL path. */
function compareHits(a: HitRow, b: HitRow, meta: ReadonlyMap<number, Meta>): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  const da = meta.get(a.seq)?.date ?? null;
  const db = meta.get(b.seq)?.date ?? null;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return b.seq - a.seq;
}

/** ASCII-only lower-casing, like SQLite's NOCASE. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** The SQL filters of a plan over `statements s` (speakers, dates, outlet, act, theme); also used by trend counts. */
export function filterClauses(plan: SearchPlan): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (plan.speakers.length > 0) {
    where.push(`s.speaker COLLATE NOCASE IN (${plan.speakers.map(() => '?').join(', ')})`);
    params.push(...plan.speakers);
  }
  if (plan.speakerWindows.length > 0) {
    // a role's holders while they held it; an undated statement counts for a role still held
    where.push(`(${plan.speakerWindows.map(() => "(s.speaker = ? COLLATE NOCASE AND coalesce(s.date, '9999-12-31') BETWEEN ? AND ?)").join(' OR ')})`);
    for (const w of plan.speakerWindows) params.push(w.speaker, w.from ?? '0000-01-01', w.until ?? '9999-12-31');
  }
  if (plan.since !== null) {
    where.push('s.date >= ?');
    params.push(plan.since);
  }
  if (plan.until !== null) {
    where.push('s.date <= ?');
    params.push(plan.until);
  }
  if (plan.outlet !== null) {
    // outlet_keys lists the outlets of every source ("|tass|reuters|"), kept in the covering index.
    where.push('instr(s.outlet_keys, ?) > 0');
    params.push(outletKey(plan.outlet));
  }
  if (plan.act !== null) {
    // statements stored before acts existed are what was said
    where.push("coalesce(s.act, 'said') = ?");
    params.push(plan.act);
  }
  if (plan.theme !== null) {
    where.push('EXISTS (SELECT 1 FROM statement_themes t WHERE t.statement_seq = s.seq AND t.theme_key = ?)');
    params.push(plan.theme);
  }
  return { where, params };
}
