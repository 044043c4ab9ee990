// The ranking tables of migration v10, kept in step with the full-text index: how many statements hold each
// index token (rank_terms.df, bm25's IDF without counting matches at query time) and, for every token common
// enough that ranking all its matches would be slow, a champion list (rank_top): the statements where that token
// weighs most, by its share of bm25, best first, each with what scoring and filtering need (the token's weighted
// count, the statement's length, speaker, day and signature); and every statement's length, speaker, day and
// signature (rank_rows). Bounded ranking (bounded.ts) draws candidates from them. Written by
// ranking-write.ts in the transaction that indexes the statements (a crash never leaves them apart), read by
// ranking-read.ts.
import type Database from 'better-sqlite3';
import type { CorpusStats } from '../../core/index.ts';
import { speakerKey } from './ranking-keys.ts';
import { createRankingReader } from './ranking-read.ts';
import { createRankingWriter } from './ranking-write.ts';

export { dayNumber, outletItem, signature, speakerKey } from './ranking-keys.ts';

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

/**
 * Lists from 4,000 statements: a token in fewer statements is ranked from its newest matches, the shortest rows or
 * exactly, as rarer ones are. Fewer lists, each started later (L·ln(listFrom/L) fewer inserts per list). 2,000 → 4,000
 * (2026-12-04): store CPU ingesting the 100k bench corpus (`ingestPaths`, alternated) 17.6 → 15.7 s; the 100k
 * bench's top-10 overlap 0.995 → 0.971 (words in 2,000-4,000 statements, common at 100k, lose their lists); at 1M
 * (2026-12-03) ingest 0.77 → 0.81 MB per CPU-s, overlap 0.955 → 0.958, and 0.958 again at 03ae6e1.
 * (1,000 until 2026-12-03, 2,000 until 2026-12-04.)
 */
export const RANKING_LIMITS: RankingLimits = { listFrom: 4000, listSize: 1000 };

/** What the ranking tables read of a statement: its seq, text, speaker, context, date and outlets (outletKey). */
export interface RankRow {
  readonly seq: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly context: string;
  readonly date: string | null;
  /** The statements.outlet_keys column: "|key|key|…|" ('' for none). */
  outletKeys: string;
}

/** A row of rank_terms: a token, a word it came from, how many statements hold it, its list's floor and size. */
export interface TermRow {
  id: number;
  term: string;
  word: string;
  df: number;
  floor: number | null;
  listed: number;
}

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
  /** The lowest impact on its list (IMPACT_SCALE units; 0 while the list is not full): statements not on it weigh less. */
  readonly floor: number;
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
  /**
   * Counts and lists statements just added to the full-text index (in seq order, as stored); call inside the
   * transaction that added them.
   */
  add(rows: readonly RankRow[]): void;
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

/** Prepares the ranking statements for one connection (the v10 tables must exist). */
export function createRankingIndex(db: Database.Database, limits: RankingLimits = RANKING_LIMITS): RankingIndex {
  db.function('briefdesk_speaker_key', { deterministic: true }, (speaker: unknown) => speakerKey(typeof speaker === 'string' ? speaker : null));
  const reader = createRankingReader(db);
  return { ...createRankingWriter(db, limits, reader.corpus), ...reader };
}
