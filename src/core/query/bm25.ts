// SQLite FTS5's bm25() with the store's column weights (text 4, speaker 6, context 1), computed in JavaScript
// for a handful of candidate statements. Bounded ranking (src/adapters/sqlite/bounded.ts) scores candidates with it
// because FTS5's own bm25() first counts every row that matches each phrase (to weigh rare words above common
// ones), and at a million statements that count alone costs more than the whole answer may. The formula,
// constants and summation order are fts5_aux.c's, so equal inputs give equal scores.

/** k1 and b of fts5_aux.c. */
const K1 = 1.2;
const B = 0.75;

/** The store's columns in FTS order, with the weights of the `rank` setting (migration v2: bm25(4.0, 6.0, 1.0)). */
export const COLUMN_WEIGHTS = { text: 4, speaker: 6, context: 1 } as const;
export type Column = keyof typeof COLUMN_WEIGHTS;
const COLUMNS: readonly Column[] = ['text', 'speaker', 'context'];

/** One phrase of a query as FTS5 counts it: a term, a quoted phrase, or a prefix ("nat" *). */
export interface Phrase {
  /** Index tokens in order (see fts-tokens.ts). */
  readonly tokens: readonly string[];
  /** The last token matches any token that starts with it. */
  readonly prefix?: boolean;
  /** Only instances in this column count (a speaker filter: `{speaker} : "Sergey Lavrov"`). */
  readonly column?: Column;
  /** Rows that contain the phrase (estimated when exact counts would cost too much). */
  readonly hits: number;
}

/** A statement's index tokens per column. */
export type RowTokens = Readonly<Record<Column, readonly string[]>>;

/** FTS5's IDF: log((N - hits + 0.5) / (hits + 0.5)), at least 1e-6. */
export function idf(rows: number, hits: number): number {
  const value = Math.log((rows - hits + 0.5) / (hits + 0.5));
  return value <= 0 ? 1e-6 : value;
}

/** Weighted number of instances of `phrase` in a row (FTS5's aFreq for one phrase). */
export function phraseFrequency(row: RowTokens, phrase: Phrase): number {
  let freq = 0;
  for (const column of COLUMNS) {
    if (phrase.column !== undefined && phrase.column !== column) continue;
    const n = countInstances(row[column], phrase);
    if (n > 0) freq += n * COLUMN_WEIGHTS[column];
  }
  return freq;
}

function countInstances(tokens: readonly string[], phrase: Phrase): number {
  const p = phrase.tokens;
  const last = p.length - 1;
  if (last < 0) return 0;
  let count = 0;
  for (let i = 0; i + last < tokens.length; i++) {
    let ok = true;
    for (let j = 0; j <= last && ok; j++) {
      const token = tokens[i + j] as string;
      const want = p[j] as string;
      ok = j === last && phrase.prefix ? token.startsWith(want) : token === want;
    }
    if (ok) count++;
  }
  return count;
}

/** Total tokens of a row (FTS5's xColumnSize(-1)). */
export function rowLength(row: RowTokens): number {
  return row.text.length + row.speaker.length + row.context.length;
}

export interface CorpusStats {
  /** Rows in the full-text index. */
  readonly rows: number;
  /** Tokens in all columns of all rows. */
  readonly tokens: number;
}

/**
 * bm25 of a row for the phrases of a query (higher is better; FTS5's `rank` is its negation), or null when the
 * row does not match: each of `groups` (lists of phrase indexes) needs at least one phrase present — one group
 * per AND-ed component, one for the OR-ed names of a speaker filter.
 */
export function bm25(row: RowTokens, phrases: readonly Phrase[], stats: CorpusStats, groups: readonly (readonly number[])[]): number | null {
  return bm25Frequencies(phrases.map((p) => phraseFrequency(row, p)), rowLength(row), phrases, stats, groups);
}

/** bm25 from each phrase's weighted frequency in a row and the row's length (see bm25). */
export function bm25Frequencies(
  freqs: readonly number[],
  length: number,
  phrases: readonly Phrase[],
  stats: CorpusStats,
  groups: readonly (readonly number[])[],
): number | null {
  for (const group of groups) if (!group.some((i) => (freqs[i] ?? 0) > 0)) return null;
  const avgdl = stats.tokens / Math.max(1, stats.rows);
  let score = 0;
  for (let i = 0; i < phrases.length; i++) {
    const f = freqs[i] ?? 0;
    score += idf(stats.rows, phrases[i]?.hits ?? 0) * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * length) / avgdl)));
  }
  return score;
}

/** bm25's share of one term in one row, without its IDF: what champion lists order by (src/adapters/sqlite/ranking.ts). */
export function termImpact(weightedFrequency: number, rowTokens: number, avgdl: number): number {
  const f = weightedFrequency;
  return (f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * rowTokens) / Math.max(1, avgdl)));
}
