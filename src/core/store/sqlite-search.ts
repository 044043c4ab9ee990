// Executes a SearchPlan (query/search.ts) against SQLite and loads only the returned page.
// Two strategies, same answers (a test compares them): (1) let the FTS index rank the matches alone, like a raw
// `MATCH ... ORDER BY rank LIMIT`, and check filters and date ties on the few rows that can reach the page;
// (2) one SQL query that joins, filters, ranks and pages, used when (1) cannot decide, and cheaper for
// selective filters because SQLite then ranks only the rows that pass them.
// The FTS expression is built from quoted strings only, so user text cannot be FTS syntax; SqliteErrors are
// still caught here so a bad query never reaches the chat user.
import Database from 'better-sqlite3';
import type { QuoteHit, QuoteQuery } from '../model.ts';
import { clampInt, planSearch, SEARCH_LIMITS, type SearchPlan } from '../query/search.ts';
import type { Hydrator } from './sqlite-hydrate.ts';

interface HitRow {
  seq: number;
  rank: number;
}

/** What strategy (1) needs to know about a candidate to apply the filters exactly as the SQL does. */
interface Candidate {
  date: string | null;
  speaker: string | null;
  /** Outlets of all its sources, ASCII-lower-cased (loaded only for an outlet filter). */
  outlets: Set<string>;
  /** Theme keys (loaded only for a theme filter). */
  themes: Set<string>;
}

/** Runs ranked searches; see StatementStore.search. */
export type Searcher = (query: QuoteQuery, limit: number, offset?: number) => QuoteHit[];

export interface SearcherOptions {
  /** Sees SqliteErrors that were swallowed (tests rethrow them, production may log them). */
  readonly onError?: (error: unknown) => void;
  /** Use strategy (1) where it applies (default true; tests turn it off to compare with the SQL path). */
  readonly fastPath?: boolean;
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
  const loadCandidates = createCandidateLoader(db);

  /** Strategy (2): FTS (or filters only) joined with statements; exact for every filter and tie. */
  const page = (plan: SearchPlan, match: string | null, limit: number, offset: number): HitRow[] => {
    const { where, params } = filterClauses(plan);
    if (match === null) {
      const sql = `SELECT s.seq AS seq, 0 AS rank FROM statements s
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY s.date DESC, s.seq DESC LIMIT ? OFFSET ?`;
      return prepared(sql).all(...params, limit, offset);
    }
    // CROSS JOIN keeps the FTS index as the outer loop: the statements row is only read for FTS matches.
    const sql = `SELECT statements_fts.rowid AS seq, statements_fts.rank AS rank
        FROM statements_fts CROSS JOIN statements s ON s.seq = statements_fts.rowid
       WHERE statements_fts MATCH ?${where.map((w) => ` AND ${w}`).join('')}
       ORDER BY statements_fts.rank, s.date DESC, s.seq DESC LIMIT ? OFFSET ?`;
    return prepared(sql).all(match, ...params, limit, offset);
  };

  /**
   * Strategy (1): the best-ranked matches from the FTS index, then the filters (exact speaker, dates, outlet,
   * theme) and the date tie-break in JS on those rows only. Without SQL-only filters, retries once with more
   * rows; with them, gives up at once (SQL is then cheap). Returns null when the fetched rows cannot decide the
   * page: too few passed the filters, or a rank tie reaches past the last fetched row.
   */
  const fastPage = (plan: SearchPlan, match: string, limit: number, offset: number): HitRow[] | null => {
    const n = offset + limit;
    const sqlFilters = plan.since !== null || plan.until !== null || plan.outlet !== null || plan.theme !== null;
    const filtered = sqlFilters || plan.speakers.length > 0;
    let want = sqlFilters ? (n + 1) * 20 : 2 * n + 16;
    for (let attempt = 0; attempt < (sqlFilters ? 1 : 2) && want <= SEARCH_LIMITS.maxFastRows * 8; attempt++, want *= 8) {
      const rows = rankOnly.all(match, want);
      const complete = rows.length < want;
      const info = new Map<number, Candidate>();
      // Filters need every fetched row; otherwise only tied rows need a date (loaded below).
      if (filtered) loadCandidates(rows, plan, info);
      const kept = filtered ? rows.filter((r) => passes(info.get(r.seq), plan)) : rows;
      const nth = kept[n - 1];
      const last = rows[rows.length - 1];
      if (!complete && (nth === undefined || (last !== undefined && last.rank <= nth.rank))) continue;
      // Every row ranked at least as well as the n-th kept one is here; ties among them are broken by date.
      const pool = nth === undefined ? kept : kept.filter((r) => r.rank <= nth.rank);
      if (!filtered) loadCandidates(pool.filter((r, i) => pool[i - 1]?.rank === r.rank || pool[i + 1]?.rank === r.rank), plan, info);
      return pool.sort((a, b) => compareHits(a, b, info)).slice(offset, n);
    }
    return null;
  };

  const run = (plan: SearchPlan, match: string | null, limit: number, offset: number): HitRow[] => {
    const speakersInIndex = plan.speakers.length === 0 || plan.speakersInMatch;
    if (useFastPath && match !== null && speakersInIndex && offset + limit <= SEARCH_LIMITS.maxFastRows) {
      const rows = fastPage(plan, match, limit, offset);
      if (rows !== null) return rows;
    }
    return page(plan, match, limit, offset);
  };

  return (query, limit, offset = 0) => {
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
}

/** Loads Candidate facts for rows into `into`, one query per table the plan needs. */
function createCandidateLoader(db: Database.Database) {
  const meta = db.prepare<[string], { seq: number; date: string | null; speaker: string | null }>(
    'SELECT seq, date, speaker FROM statements WHERE seq IN (SELECT value FROM json_each(?))',
  );
  const outlets = db.prepare<[string], { seq: number; outlet: string | null }>(
    `SELECT ss.statement_seq AS seq, d.outlet FROM statement_sources ss CROSS JOIN documents d ON d.id = ss.doc_id
      WHERE ss.statement_seq IN (SELECT value FROM json_each(?))`,
  );
  const themes = db.prepare<[string], { seq: number; theme_key: string }>(
    'SELECT statement_seq AS seq, theme_key FROM statement_themes WHERE statement_seq IN (SELECT value FROM json_each(?))',
  );
  return (rows: readonly HitRow[], plan: SearchPlan, into: Map<number, Candidate>): void => {
    if (rows.length === 0) return;
    const param = JSON.stringify(rows.map((r) => r.seq));
    for (const m of meta.all(param)) into.set(m.seq, { date: m.date, speaker: m.speaker, outlets: new Set(), themes: new Set() });
    if (plan.outlet !== null) {
      for (const o of outlets.all(param)) if (o.outlet !== null) into.get(o.seq)?.outlets.add(asciiLower(o.outlet));
    }
    if (plan.theme !== null) for (const t of themes.all(param)) into.get(t.seq)?.themes.add(t.theme_key);
  };
}

/** The WHERE clause of filterClauses in JS: same comparisons, same NULL handling, same ASCII-only NOCASE. */
function passes(c: Candidate | undefined, plan: SearchPlan): boolean {
  if (c === undefined) return false;
  if (plan.speakers.length > 0) {
    const speaker = c.speaker === null ? null : asciiLower(c.speaker);
    if (speaker === null || !plan.speakers.some((s) => asciiLower(s) === speaker)) return false;
  }
  if (plan.since !== null && (c.date === null || c.date < plan.since)) return false;
  if (plan.until !== null && (c.date === null || c.date > plan.until)) return false;
  if (plan.outlet !== null && !c.outlets.has(asciiLower(plan.outlet))) return false;
  if (plan.theme !== null && !c.themes.has(plan.theme)) return false;
  return true;
}

/** ORDER BY rank, date DESC (NULL last), seq DESC — as in the SQL path. */
function compareHits(a: HitRow, b: HitRow, info: ReadonlyMap<number, Candidate>): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  const da = info.get(a.seq)?.date ?? null;
  const db = info.get(b.seq)?.date ?? null;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return b.seq - a.seq;
}

/** SQLite's NOCASE folds ASCII letters only; do the same so both paths agree. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function filterClauses(plan: SearchPlan): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (plan.speakers.length > 0) {
    where.push(`s.speaker COLLATE NOCASE IN (${plan.speakers.map(() => '?').join(', ')})`);
    params.push(...plan.speakers);
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
    // CROSS JOIN pins the plan (this statement's sources, then their document), which the covering index
    // documents_id_outlet makes one probe each; SQLite may otherwise scan all documents of the outlet per row.
    where.push(`EXISTS (SELECT 1 FROM statement_sources ss CROSS JOIN documents d ON d.id = ss.doc_id
                 WHERE ss.statement_seq = s.seq AND d.outlet = ? COLLATE NOCASE)`);
    params.push(plan.outlet);
  }
  if (plan.theme !== null) {
    where.push('EXISTS (SELECT 1 FROM statement_themes t WHERE t.statement_seq = s.seq AND t.theme_key = ?)');
    params.push(plan.theme);
  }
  return { where, params };
}
