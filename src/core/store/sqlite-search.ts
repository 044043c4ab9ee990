// Executes a SearchPlan (query/search.ts) against SQLite: ranking, filters and paging all in SQL,
// then loads only the returned page. The FTS expression is built from quoted strings only, so user text
// cannot be FTS syntax; any SqliteError is still caught here so a bad query can never reach the chat user.
import Database from 'better-sqlite3';
import type { QuoteHit, QuoteQuery } from '../model.ts';
import { clampInt, planSearch, SEARCH_LIMITS, type SearchPlan } from '../query/search.ts';
import type { Hydrator } from './sqlite-hydrate.ts';

interface HitRow {
  seq: number;
  rank: number;
}

interface MetaRow {
  seq: number;
  date: string | null;
  speaker: string | null;
}

/** Runs ranked searches; see StatementStore.search. */
export type Searcher = (query: QuoteQuery, limit: number, offset?: number) => QuoteHit[];

export interface SearcherOptions {
  /** Sees SqliteErrors that were swallowed (tests rethrow them, production may log them). */
  readonly onError?: (error: unknown) => void;
  /** Use the FTS-only ranking fast path when it is provably equivalent (default true; tests compare both). */
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
  const rankOnly = db.prepare<[string, number], HitRow>(
    'SELECT rowid AS seq, rank FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?',
  );
  const candidates = createCandidateLoader(db);

  /** Full query: FTS (or filters only) joined with statements; exact for every filter and tie. */
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
   * Fast path for FTS queries: rank in the FTS index alone (what a raw `MATCH ... ORDER BY rank LIMIT` costs),
   * over a few more candidates than needed, then apply the filters and the date tie-break in JS to those.
   * Returns null when the candidates cannot prove the answer equal to `page` (too few survived the filters, or a
   * rank tie reaches past the last candidate); the caller then runs the full SQL query.
   */
  const fastPage = (plan: SearchPlan, match: string, limit: number, offset: number): HitRow[] | null => {
    const n = offset + limit;
    const filtered = plan.since !== null || plan.until !== null || plan.outlet !== null || plan.theme !== null;
    const want = Math.min(SEARCH_LIMITS.maxFastRows, Math.max(64, (n + 1) * (filtered ? 20 : 4)));
    const rows = rankOnly.all(match, want);
    const last = rows[rows.length - 1];
    if (last === undefined) return [];
    const info = candidates(rows.map((r) => r.seq), plan);
    const kept = rows.filter((r) => passes(info.get(r.seq), plan));
    const sorted = (list: HitRow[]) => list.sort((a, b) => compareHits(a, b, info));
    if (rows.length < want) return sorted(kept).slice(offset, n); // every match is here
    const boundary = kept[n - 1];
    if (boundary === undefined || !(last.rank > boundary.rank)) return null;
    return sorted(kept.filter((r) => r.rank <= boundary.rank)).slice(offset, n);
  };

  const run = (plan: SearchPlan, match: string | null, limit: number, offset: number): HitRow[] => {
    if (useFastPath && match !== null && offset + limit < SEARCH_LIMITS.maxFastRows) {
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

/** What the fast path needs to know about a candidate to apply the filters exactly as the SQL does. */
interface CandidateInfo {
  readonly date: string | null;
  readonly speaker: string | null;
  /** Outlets of all its sources, ASCII-lower-cased (only loaded with an outlet filter). */
  readonly outlets: Set<string>;
  /** Theme keys (only loaded with a theme filter). */
  readonly themes: Set<string>;
}

/** Loads CandidateInfo for a list of seqs with one query per needed table. */
function createCandidateLoader(db: Database.Database) {
  const meta = db.prepare<[string], MetaRow>(
    'SELECT seq, date, speaker FROM statements WHERE seq IN (SELECT value FROM json_each(?))',
  );
  const outlets = db.prepare<[string], { seq: number; outlet: string | null }>(
    `SELECT ss.statement_seq AS seq, d.outlet FROM statement_sources ss JOIN documents d ON d.id = ss.doc_id
      WHERE ss.statement_seq IN (SELECT value FROM json_each(?))`,
  );
  const themes = db.prepare<[string], { seq: number; theme_key: string }>(
    'SELECT statement_seq AS seq, theme_key FROM statement_themes WHERE statement_seq IN (SELECT value FROM json_each(?))',
  );
  return (seqs: readonly number[], plan: SearchPlan): Map<number, CandidateInfo> => {
    const param = JSON.stringify(seqs);
    const info = new Map<number, CandidateInfo>();
    for (const m of meta.all(param)) info.set(m.seq, { date: m.date, speaker: m.speaker, outlets: new Set(), themes: new Set() });
    if (plan.outlet !== null) {
      for (const o of outlets.all(param)) if (o.outlet !== null) info.get(o.seq)?.outlets.add(asciiLower(o.outlet));
    }
    if (plan.theme !== null) for (const t of themes.all(param)) info.get(t.seq)?.themes.add(t.theme_key);
    return info;
  };
}

/** The WHERE clause of `filterClauses`, in JS (same comparisons, same NULL handling). */
function passes(info: CandidateInfo | undefined, plan: SearchPlan): boolean {
  if (info === undefined) return false;
  if (plan.speakers.length > 0) {
    if (info.speaker === null) return false;
    const speaker = asciiLower(info.speaker);
    if (!plan.speakers.some((s) => asciiLower(s) === speaker)) return false;
  }
  if (plan.since !== null && (info.date === null || info.date < plan.since)) return false;
  if (plan.until !== null && (info.date === null || info.date > plan.until)) return false;
  if (plan.outlet !== null && !info.outlets.has(asciiLower(plan.outlet))) return false;
  if (plan.theme !== null && !info.themes.has(plan.theme)) return false;
  return true;
}

/** ORDER BY rank, date DESC (NULL last), seq DESC — as in the SQL path. */
function compareHits(a: HitRow, b: HitRow, info: ReadonlyMap<number, CandidateInfo>): number {
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
    where.push(`EXISTS (SELECT 1 FROM statement_sources ss JOIN documents d ON d.id = ss.doc_id
                 WHERE ss.statement_seq = s.seq AND d.outlet = ? COLLATE NOCASE)`);
    params.push(plan.outlet);
  }
  if (plan.theme !== null) {
    where.push('EXISTS (SELECT 1 FROM statement_themes t WHERE t.statement_seq = s.seq AND t.theme_key = ?)');
    params.push(plan.theme);
  }
  return { where, params };
}
