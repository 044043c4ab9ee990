// The default summariser. Ranks a group's statements by importance — how much of the group's vocabulary a
// statement shares (centrality), how prominent its speaker is in the group, how many outlets carried it — then
// picks the best few that make different points, preferring new voices (maximal marginal relevance). The summary
// says who said what in 1–4 sentences, most prominent speakers first, and merges a point several people made
// ("…, a point Straw also made"). Deterministic: same input, same text; no network.
import type { StatementAct, StatementBrief } from '../model.ts';
import { jaccard, statementStems } from '../themes/terms.ts';
import { reportClause, type ClauseOptions } from './clause.ts';
import { speakerShortNames } from './names.ts';
import { capitalise } from './phrasing.ts';

export interface RankOptions {
  /** How many statements to return at most. */
  readonly limit?: number;
  /** Word-overlap (Jaccard) at or above which two statements count as the same point. */
  readonly redundancy?: number;
}

export interface SummaryOptions extends RankOptions {
  /** Sentences in the summary, 1–4 (default 3; fewer when there are fewer distinct points). */
  readonly maxSentences?: number;
  /** Longest excerpt of one statement. */
  readonly maxClauseChars?: number;
  readonly kindOf?: ClauseOptions['kindOf'];
  /** Statements already ranked by `rankStatements` (callers that need the ranking too rank once). */
  readonly ranked?: readonly StatementBrief[];
}

/** Salient stems of a statement's text, worked out once per statement object. */
export function termsOf(s: StatementBrief): Set<string> {
  return statementStems(s);
}

const plainCache = new WeakMap<StatementBrief, string>();

/** The statement's text lower-cased with punctuation as spaces, worked out once per statement object. */
function normalised(s: StatementBrief): string {
  let x = plainCache.get(s);
  if (x === undefined) {
    x = s.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    plainCache.set(s, x);
  }
  return x;
}

const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const x of a) if (!b.has(x)) return false;
  return true;
};

/** |smaller| / |larger|, which Jaccard similarity never exceeds (same division, so also not in floating point). */
function jaccardBound(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const larger = Math.max(a.size, b.size);
  return larger === 0 ? 0 : Math.min(a.size, b.size) / larger;
}

function redundantTerms(a: StatementBrief, b: StatementBrief, ta: ReadonlySet<string>, tb: ReadonlySet<string>, threshold: number): boolean {
  // Jaccard similarity is at most |smaller| / |larger|: no need to count the shared words when that is too low.
  if (jaccardBound(ta, tb) >= threshold && jaccard(ta, tb) >= threshold) return true;
  // One text inside the other needs one's words inside the other's: a cheap test before comparing the texts.
  if (!(ta.size <= tb.size ? subset(ta, tb) : subset(tb, ta))) return false;
  const x = normalised(a);
  const y = normalised(b);
  return Math.min(x.length, y.length) >= 30 && (x.includes(y) || y.includes(x));
}

/** True when two statements make the same point: heavy word overlap, or one's text inside the other's. */
export function isRedundant(a: StatementBrief, b: StatementBrief, threshold = 0.5): boolean {
  return redundantTerms(a, b, termsOf(a), termsOf(b), threshold);
}

/**
 * What was said or written comes first in a brief; a belief, wish, finding or question reported by the writer next; a stance
 * with no words of its own ("endorsed Mr. Trump") last.
 */
const ACT_WEIGHT: Record<StatementAct, number> = { said: 0.1, wrote: 0.1, thinks: 0, wants: 0, found: 0, asked: 0, stance: -0.25 };

const speakerOf = (s: StatementBrief) => s.speaker ?? s.speakerMention;

/** Statements per speaker (named speakers only), for prominence. */
export function speakerCounts(statements: readonly StatementBrief[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of statements) if (s.speaker) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  return counts;
}

/** Importance of each statement, before redundancy: centrality, speaker prominence, outlets, readability, act. */
function importance(statements: readonly StatementBrief[], terms: readonly ReadonlySet<string>[]): number[] {
  const df = new Map<string, number>();
  for (const t of terms) for (const w of t) df.set(w, (df.get(w) ?? 0) + 1);
  const counts = speakerCounts(statements);
  const most = Math.max(1, ...counts.values());
  const others = Math.max(1, statements.length - 1);
  return statements.map((s, i) => {
    const t = terms[i] as ReadonlySet<string>;
    let shared = 0;
    for (const w of t) shared += ((df.get(w) ?? 1) - 1) / others;
    const centrality = t.size === 0 ? 0 : Math.min(1, (shared / t.size) * 3);
    const prominence = s.speaker ? Math.log1p(counts.get(s.speaker) ?? 0) / Math.log1p(most) : 0;
    const outlets = 'sources' in s && Array.isArray(s.sources) ? Math.min(3, s.sources.length - 1) * 0.04 : 0;
    const len = s.text.length;
    const readability = (len >= 40 && len <= 280 ? 0.1 : 0) - (len < 25 ? 0.2 : 0) - (len > 450 ? 0.1 : 0);
    return 0.5 * centrality + 0.3 * prominence + outlets + readability + (s.speaker ? 0.08 : 0) + ACT_WEIGHT[s.act ?? 'said'];
  });
}

/** Most important statements first, skipping redundant ones and nudging towards speakers not yet heard. */
export function rankStatements<S extends StatementBrief>(statements: readonly S[], options: RankOptions = {}): S[] {
  const limit = options.limit ?? statements.length;
  const redundancy = options.redundancy ?? 0.5;
  const terms = statements.map(termsOf);
  const base = importance(statements, terms);
  const chosen: number[] = [];
  const remaining = new Set(statements.map((_, i) => i));
  // Overlap with the chosen set and whether the speaker was heard, updated as each statement is chosen (linear).
  const overlap = new Float64Array(statements.length);
  const heard = new Set<string>();
  while (chosen.length < limit && remaining.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of remaining) {
      const value = (base[i] ?? 0) - 0.7 * (overlap[i] ?? 0) + (heard.has(speakerOf(statements[i] as S)) ? -0.4 : 0.1);
      if (value > bestValue) {
        best = i;
        bestValue = value;
      }
    }
    remaining.delete(best);
    const candidate = statements[best] as S;
    const t = terms[best] as ReadonlySet<string>;
    if (chosen.some((c) => redundantTerms(candidate, statements[c] as S, t, terms[c] as ReadonlySet<string>, redundancy))) continue;
    chosen.push(best);
    heard.add(speakerOf(candidate));
    for (const i of remaining) {
      const ti = terms[i] as ReadonlySet<string>;
      const was = overlap[i] ?? 0;
      // Jaccard similarity is at most |smaller| / |larger|: skip counting when that cannot raise the overlap.
      if (jaccardBound(ti, t) > was) overlap[i] = Math.max(was, jaccard(ti, t));
    }
  }
  return chosen.map((i) => statements[i] as S);
}

/** Other speakers in the pool who made the same point as `s` (their statement is redundant with it). */
function echoes(s: StatementBrief, pool: readonly StatementBrief[], exclude: ReadonlySet<string>): string[] {
  const t = termsOf(s);
  const names: string[] = [];
  for (const o of pool) {
    const name = o.speaker;
    if (!name || name === s.speaker || exclude.has(name) || names.includes(name)) continue;
    if (redundantTerms(s, o, t, termsOf(o), 0.6)) names.push(name);
    if (names.length === 2) break;
  }
  return names;
}

const joinNames = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** A 1–4 sentence extractive summary naming who said what; "" for no statements. */
export function summarise(statements: readonly StatementBrief[], options: SummaryOptions = {}): string {
  const sentences = Math.max(1, Math.min(4, options.maxSentences ?? 3));
  const ranked = options.ranked ? options.ranked.slice(0, sentences) : rankStatements(statements, { ...options, limit: sentences });
  const counts = speakerCounts(statements);
  const picked = ranked
    .map((s, rank) => ({ s, rank, weight: s.speaker ? (counts.get(s.speaker) ?? 0) : 0 }))
    .sort((a, b) => b.weight - a.weight || a.rank - b.rank)
    .map((x) => x.s);
  const pickedSpeakers = new Set(picked.map((s) => s.speaker).filter((n): n is string => n !== null));
  const pool = statements.length > 300 ? statements.slice(-300) : statements;
  const echoed = picked.map((s) => echoes(s, pool, pickedSpeakers));
  const names = speakerShortNames([...picked.map(speakerOf), ...echoed.flat()], options.kindOf);
  const focus = sharedStems(pool);
  return picked
    .map((s, i) => {
      const also = i > 0 && s.speaker !== null && picked[i - 1]?.speaker === s.speaker;
      const name = names.get(speakerOf(s));
      const clause = reportClause(s, { maxChars: options.maxClauseChars ?? 180, kindOf: options.kindOf, also, focus, ...(s.speaker && name ? { name } : {}) });
      const same = (echoed[i] ?? []).map((n) => names.get(n) ?? n);
      return capitalise(same.length > 0 ? `${clause.replace(/\.$/, '')}, a point ${joinNames(same)} also made.` : clause);
    })
    .join(' ');
}

/** Word stems found in at least two of the statements (what the set is about). */
export function sharedStems(statements: readonly StatementBrief[]): Set<string> {
  const df = new Map<string, number>();
  for (const s of statements) for (const t of termsOf(s)) df.set(t, (df.get(t) ?? 0) + 1);
  return new Set([...df].filter(([, n]) => n >= 2).map(([t]) => t));
}
