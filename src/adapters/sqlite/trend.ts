// Trend counts on SQLite (StatementStore.countByDay): the matches of a query, grouped by day and by speaker,
// theme or outlet in one SQL statement. The FTS index finds the matches; date and speaker come from the narrow
// covering index the searches use, so a common word over a million statements stays a fraction of a second.
import type Database from 'better-sqlite3';
import { planSearch, type DayCount, type QuoteQuery, type TrendSplit } from '../../core/index.ts';
import { filterClauses } from './search.ts';

type Row = [day: string | null, key: string | null, statements: number];

/**
 * The key column per split. Themes come from a LEFT JOIN (statements without one count under null); an undated
 * statement is counted once, under null, whatever its themes (count DISTINCT: the join repeats it per theme).
 */
const KEY: Record<TrendSplit, string> = {
  speaker: 's.speaker',
  outlet: 's.outlet',
  theme: 'CASE WHEN s.date IS NULL THEN NULL ELSE max(t.theme) END',
};

/** Creates countByDay for one connection; prepared statements are cached per SQL shape. */
export function createDayCounter(db: Database.Database): (query: QuoteQuery, by: TrendSplit) => DayCount[] {
  const cache = new Map<string, Database.Statement<unknown[], Row>>();
  const prepared = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare<unknown[], Row>(sql).raw();
      cache.set(sql, stmt);
    }
    return stmt;
  };
  return (query, by) => {
    const plan = planSearch(query);
    const { where, params } = filterClauses(plan);
    const match = plan.matchAll;
    // The outlet is not in the covering index: read the rows then.
    const source =
      match === null
        ? 'statements s'
        : `statements_fts CROSS JOIN statements s${by === 'outlet' ? '' : ' INDEXED BY statements_search_meta'} ON s.seq = statements_fts.rowid`;
    const themes = by === 'theme' ? ' LEFT JOIN statement_themes t ON t.statement_seq = s.seq' : '';
    const conditions = [...(match === null ? [] : ['statements_fts MATCH ?']), ...where];
    const group = by === 'theme' ? 's.date, CASE WHEN s.date IS NULL THEN NULL ELSE t.theme_key END' : '1, 2';
    const counted = by === 'theme' ? 'count(DISTINCT s.seq)' : 'count(*)';
    const sql = `SELECT s.date, ${KEY[by]}, ${counted} FROM ${source}${themes}
      ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''} GROUP BY ${group}`;
    const rows = prepared(sql).all(...(match === null ? [] : [match]), ...params);
    return rows.map(([day, key, statements]) => ({ day, key, statements }));
  };
}
