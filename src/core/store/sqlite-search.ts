// Executes a SearchPlan (query/search.ts) against SQLite: ranking, filters and paging all in SQL,
// then loads only the returned page. The FTS expression is built from quoted strings only, so user text
// cannot be FTS syntax; any SqliteError is still caught here so a bad query can never reach the chat user.
import Database from 'better-sqlite3';
import type { QuoteHit, QuoteQuery } from '../model.ts';
import { type SearchPlan, SEARCH_LIMITS, clampInt, planSearch } from '../query/search.ts';
import type { Hydrator } from './sqlite-hydrate.ts';

interface HitRow {
  seq: number;
  rank: number;
}

/** Runs ranked searches; see StatementStore.search. */
export type Searcher = (query: QuoteQuery, limit: number, offset?: number) => QuoteHit[];

/**
 * Creates the searcher for one connection. Prepared statements are cached per SQL shape (bounded: the shape
 * only depends on which filters are present and the speaker count). `onError` sees swallowed SqliteErrors
 * (tests rethrow them, production may log them).
 */
export function createSearcher(
  db: Database.Database,
  hydrate: Hydrator,
  onError: (error: unknown) => void = () => {},
): Searcher {
  const cache = new Map<string, Database.Statement<unknown[], HitRow>>();
  const prepared = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare<unknown[], HitRow>(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };

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

  return (query, limit, offset = 0) => {
    const size = clampInt(limit, 0, SEARCH_LIMITS.maxPageSize);
    const skip = clampInt(offset, 0, Number.MAX_SAFE_INTEGER);
    if (size === 0) return [];
    try {
      const plan = planSearch(query);
      let rows = page(plan, plan.matchAll, size, skip);
      // AND found nothing at all: retry with any of the terms (same speaker and other filters).
      if (rows.length === 0 && plan.matchAny !== null && (skip === 0 || page(plan, plan.matchAll, 1, 0).length === 0)) {
        rows = page(plan, plan.matchAny, size, skip);
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
