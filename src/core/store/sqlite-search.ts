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
  const meta = db.prepare<[string], MetaRow>(
    'SELECT seq, date, speaker FROM statements WHERE seq IN (SELECT value FROM json_each(?))',
  );

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
   * Fast path for FTS queries whose only filter is the speaker (already applied inside the FTS expression):
   * rank in the FTS index alone, like a raw MATCH ... ORDER BY rank LIMIT, then check the few rows found.
   * Returns null when the answer cannot be proven equal to `page` (a rank tie across the page boundary, or a
   * speaker that only matched as a phrase, e.g. "Sergey Lavrov Jr."): the caller then runs the full query.
   */
  const fastPage = (plan: SearchPlan, match: string, limit: number, offset: number): HitRow[] | null => {
    const n = offset + limit;
    const rows = rankOnly.all(match, n + 1);
    const metas = new Map(meta.all(JSON.stringify(rows.map((r) => r.seq))).map((m) => [m.seq, m]));
    if (plan.speakers.length > 0) {
      const wanted = new Set(plan.speakers.map(asciiLower));
      if (!rows.every((r) => wanted.has(asciiLower(metas.get(r.seq)?.speaker ?? '\u0000')))) return null;
    }
    if (rows.length > n && rows[n]?.rank === rows[n - 1]?.rank) return null;
    const dateOf = (seq: number) => metas.get(seq)?.date ?? '';
    return rows
      .slice(0, n)
      .sort((a, b) => a.rank - b.rank || compareDesc(dateOf(a.seq), dateOf(b.seq)) || b.seq - a.seq)
      .slice(offset);
  };

  const run = (plan: SearchPlan, match: string | null, limit: number, offset: number): HitRow[] => {
    const simple = match !== null && plan.since === null && plan.until === null && plan.outlet === null && plan.theme === null;
    const speakersDone = plan.speakers.length === 0 || plan.speakersInMatch;
    if (useFastPath && simple && speakersDone && offset + limit <= SEARCH_LIMITS.maxFastRows) {
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

/** SQLite's NOCASE folds ASCII letters only; do the same so both paths agree. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Descending string order with '' (no date) last, like SQLite's NULLs in ORDER BY ... DESC. */
function compareDesc(a: string, b: string): number {
  return a === b ? 0 : a < b ? 1 : -1;
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
