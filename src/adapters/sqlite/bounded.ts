// Bounded ranking: when ranking every match would cost more than a page is worth (a common word matches a tenth
// of a million-statement store), rank a bounded candidate set instead, so that the cost follows the page size:
//   - a speaker filter whose speakers have few statements: all of them (the speaker's own rows, exact);
//   - the newest matches of the query's FTS5 expression: when they are all the matches, the answer is exact;
//   - otherwise the champion lists of the query's words (ranking.ts: the statements where a word weighs
//     most, best first), read with the speaker and date filters applied, plus the newest matches;
//   - for a place word (a component with alternatives), the statements naming the place twice or more, ranked
//     exactly by FTS5 in pieces (bounded-pieces.ts): the lists then only need to hold those naming it once.
// Candidates are scored with FTS5's bm25 formula (query/bm25.ts): list entries carry the word's weighted count
// and the statement's length, so a candidate found in the lists of all its words is scored without reading it;
// the others are read and tokenized, most promising first (a phrase's count is at most its listed word's). The
// order among candidates is full ranking's order; what bounded ranking can miss is a statement that is neither
// recent nor near the top of any of its words' lists (the trade-off: `npm run bench` measures how often the top 10
// differ). Filters that leave fewer than a page widen the sets;
// after that, full ranking answers.
import type Database from 'better-sqlite3';
import { bm25Frequencies, idf, outletKey, phraseFrequency, termImpact, tokensStartingWith, type RowTokens, type SearchPlan } from '../../core/index.ts';
import { rankPieces, type ExactRank, type RankedRow } from './bounded-pieces.ts';
import { CEILING, createScoring, type Scoring } from './bounded-scoring.ts';
import { dayNumber, outletItem, speakerKey, type ChampionFilter, type RankingIndex } from './ranking.ts';


export interface BoundedOptions {
  /**
   * Estimated microseconds under which FTS5 ranks all matches itself (exact): about 0.08 µs per index entry it
   * counts for bm25's IDF and 1.5 µs per match it ranks (measured on 1M statements).
   */
  readonly exactBudgetUs?: number;
  /** Newest matches read to see whether they are all the matches (then the answer is exact). */
  readonly complete?: number;
  /** Newest matches scored as candidates otherwise. */
  readonly newest?: number;
  /** Best entries read from each word's champion list, at least (else 3 × the page). */
  readonly partial?: number;
  /** Shortest statements holding the words (by signature) read as candidates. */
  readonly shortest?: number;
  /** A speaker filter whose speakers have at most this many statements: all of them are candidates. */
  readonly wholeSpeaker?: number;
  /** Likeliest completions of a word being typed that contribute candidates. */
  readonly prefixWords?: number;
}

const DEFAULTS: Required<BoundedOptions> = {
  exactBudgetUs: 2500,
  complete: 120,
  newest: 20,
  partial: 30,
  shortest: 40,
  wholeSpeaker: 300,
  prefixWords: 3,
};
const READ_CHUNK = 40;
const US_PER_POSTING = 0.08;
const US_PER_MATCH = 1.5;
const WIDEN = [1, 4, 16] as const;

/** Ranks one page's worth (the best `n`) of a query, or returns null when full ranking should do it. */
export type BoundedRanker = (plan: SearchPlan, mode: 'all' | 'any', n: number) => RankedRow[] | null;

type Filters = (plan: SearchPlan) => { where: string[]; params: unknown[] };

/** A candidate and what the lists told about it (NaN: unknown count). */
interface Known {
  len: number;
  speaker: number;
  freqs: number[];
  /** The most an unknown count can weigh (bm25's share without IDF), where a list tells: by phrase. */
  limits?: Map<number, number>;
}

export function createBoundedRanker(db: Database.Database, ranking: RankingIndex, filters: Filters, exactRank: ExactRank, options: BoundedOptions = {}): BoundedRanker {
  const o = { ...DEFAULTS, ...options };
  const cache = new Map<string, Database.Statement>();
  const prepared = <R>(sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt as Database.Statement<unknown[], R>;
  };
  const newestOf = db.prepare<[string, number], number>('SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT ?').pluck();

  /** Seqs (of `seqs`) that pass the plan's SQL filters, with their dates, from the narrow search index. */
  const verify = (plan: SearchPlan, seqs: readonly number[]): Map<number, string | null> => {
    const { where, params } = filters(plan);
    const sql = `SELECT s.seq, s.date FROM json_each(?) j CROSS JOIN statements s INDEXED BY statements_search_meta ON s.seq = j.value
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
    const out = new Map<number, string | null>();
    if (seqs.length === 0) return out;
    for (const r of prepared<{ seq: number; date: string | null }>(sql).all(JSON.stringify(seqs), ...params)) out.set(r.seq, r.date);
    return out;
  };

  /** Reads and tokenizes statements, returning each one's phrase counts and length. */
  const read = (s: Scoring, seqs: readonly number[], into: Map<number, Known>) => {
    if (seqs.length === 0) return;
    const sql = 'SELECT seq, text, speaker, context FROM statements WHERE seq IN (SELECT value FROM json_each(?))';
    const initials = new Set(s.phrases.flatMap((p) => p.tokens.map((t) => t[0] ?? '')));
    const tokens = (text: string) => tokensStartingWith(text, initials);
    for (const c of prepared<{ seq: number; text: string; speaker: string | null; context: string }>(sql).all(JSON.stringify(seqs))) {
      const row: RowTokens = { text: tokens(c.text), speaker: tokens(c.speaker ?? ''), context: tokens(c.context) };
      into.set(c.seq, {
        len: row.text.length + row.speaker.length + row.context.length,
        speaker: speakerKey(c.speaker),
        freqs: s.phrases.map((p) => phraseFrequency(row, p)),
      });
    }
  };

  /** All statements of the filter's speakers (that pass the other filters) when they are few; null otherwise. */
  const speakerRows = (plan: SearchPlan): number[] | null => {
    if (plan.speakers.length === 0) return null;
    const { where, params } = filters(plan);
    const sql = `SELECT s.seq FROM statements s WHERE ${where.join(' AND ')} LIMIT ?`;
    const rows = prepared<{ seq: number }>(sql).all(...params, o.wholeSpeaker + 1);
    return rows.length <= o.wholeSpeaker ? rows.map((r) => r.seq) : null;
  };

  const { scoring, speakerCounts } = createScoring(db, ranking, o.prefixWords);

  /** Scores of the known candidates whose counts are all known, and the exactly ranked ones (the pieces'). */
  const scores = (s: Scoring, known: ReadonlyMap<number, Known>, exact: ReadonlyMap<number, number>): { seq: number; score: number }[] => {
    const stats = ranking.corpus();
    const out = [...exact].map(([seq, score]) => ({ seq, score }));
    for (const [seq, k] of known) {
      if (exact.has(seq) || k.freqs.some(Number.isNaN)) continue;
      const score = bm25Frequencies(k.freqs, k.len, s.phrases, stats, s.groups);
      if (score !== null) out.push({ seq, score });
    }
    return out;
  };

  /** Scores known candidates, verifies the best against the SQL filters, and returns the best `n` in order. */
  const rank = (plan: SearchPlan, s: Scoring, known: ReadonlyMap<number, Known>, n: number, exact: ReadonlyMap<number, number> = new Map()): RankedRow[] => {
    const scored = scores(s, known, exact);
    scored.sort((a, b) => b.score - a.score || b.seq - a.seq);
    // Verify slice by slice (speaker hashes, outlet and theme filters, dates for ties) until the page is full.
    const out: (RankedRow & { date: string | null })[] = [];
    for (let from = 0; from < scored.length && out.length < n; ) {
      let to = Math.min(scored.length, from + 2 * n + 20);
      while (to < scored.length && scored[to]?.score === scored[to - 1]?.score) to++;
      const slice = scored.slice(from, to);
      const dates = verify(plan, slice.map((c) => c.seq));
      for (const c of slice) if (dates.has(c.seq)) out.push({ seq: c.seq, rank: -c.score, date: dates.get(c.seq) ?? null });
      from = to;
    }
    // ORDER BY rank, date DESC (NULL last), seq DESC — as full ranking does.
    out.sort((a, b) => a.rank - b.rank || compareDates(a.date, b.date) || b.seq - a.seq);
    return out.slice(0, n).map(({ seq, rank: r }) => ({ seq, rank: r }));
  };

  const exactly = (plan: SearchPlan, s: Scoring, seqs: readonly number[], n: number): RankedRow[] => {
    const known = new Map<number, Known>();
    read(s, seqs, known);
    return rank(plan, s, known, n);
  };

  /** Names (by index among the expanded component's) that no champion list is read for: their pieces rank them. */
  const unlistedNames = (s: Scoring): number[] => s.names.flatMap((phrase, i) => (s.sources.some((x) => x.of === phrase) ? [] : [i]));

  /**
   * Names of several words (by index) whose statements off their word's list could still reach the page: the
   * phrase's weight times the list's floor beats the n-th best score.
   */
  const looseNames = (s: Scoring, scored: readonly { score: number }[], n: number): number[] => {
    const best = scored.map((c) => c.score).sort((a, b) => b - a);
    const bar = best.length >= n ? (best[n - 1] ?? 0) : 0;
    const rows = ranking.corpus().rows;
    return s.names.flatMap((phrase, i) => {
      const p = s.phrases[phrase];
      const source = s.sources.find((x) => x.of === phrase && x.phrase < 0);
      return p && source && source.floor > 0 && idf(rows, p.hits) * source.floor > bar ? [i] : [];
    });
  };

  /**
   * Reads candidates missing a count. Where every missing count is bounded (a listed word's floor, or what its
   * list entry tells: an AND of common words, a phrase), most promising first while their best possible score —
   * known counts, each missing one at its bound — beats the n-th best score so far, at most `limit`; the others (a
   * word being typed, a phrase off any list: no useful bound) by the weight of what is known, `budget` of them.
   */
  const readPromising = (s: Scoring, known: Map<number, Known>, exact: ReadonlyMap<number, number>, n: number, limit: number, budget: number) => {
    const stats = ranking.corpus();
    const avgdl = stats.tokens / Math.max(1, stats.rows);
    const weights = s.phrases.map((p) => idf(stats.rows, p.hits));
    const cap = (k: Known, i: number) => k.limits?.get(i) ?? s.caps[i] ?? CEILING;
    const sum = (k: Known, unknown: (i: number) => number) =>
      k.freqs.reduce((total, f, i) => total + (weights[i] ?? 0) * (Number.isNaN(f) ? unknown(i) : termImpact(f, k.len, avgdl)), 0);
    const missing = [...known].filter(([seq, k]) => !exact.has(seq) && k.freqs.some(Number.isNaN));
    const bounded = (k: Known) => k.freqs.every((f, i) => !Number.isNaN(f) || cap(k, i) < CEILING);
    const loose = missing.filter(([, k]) => !bounded(k)).map(([seq, k]) => ({ seq, known: sum(k, () => 0) }));
    read(s, loose.sort((a, b) => b.known - a.known).slice(0, budget).map((c) => c.seq), known);
    // (A phrase's bound from its word is loose, the phrase may not be there at all: those reads count against `budget`.)
    const pending = missing.filter(([, k]) => bounded(k)).map(([seq, k]) => ({ seq, ub: sum(k, (i) => cap(k, i)), loose: k.limits !== undefined }));
    pending.sort((a, b) => b.ub - a.ub);
    let done = 0;
    for (let from = 0; from < pending.length && done < limit; ) {
      const best = scores(s, known, exact).map((c) => c.score);
      const bar = best.length >= n ? (best.sort((a, b) => b - a)[n - 1] ?? 0) : 0;
      const chunk = pending.slice(from, from + READ_CHUNK).filter((c) => c.ub > bar && (!c.loose || budget-- > 0));
      if (chunk.length === 0) break;
      read(s, chunk.map((c) => c.seq), known);
      done += chunk.length;
      from += READ_CHUNK;
    }
  };

  return (plan, mode, n) => {
    if (n <= 0) return [];
    const s = scoring(plan, mode);
    if (s === null || US_PER_POSTING * s.postings + US_PER_MATCH * s.matchRows <= o.exactBudgetUs) return null;
    const own = speakerRows(plan);
    if (own !== null) return exactly(plan, s, own, n);
    const newest = newestOf.all(s.match, o.complete + 1);
    if (newest.length <= o.complete) return exactly(plan, s, newest, n);
    // Words that are common alone but seldom together: the newest matches show how dense the matches are; when they
    // are few, FTS5 ranks them all (exact), as it does a rare word, within twice the budget (about what the
    // bounded candidates would cost).
    const match = mode === 'all' ? plan.matchAll : plan.matchAny;
    if (match !== null && plan.prefix === null && US_PER_POSTING * s.postings + US_PER_MATCH * spread(newest) <= 2 * o.exactBudgetUs) return exactRank(plan, match, n);
    // A place word: the statements naming it twice or more, ranked exactly; every other candidate names it once.
    const exact = new Map<number, number>();
    if (s.names.length > 0) rankPieces(plan, exactRank, n, exact, true, unlistedNames(s));
    const pieced = new Set(unlistedNames(s));
    const once = new Set(s.names);

    // Speakers and days are list columns; an outlet is in the signatures, like a word a match must hold.
    const outlet = plan.outlet === null ? [] : [outletItem(outletKey(plan.outlet))];
    const filter: ChampionFilter = { speakers: plan.speakers.map(speakerKey), since: dayNumber(plan.since), until: dayNumber(plan.until), tokens: outlet };
    const names = speakerCounts(plan, s);
    const unknownCounts = (speaker: number) => s.phrases.map((_, i) => (i < s.speakerPhrases ? (names.get(speaker)?.[i] ?? 0) : Number.NaN));
    const avgdl = ranking.corpus().tokens / Math.max(1, ranking.corpus().rows);
    // An AND of listed words: the statements on all their lists are scored from the lists alone.
    const whole = s.sources.filter((x) => x.phrase >= 0);
    const allListed = mode === 'all' && !plan.expanded && whole.length >= 2 && whole.length === s.phrases.length - s.speakerPhrases;
    const common = allListed ? ranking.common(whole.map((x) => x.termId), { ...filter, tokens: [...(s.required[0] ?? []), ...outlet] }) : [];
    for (const widen of WIDEN) {
      const known = new Map<number, Known>();
      for (const c of common) {
        const freqs = unknownCounts(c.speaker);
        for (const x of whole) freqs[x.phrase] = c.freqs.get(x.termId) ?? 0;
        known.set(c.seq, { len: c.len, speaker: c.speaker, freqs });
      }
      // The best entries of each list (by signature holding the query's other words too). Those missing a count (the
      // other words of an AND, a phrase, a completion) are read while they could still beat the page's last score.
      const depth = (Math.max(o.partial, n) + 20) * 4 * widen;
      for (const source of s.sources) {
        for (const c of ranking.champions(source.termId, depth, { ...filter, tokens: [...source.tokens, ...outlet] })) {
          if (exact.has(c.seq)) continue;
          let k = known.get(c.seq);
          if (!k) {
            k = { len: c.len, speaker: c.speaker, freqs: unknownCounts(c.speaker) };
            known.set(c.seq, k);
          }
          // (A completion's list gives a lower bound of the prefix's count: several may add to one entry.)
          if (source.phrase >= 0) k.freqs[source.phrase] = Math.max(c.freq, k.freqs[source.phrase] || 0);
          else if (Number.isNaN(k.freqs[source.of] ?? 0)) {
            // A phrase holds its word at most as often as the statement does.
            (k.limits ??= new Map()).set(source.of, Math.min(k.limits?.get(source.of) ?? CEILING, termImpact(c.freq, c.len, avgdl)));
          }
          // A statement on a name's list that is not among the pieces' best holds no other name (or ranks lower).
          if (once.has(source.of)) for (const i of once) if (i !== source.of && Number.isNaN(k.freqs[i] ?? 0)) k.freqs[i] = 0;
        }
      }
      const toRead = new Set<number>();
      const recent = o.newest * widen <= newest.length ? newest.slice(0, o.newest * widen) : newestOf.all(s.match, o.newest * widen);
      for (const seq of recent) if (!known.has(seq) && !exact.has(seq)) toRead.add(seq);
      // The shortest statements holding the words (bm25 favours short ones; for a speaker, from their own rows). A
      // place word alone needs none: a name's shortest statements head its list, or its piece when it has none.
      const shortest = s.names.length > 0 && plan.components.length === 1 ? [] : s.required;
      for (const tokens of shortest) for (const seq of ranking.shortest([...tokens, ...outlet], o.shortest * widen, filter)) if (!known.has(seq) && !exact.has(seq)) toRead.add(seq);
      read(s, [...toRead], known);
      readPromising(s, known, exact, n, o.partial * 8 * widen, 2 * Math.max(o.partial, n) * widen);
      // A name of several words off its word's list may still beat the page (it weighs more than its word): rank it.
      const late = s.names.length > 0 ? looseNames(s, scores(s, known, exact), n).filter((i) => !pieced.has(i)) : [];
      if (late.length > 0) rankPieces(plan, exactRank, n, exact, false, late);
      for (const i of late) pieced.add(i);
      const ranked = rank(plan, s, known, n, exact);
      if (ranked.length >= n) return ranked;
    }
    return null;
  };
}

/** About how many statements match, from the newest matches (seqs, newest first): as dense as they are throughout. */
function spread(newest: readonly number[]): number {
  const last = newest[0] ?? 0;
  const span = last - (newest[newest.length - 1] ?? 0) + 1;
  return (newest.length * last) / Math.max(1, span);
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
