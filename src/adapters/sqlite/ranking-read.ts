// Reads the ranking tables (see ranking.ts) for bounded ranking: token counts and completions, champion
// list entries filtered by speaker, day and signature, the statements on several lists at once, and the shortest
// statements that may hold some words.
import type Database from 'better-sqlite3';
import type { CorpusStats } from '../../core/index.ts';
import { signature } from './ranking-keys.ts';
import type { Champion, ChampionFilter, RankingIndex, TermInfo, TermRow as RankingTermRow } from './ranking.ts';

const MAX_CODE_POINT = String.fromCodePoint(0x10ffff);

/** What a search reads of rank_terms (not the list's size). */
type TermRow = Omit<RankingTermRow, 'listed'>;

export type RankingReader = Omit<RankingIndex, 'add' | 'catchUp' | 'respeak' | 'addOutlet'>;

export function createRankingReader(db: Database.Database): RankingReader {
  const q = {
    terms: db.prepare<[string], TermRow>('SELECT id, term, word, df, floor FROM rank_terms WHERE term IN (SELECT value FROM json_each(?))'),
    prefix: db.prepare<[string, string, number, number], TermRow>(
      `SELECT * FROM (SELECT id, term, word, df, floor FROM rank_terms WHERE term >= ? AND term < ? LIMIT ?)
        ORDER BY df DESC, term LIMIT ?`,
    ),
    state: db.prepare<[], CorpusStats>('SELECT rows, tokens FROM rank_state WHERE id = 1'),
  };
  const cached = new Map<string, Database.Statement>();
  const prepared = <R>(sql: string) => {
    let stmt = cached.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cached.set(sql, stmt);
    }
    return stmt as Database.Statement<unknown[], R>;
  };
  /** SQL conditions (and their parameters) for a filter on list entries. */
  const filterSql = (filter: ChampionFilter): { where: string[]; params: unknown[] } => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.speakers && filter.speakers.length > 0) {
      where.push(`speaker IN (${filter.speakers.map(() => '?').join(', ')})`);
      params.push(...filter.speakers);
    }
    if (filter.since !== undefined && filter.since !== null) {
      where.push('day >= ?');
      params.push(filter.since);
    }
    if (filter.until !== undefined && filter.until !== null) {
      where.push('day <= ?');
      params.push(filter.until);
    }
    if (filter.tokens && filter.tokens.length > 0) {
      signature(filter.tokens).forEach((mask, i) => {
        if (mask === 0) return;
        where.push(`(sig${i} & ?) = ?`);
        params.push(mask, mask);
      });
    }
    return { where, params };
  };

  return {
    terms(tokens) {
      const out = new Map<string, TermInfo>();
      if (tokens.length === 0) return out;
      for (const r of q.terms.all(JSON.stringify([...new Set(tokens)]))) out.set(r.term, toInfo(r));
      return out;
    },
    withPrefix(prefix, limit) {
      return q.prefix.all(prefix, prefix + MAX_CODE_POINT, 2000, limit).map(toInfo);
    },
    champions(termId, limit, filter = {}) {
      const { where, params } = filterSql(filter);
      const sql = `SELECT seq, impact, freq, len, speaker FROM rank_top WHERE ${['term_id = ?', ...where].join(' AND ')}
        ORDER BY impact DESC, seq DESC LIMIT ?`;
      return prepared<Champion>(sql).all(termId, ...params, limit);
    },
    shortest(tokens, limit, filter = {}) {
      const { where, params } = filterSql({ ...filter, speakers: [], tokens });
      const conditions = (extra: string[]) => ([...extra, ...where].length > 0 ? `WHERE ${[...extra, ...where].join(' AND ')}` : '');
      const speakers = [...new Set(filter.speakers ?? [])];
      if (speakers.length === 0) {
        const sql = `SELECT seq, len FROM rank_rows INDEXED BY rank_rows_len ${conditions([])} ORDER BY len LIMIT ?`;
        return prepared<{ seq: number }>(sql).all(...params, limit).map((r) => r.seq);
      }
      // Shortest first from each speaker's own index entries (an IN over speakers would sort them all).
      const sql = `SELECT seq, len FROM rank_rows INDEXED BY rank_rows_speaker ${conditions(['speaker = ?'])} ORDER BY len LIMIT ?`;
      const rows = speakers.flatMap((key) => prepared<{ seq: number; len: number }>(sql).all(key, ...params, limit));
      return rows.sort((a, b) => a.len - b.len).slice(0, limit).map((r) => r.seq);
    },
    common(termIds, filter = {}) {
      const ids = [...new Set(termIds)];
      if (ids.length < 2) return [];
      const { where, params } = filterSql(filter);
      // One pass over the lists (each sorted by impact, not by statement), grouped by statement.
      const sql = `SELECT seq, max(len) AS len, max(speaker) AS speaker, json_group_object(term_id, freq) AS freqs FROM rank_top
        WHERE ${[`term_id IN (${ids.map(() => '?').join(', ')})`, ...where].join(' AND ')}
        GROUP BY seq HAVING count(*) = ?`;
      return prepared<{ seq: number; len: number; speaker: number; freqs: string }>(sql)
        .all(...ids, ...params, ids.length)
        .map((r) => ({
          seq: r.seq,
          len: r.len,
          speaker: r.speaker,
          freqs: new Map(Object.entries(JSON.parse(r.freqs) as Record<string, number>).map(([k, v]) => [Number(k), v])),
        }));
    },
    // FTS5's own totals (the "averages" record) lag inside a write transaction: the counts kept here do not.
    corpus: () => q.state.get() ?? { rows: 0, tokens: 0 },
  };
}

function toInfo(r: TermRow): TermInfo {
  return { id: r.id, term: r.term, word: r.word, df: r.df, listed: r.floor !== null, floor: r.floor ?? 0 };
}
