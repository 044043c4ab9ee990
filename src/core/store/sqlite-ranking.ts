// The ranking tables of migration v10, kept in step with the full-text index: how many statements hold each
// index token (rank_terms.df, bm25's IDF without counting matches at query time) and, for every token common
// enough that ranking all its matches would be slow, a champion list (rank_top): the statements where that token
// weighs most, by its share of bm25, best first, each with what scoring and filtering need (the token's weighted
// count, the statement's length, speaker and day). Bounded ranking (sqlite-bounded.ts) draws candidates from
// them. Updated in the transaction that indexes the statements, so a crash never leaves them apart.
import type Database from 'better-sqlite3';
import { COLUMN_WEIGHTS, idf, termImpact, type Column, type CorpusStats } from '../query/bm25.ts';
import { eachToken } from '../query/fts-tokens.ts';
import { ftsQuote } from '../query/search.ts';

/**
 * When a token gets a champion list, and how long lists are. A list starts full (listFrom ≥ listSize), so that a
 * new statement enters it only by beating its floor: a list of L entries then takes about L·ln(df/L) inserts in
 * its token's life. On 1M bench statements 1000/1000 keeps 88 MB of lists (2000/2000: 158 MB) at a top-10
 * overlap of 0.93 (0.95).
 */
export interface RankingLimits {
  /** Statements holding a token before it gets a list (rarer tokens are cheap to rank exactly). */
  readonly listFrom: number;
  /** Entries a list keeps. */
  readonly listSize: number;
}

export const RANKING_LIMITS: RankingLimits = { listFrom: 1000, listSize: 1000 };

/** Impacts are stored as integers: bm25's share of a token (0 … 2.2) times this. */
export const IMPACT_SCALE = 10_000;

export interface TermInfo {
  readonly id: number;
  /** The index token. */
  readonly term: string;
  /** A word that FTS5 turns into this token ("security" for "secur"): used to ask FTS5 for it, or to show it. */
  readonly word: string;
  /** Statements holding the token. */
  readonly df: number;
  /** The token has a champion list. */
  readonly listed: boolean;
}

/** One entry of a champion list. */
export interface Champion {
  readonly seq: number;
  readonly impact: number;
  /** The token's weighted count in the statement (bm25's frequency). */
  readonly freq: number;
  /** The statement's length in tokens. */
  readonly len: number;
  /** speakerKey() of the statement's speaker. */
  readonly speaker: number;
}

/** A statement on several lists: its length, speaker and the weighted count of each list's token (by term id). */
export interface CommonEntry {
  readonly seq: number;
  readonly len: number;
  readonly speaker: number;
  readonly freqs: ReadonlyMap<number, number>;
}

/**
 * Which entries of a list to read: speakers (speakerKey values), an inclusive day range (YYYYMMDD) and index
 * tokens the statement must (probably: by signature) hold.
 */
export interface ChampionFilter {
  readonly speakers?: readonly number[];
  readonly since?: number | null;
  readonly until?: number | null;
  readonly tokens?: readonly string[];
}

export interface RankingIndex {
  /** Counts and lists statements just added to the full-text index; call inside the transaction that added them. */
  add(seqs: readonly number[]): void;
  /**
   * Ranks statements stored before the ranking tables existed (or by an older version), in chunks that each
   * commit: an interrupted catch-up resumes. Returns how many statements it ranked.
   */
  catchUp(): number;
  /** Gives list entries of these statements their current speaker (after speakers were re-resolved). */
  respeak(seqs: readonly number[]): void;
  /**
   * Records that a statement is now also carried by this outlet (outletKey): its row signature gains the outlet.
   * (Its list entries keep their signature: `from:` finds it through the newest matches and the rows.)
   */
  addOutlet(seq: number, key: string): void;
  /** What the tables know about these tokens (unknown tokens are missing from the map). */
  terms(tokens: readonly string[]): Map<string, TermInfo>;
  /** Known tokens starting with `prefix`, most frequent first (`limit` of them, from a bounded scan). */
  withPrefix(prefix: string, limit: number): TermInfo[];
  /** The best `limit` entries of a token's champion list that pass `filter`. */
  champions(termId: number, limit: number, filter?: ChampionFilter): Champion[];
  /** Statements on every one of these lists (that pass `filter`), with each token's count: an AND's best. */
  common(termIds: readonly number[], filter?: ChampionFilter): CommonEntry[];
  /**
   * The shortest statements (that pass `filter`) whose signature holds all of `tokens`: they probably contain
   * them (a signature has false positives, never false negatives). Short statements are what bm25 favours.
   */
  shortest(tokens: readonly string[], limit: number, filter?: ChampionFilter): number[];
  /** Statements counted and their total length in tokens (bm25's N and average length). */
  corpus(): CorpusStats;
}

const COLUMNS: readonly Column[] = ['text', 'speaker', 'context'];
const CHUNK = 5000;
const MAX_CODE_POINT = String.fromCodePoint(0x10ffff);
const K1 = 1.2;
const B = 0.75;

/** 32-bit FNV-1a of the ASCII-lower-cased speaker (SQLite's NOCASE), never 0; 0 for no speaker. */
export function speakerKey(speaker: string | null): number {
  if (speaker === null) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < speaker.length; i++) {
    let c = speaker.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) || 1;
}

/** "2024-06-01" → 20240601 (null for undated or malformed). */
export function dayNumber(date: string | null): number | null {
  if (date === null || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/**
 * The signature item of an outlet (from `outletKey`): outlets share a statement's signature with its tokens, so
 * that `from:tass` narrows the lists like a word does. A control character keeps it apart from any token.
 */
export function outletItem(key: string): string {
  return `\u0001${key}`;
}

/** A statement's tokens as four 32-bit words, one bit per token (by hash). */
export function signature(tokens: Iterable<string>): [number, number, number, number] {
  const sig: [number, number, number, number] = [0, 0, 0, 0];
  for (const token of tokens) {
    let h = 0x811c9dc5;
    for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
    const bit = (h >>> 0) & 127;
    sig[bit >> 5] = (sig[bit >> 5] as number) | (1 << (bit & 31));
  }
  return sig.map((w) => w >>> 0) as [number, number, number, number];
}

interface TermRow {
  id: number;
  term: string;
  word: string;
  df: number;
  floor: number | null;
  listed: number;
}

type Entry = [termId: number, impact: number, seq: number, freq: number, len: number, speaker: number, day: number | null, ...sig: number[]];

/** Prepares the ranking statements for one connection (the v10 tables must exist). */
export function createRankingIndex(db: Database.Database, limits: RankingLimits = RANKING_LIMITS): RankingIndex {
  db.function('briefdesk_speaker_key', { deterministic: true }, (speaker: unknown) => speakerKey(typeof speaker === 'string' ? speaker : null));
  const q = {
    rows: db.prepare<[string], { seq: number; text: string; speaker: string | null; context: string; date: string | null; outlet_keys: string }>(
      'SELECT seq, text, speaker, context, date, outlet_keys FROM statements WHERE seq IN (SELECT value FROM json_each(?))',
    ),
    addSignature: db.prepare<[number, number, number, number, number]>(
      'UPDATE rank_rows SET sig0 = sig0 | ?, sig1 = sig1 | ?, sig2 = sig2 | ?, sig3 = sig3 | ? WHERE seq = ?',
    ),
    upsertTerms: db.prepare<[string], TermRow>(
      `INSERT INTO rank_terms (term, word, df)
         SELECT j.key, j.value ->> 0, j.value ->> 1 FROM json_each(?) j WHERE true
       ON CONFLICT (term) DO UPDATE SET df = df + excluded.df
       RETURNING id, term, word, df, floor, listed`,
    ),
    insertTop: db.prepare<Entry>(
      'INSERT OR IGNORE INTO rank_top (term_id, impact, seq, freq, len, speaker, day, sig0, sig1, sig2, sig3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    addListed: db.prepare<[number, number]>('UPDATE rank_terms SET listed = listed + ? WHERE id = ?'),
    setList: db.prepare<[number, number, number]>('UPDATE rank_terms SET floor = ?, listed = ? WHERE id = ?'),
    nthOfList: db.prepare<[number, number], { impact: number; seq: number }>(
      'SELECT impact, seq FROM rank_top WHERE term_id = ? ORDER BY impact DESC, seq DESC LIMIT 1 OFFSET ?',
    ),
    pruneBelow: db.prepare<[number, number, number]>('DELETE FROM rank_top WHERE term_id = ? AND (impact, seq) < (?, ?)'),
    state: db.prepare<[], { rows: number; tokens: number }>('SELECT rows, tokens FROM rank_state WHERE id = 1'),
    rankedTo: db.prepare<[], number>('SELECT ranked_to FROM rank_state WHERE id = 1').pluck(),
    counted: db.prepare<[number, number, number]>(
      'UPDATE rank_state SET ranked_to = max(ranked_to, ?), rows = rows + ?, tokens = tokens + ? WHERE id = 1',
    ),
    unranked: db.prepare<[number, number], number>('SELECT seq FROM statements WHERE seq > ? ORDER BY seq LIMIT ?').pluck(),
    terms: db.prepare<[string], TermRow>(
      'SELECT id, term, word, df, floor, listed FROM rank_terms WHERE term IN (SELECT value FROM json_each(?))',
    ),
    prefix: db.prepare<[string, string, number, number], TermRow>(
      `SELECT * FROM (SELECT id, term, word, df, floor, listed FROM rank_terms WHERE term >= ? AND term < ? LIMIT ?)
        ORDER BY df DESC, term LIMIT ?`,
    ),
    unlisted: db.prepare<[number], { id: number; word: string; df: number }>('SELECT id, word, df FROM rank_terms WHERE floor IS NULL AND df >= ?'),
    // The best statements for one word by FTS5's own bm25, with what a list entry keeps (from rank_rows).
    best: db.prepare<[string, number], { seq: number; rank: number; len: number; speaker: number; day: number | null; sig0: number; sig1: number; sig2: number; sig3: number }>(
      `SELECT f.seq, f.rank, r.len, r.speaker, r.day, r.sig0, r.sig1, r.sig2, r.sig3
         FROM (SELECT rowid AS seq, rank FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank, rowid DESC LIMIT ?) f
         JOIN rank_rows r ON r.seq = f.seq
        ORDER BY f.rank, f.seq DESC`,
    ),
    insertRow: db.prepare<(number | null)[]>(
      'INSERT OR REPLACE INTO rank_rows (seq, len, speaker, day, sig0, sig1, sig2, sig3) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    // One pass over the lists per chunk of statements (rank_top has no index by statement).
    respeak: db.prepare<[string]>(
      `UPDATE rank_top SET speaker = briefdesk_speaker_key((SELECT speaker FROM statements s WHERE s.seq = rank_top.seq))
        WHERE seq IN (SELECT value FROM json_each(?))`,
    ),
    respeakRows: db.prepare<[string]>(
      `UPDATE rank_rows SET speaker = briefdesk_speaker_key((SELECT speaker FROM statements s WHERE s.seq = rank_rows.seq))
        WHERE seq IN (SELECT value FROM json_each(?))`,
    ),
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

  // FTS5's own totals (the "averages" record) lag inside a write transaction: the counts kept here do not.
  const corpus = (): CorpusStats => q.state.get() ?? { rows: 0, tokens: 0 };

  /** Keeps the best `listSize` entries of a list and records their floor. */
  const prune = (termId: number) => {
    const nth = q.nthOfList.get(termId, limits.listSize - 1);
    if (!nth) return;
    q.pruneBelow.run(termId, nth.impact, nth.seq);
    q.setList.run(nth.impact, limits.listSize, termId);
  };

  // In key order: neighbouring inserts touch the same B-tree pages.
  const insert = (entries: Entry[]) => {
    entries.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    for (const e of entries) q.insertTop.run(...e);
  };

  /**
   * A new list: the token's best statements by FTS5's own bm25 for the word alone (its statements so far, this
   * batch included). bm25 of one term is its IDF times the term's impact, so the impact is -rank / IDF, and the
   * weighted count follows from the impact and the statement's length.
   * Returns the list's floor: the lowest impact a later statement needs to enter it.
   */
  const fill = (term: { id: number; word: string; df: number }): number => {
    const stats = corpus();
    const weight = idf(stats.rows, term.df);
    const avgdl = stats.tokens / Math.max(1, stats.rows);
    const entries = q.best.all(ftsQuote(term.word), limits.listSize).map((r): Entry => {
      const impact = -r.rank / weight;
      const norm = K1 * (1 - B + (B * r.len) / avgdl);
      const freq = Math.max(1, Math.round((impact * norm) / (K1 + 1 - impact)));
      return [term.id, Math.round(impact * IMPACT_SCALE), r.seq, freq, r.len, r.speaker, r.day, r.sig0, r.sig1, r.sig2, r.sig3];
    });
    insert(entries);
    const last = entries[entries.length - 1];
    const floor = entries.length >= limits.listSize && last ? last[1] : 0;
    q.setList.run(floor, entries.length, term.id);
    return floor;
  };

  /** `fillLists` false: tokens that become common get their list later (catch-up fills them all at the end). */
  const addChunk = (seqs: readonly number[], fillLists: boolean) => {
    const rows = q.rows.all(JSON.stringify(seqs));
    if (rows.length === 0) return;
    // Per token: a word it came from, the statements holding it, and [seq, freq, row index] of each.
    const terms = new Map<string, { word: string; df: number; hits: number[] }>();
    const meta: { len: number; speaker: number; day: number | null; sig: number[] }[] = [];
    const directory: (number | null)[][] = [];
    let tokens = 0;
    rows.forEach((r, index) => {
      const freq = new Map<string, number>();
      let len = 0;
      for (const column of COLUMNS) {
        const text = r[column];
        if (!text) continue;
        const weight = COLUMN_WEIGHTS[column];
        eachToken(text, (token, folded) => {
          len++;
          const f = freq.get(token);
          freq.set(token, (f ?? 0) + weight);
          if (f === undefined && !terms.has(token)) terms.set(token, { word: folded, df: 0, hits: [] });
        });
      }
      tokens += len;
      const outlets = r.outlet_keys.split('|').filter(Boolean).map((k) => outletItem(`|${k}|`));
      const m = { len, speaker: speakerKey(r.speaker), day: dayNumber(r.date), sig: signature([...freq.keys(), ...outlets]) };
      meta.push(m);
      directory.push([r.seq, len, m.speaker, m.day, ...m.sig]);
      for (const [token, f] of freq) {
        const t = terms.get(token);
        if (!t) continue;
        t.df++;
        t.hits.push(r.seq, f, index);
      }
    });
    q.counted.run(Math.max(...seqs), rows.length, tokens);
    for (const row of directory) q.insertRow.run(...row);
    const stats = corpus();
    const avgdl = stats.tokens / Math.max(1, stats.rows);
    const counts: Record<string, [string, number]> = {};
    for (const [token, t] of terms) counts[token] = [t.word, t.df];
    const entries: Entry[] = [];
    const prunes: number[] = [];
    for (const term of q.upsertTerms.all(JSON.stringify(counts))) {
      const t = terms.get(term.term);
      if (!t) continue;
      let floor = term.floor;
      if (floor === null && term.df >= limits.listFrom && fillLists) floor = fill(term);
      if (floor === null) continue;
      let added = 0;
      for (let i = 0; i < t.hits.length; i += 3) {
        const m = meta[t.hits[i + 2] as number];
        const freq = t.hits[i + 1] as number;
        if (!m) continue;
        const impact = Math.round(termImpact(freq, m.len, avgdl) * IMPACT_SCALE);
        if (impact <= floor) continue; // a tie with the floor would only be pruned again
        entries.push([term.id, impact, t.hits[i] as number, freq, m.len, m.speaker, m.day, ...m.sig]);
        added++;
      }
      if (added === 0) continue;
      q.addListed.run(added, term.id);
      if (term.listed + added > limits.listSize * 1.5) prunes.push(term.id);
    }
    insert(entries);
    for (const id of prunes) prune(id);
  };

  const catchUpTx = db.transaction((): number => {
    const seqs = q.unranked.all(q.rankedTo.get() ?? 0, CHUNK);
    if (seqs.length > 0) addChunk(seqs, false);
    return seqs.length;
  });
  // Tokens that became common during catch-up get their lists at the end, when their counts are complete.
  const fillTx = db.transaction((terms: readonly { id: number; word: string; df: number }[]) => {
    for (const t of terms) fill(t);
  });

  return {
    add(seqs) {
      for (let i = 0; i < seqs.length; i += CHUNK) addChunk(seqs.slice(i, i + CHUNK), true);
    },
    catchUp() {
      let total = 0;
      for (let n = catchUpTx.immediate(); n > 0; n = catchUpTx.immediate()) total += n;
      const pending = q.unlisted.all(limits.listFrom);
      for (let i = 0; i < pending.length; i += 50) fillTx.immediate(pending.slice(i, i + 50));
      return total;
    },
    respeak(seqs) {
      for (let i = 0; i < seqs.length; i += 50_000) {
        const chunk = JSON.stringify(seqs.slice(i, i + 50_000));
        q.respeak.run(chunk);
        q.respeakRows.run(chunk);
      }
    },
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
    addOutlet(seq, key) {
      q.addSignature.run(...signature([outletItem(key)]), seq);
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
    corpus,
  };
}

function toInfo(r: TermRow): TermInfo {
  return { id: r.id, term: r.term, word: r.word, df: r.df, listed: r.floor !== null };
}
