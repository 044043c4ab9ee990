// Writes the ranking tables (see ranking.ts): for each chunk of new statements, tokenizes them once,
// counts every token, appends their rows (length, speaker, day, signature), gives a list to a token that became
// common (from FTS5's own bm25 for that word), admits statements that beat a list's floor, and prunes lists back to
// their size. Catch-up ranks statements stored before the tables existed, chunk by chunk, and fills the lists last.
import type Database from 'better-sqlite3';
import { COLUMN_WEIGHTS, eachToken, ftsQuote, idf, termImpact, type Column, type CorpusStats } from '../../core/index.ts';
import { addToSignature, dayNumber, IMPACT_SCALE, outletItem, signature, signatureBit, speakerKey } from './ranking-keys.ts';
import type { RankingIndex, RankingLimits, RankRow, TermRow } from './ranking.ts';

const COLUMNS: readonly Column[] = ['text', 'speaker', 'context'];
const CHUNK = 5000;
const K1 = 1.2;
const B = 0.75;

type Entry = [termId: number, impact: number, seq: number, freq: number, len: number, speaker: number, day: number | null, ...sig: number[]];

/** A token of a chunk: a word it came from, how many of the chunk's statements hold it, [seq, freq, row] of each. */
interface ChunkTerm {
  readonly word: string;
  df: number;
  readonly hits: number[];
  /** Its bit in a statement's signature. */
  readonly bit: number;
  /** The row being counted when the token last met it, and its weighted count there. */
  row: number;
  freq: number;
}

export type RankingWriter = Pick<RankingIndex, 'add' | 'catchUp' | 'respeak' | 'addOutlet'>;

export function createRankingWriter(db: Database.Database, limits: RankingLimits, corpus: () => CorpusStats): RankingWriter {
  const q = {
    rows: db.prepare<[string], RankRow>(
      'SELECT seq, text, speaker, context, date, outlet_keys AS outletKeys FROM statements WHERE seq IN (SELECT value FROM json_each(?))',
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
    rankedTo: db.prepare<[], number>('SELECT ranked_to FROM rank_state WHERE id = 1').pluck(),
    counted: db.prepare<[number, number, number]>(
      'UPDATE rank_state SET ranked_to = max(ranked_to, ?), rows = rows + ?, tokens = tokens + ? WHERE id = 1',
    ),
    unranked: db.prepare<[number, number], number>('SELECT seq FROM statements WHERE seq > ? ORDER BY seq LIMIT ?').pluck(),
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
  /** Keeps the best `listSize` entries of a list and records their floor. */
  const prune = (termId: number) => {
    const nth = q.nthOfList.get(termId, limits.listSize - 1);
    if (!nth) return;
    q.pruneBelow.run(termId, nth.impact, nth.seq);
    q.setList.run(nth.impact, limits.listSize, termId);
  };

  // In key order: neighbouring inserts touch the same B-tree pages (a sorted copy: callers keep their order).
  const insert = (entries: readonly Entry[]) => {
    const sorted = [...entries].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    for (const e of sorted) q.insertTop.run(...e);
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
    // Full: the lowest impact kept is what a newcomer must beat; not full yet: anything gets in.
    const floor = entries.length >= limits.listSize ? Math.min(...entries.map((e) => e[1])) : 0;
    q.setList.run(floor, entries.length, term.id);
    return floor;
  };

  /**
   * Ranks `rows` (seq order), the statements up to `rankedTo`. `fillLists` false: tokens that become common get
   * their list later (catch-up fills them all at the end).
   */
  const addChunk = (rows: readonly RankRow[], rankedTo: number, fillLists: boolean) => {
    if (rows.length === 0) return;
    // Per token: a word it came from, the statements holding it, and [seq, freq, row index] of each.
    const terms = new Map<string, ChunkTerm>();
    const meta: { seq: number; len: number; speaker: number; day: number | null; sig: number[] }[] = [];
    let tokens = 0;
    // This loop sees every token of every new statement: a row's counts live on its tokens (row, freq), and
    // `seen` lists the row's distinct tokens in order of first appearance.
    const seen: ChunkTerm[] = [];
    let weight = 0;
    let index = 0;
    let len = 0;
    const count = (token: string, folded: string) => {
      len++;
      let t = terms.get(token);
      if (t === undefined) {
        t = { word: folded, df: 0, hits: [], bit: signatureBit(token), row: -1, freq: 0 };
        terms.set(token, t);
      }
      if (t.row === index) t.freq += weight;
      else {
        t.row = index;
        t.freq = weight;
        seen.push(t);
      }
    };
    for (; index < rows.length; index++) {
      const r = rows[index] as (typeof rows)[number];
      seen.length = 0;
      len = 0;
      for (const column of COLUMNS) {
        const text = r[column];
        if (!text) continue;
        weight = COLUMN_WEIGHTS[column];
        eachToken(text, count);
      }
      tokens += len;
      const sig = [0, 0, 0, 0];
      for (const t of seen) {
        addToSignature(sig, t.bit);
        t.df++;
        t.hits.push(r.seq, t.freq, index);
      }
      for (const k of r.outletKeys.split('|')) if (k) addToSignature(sig, signatureBit(outletItem(`|${k}|`)));
      meta.push({ seq: r.seq, len, speaker: speakerKey(r.speaker), day: dayNumber(r.date), sig: sig.map((w) => w >>> 0) });
    }
    // In the order of the speaker index (rank_rows_speaker), whose keys are random: consecutive inserts then go to
    // the same or neighbouring leaf pages, each fetched once per chunk instead of once per insert (the rows
    // themselves are appended whatever the order).
    const byKey = [...meta].sort((a, b) => a.speaker - b.speaker || a.len - b.len || (a.sig[0] as number) - (b.sig[0] as number));
    for (const m of byKey) q.insertRow.run(m.seq, m.len, m.speaker, m.day, ...m.sig);
    q.counted.run(rankedTo, rows.length, tokens);
    const stats = corpus();
    const avgdl = stats.tokens / Math.max(1, stats.rows);
    const counts: Record<string, [string, number]> = {};
    for (const [token, t] of terms) counts[token] = [t.word, t.df];
    const entries: Entry[] = [];
    const prunes: number[] = [];
    for (const term of q.upsertTerms.all(JSON.stringify(counts))) {
      const t = terms.get(term.term);
      if (!t) continue;
      const floor = term.floor;
      if (floor === null) {
        // A new list is already the best of every statement holding the token, this chunk's included: admitting
        // them again would only try ~a chunk's worth of inserts and, where this pass's impact differs a little from
        // FTS5's bm25, put a statement on the list twice.
        if (term.df >= limits.listFrom && fillLists) fill(term);
        continue;
      }
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
    if (seqs.length > 0) addChunk(q.rows.all(JSON.stringify(seqs)), Math.max(...seqs), false);
    return seqs.length;
  });
  // Tokens that became common during catch-up get their lists at the end, when their counts are complete.
  const fillTx = db.transaction((terms: readonly { id: number; word: string; df: number }[]) => {
    for (const t of terms) fill(t);
  });

  return {
    add(rows) {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        addChunk(chunk, Math.max(...chunk.map((r) => r.seq)), true);
      }
    },
    catchUp() {
      // Read first: opening a store that is up to date (the usual case) must not wait for another writer's lock.
      let total = 0;
      while (q.unranked.all(q.rankedTo.get() ?? 0, 1).length > 0) total += catchUpTx.immediate();
      if (q.unlisted.get(limits.listFrom) === undefined) return total;
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
    addOutlet(seq, key) {
      q.addSignature.run(...signature([outletItem(key)]), seq);
    },
  };
}
