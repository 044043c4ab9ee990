// The default summariser: picks the most central statements of a set (shared vocabulary with the
// others), never two that make the same point (word overlap or one containing the other), prefers a
// new voice, and reports them as 1–3 sentences naming who said what. Deterministic: same input, same text.
import type { Statement, StatementAct } from '../model.ts';
import { jaccard, salientStems } from '../themes/terms.ts';
import { capitalise, reportClause, type ClauseOptions } from './phrasing.ts';

export interface RankOptions {
  /** How many statements to return at most. */
  readonly limit?: number;
  /** Word-overlap (Jaccard) at or above which two statements count as the same point. */
  readonly redundancy?: number;
}

export interface SummaryOptions extends RankOptions {
  /** Sentences in the summary, 1–3 (default 3; fewer when there are fewer distinct points). */
  readonly maxSentences?: number;
  /** Longest excerpt of one statement. */
  readonly maxClauseChars?: number;
  readonly kindOf?: ClauseOptions['kindOf'];
  /** Statements already ranked by `rankStatements` (ranking is quadratic: callers that need it too rank once). */
  readonly ranked?: readonly Statement[];
}

const normalised = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** True when two statements make the same point: heavy word overlap, or one's text inside the other's. */
export function isRedundant(a: Statement, b: Statement, threshold = 0.5): boolean {
  const x = normalised(a.text);
  const y = normalised(b.text);
  if (x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x))) return true;
  return jaccard(salientStems(a.text), salientStems(b.text)) >= threshold;
}

/**
 * Most representative statements first (centrality + readability), skipping redundant ones and nudging
 * towards speakers not yet heard (maximal marginal relevance).
 */
/**
 * What was said or written comes first in a brief; a belief, wish or finding reported by the writer next; a stance
 * with no words of its own ("endorsed Mr. Trump") last.
 */
const ACT_WEIGHT: Record<StatementAct, number> = { said: 0.1, wrote: 0.1, thinks: 0, wants: 0, found: 0, stance: -0.25 };

export function rankStatements<S extends Statement>(statements: readonly S[], options: RankOptions = {}): S[] {
  const limit = options.limit ?? statements.length;
  const redundancy = options.redundancy ?? 0.5;
  const terms = statements.map((s) => salientStems(s.text));
  const base = statements.map((s, i) => {
    const others = terms.filter((_, j) => j !== i);
    const t = terms[i] ?? new Set<string>();
    const centrality = others.length === 0 ? 0 : others.reduce((sum, o) => sum + jaccard(t, o), 0) / others.length;
    const len = s.text.length;
    const readability = (len >= 40 && len <= 280 ? 0.1 : 0) - (len < 25 ? 0.2 : 0) - (len > 450 ? 0.1 : 0);
    return centrality + readability + (s.speaker ? 0.08 : 0) + Math.min(0.06, t.size * 0.006) + ACT_WEIGHT[s.act ?? 'said'];
  });

  const chosen: number[] = [];
  const remaining = new Set(statements.map((_, i) => i));
  while (chosen.length < limit && remaining.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of remaining) {
      const s = statements[i] as S;
      const overlap = Math.max(0, ...chosen.map((c) => jaccard(terms[i] ?? new Set(), terms[c] ?? new Set())));
      const newVoice = chosen.some((c) => statements[c]?.speaker === s.speaker) ? 0 : 0.05;
      const value = (base[i] ?? 0) - 0.7 * overlap + newVoice;
      if (value > bestValue) {
        best = i;
        bestValue = value;
      }
    }
    remaining.delete(best);
    const candidate = statements[best] as S;
    if (chosen.some((c) => isRedundant(candidate, statements[c] as S, redundancy))) continue;
    chosen.push(best);
  }
  return chosen.map((i) => statements[i] as S);
}

/** A 1–3 sentence extractive summary naming who said what; "" for no statements. */
export function summarise(statements: readonly Statement[], options: SummaryOptions = {}): string {
  const sentences = Math.max(1, Math.min(3, options.maxSentences ?? 3));
  const picked = options.ranked ? options.ranked.slice(0, sentences) : rankStatements(statements, { ...options, limit: sentences });
  const focus = sharedStems(statements);
  return picked
    .map((s, i) => {
      const also = i > 0 && s.speaker !== null && picked[i - 1]?.speaker === s.speaker;
      return capitalise(reportClause(s, { maxChars: options.maxClauseChars ?? 180, kindOf: options.kindOf, also, focus }));
    })
    .join(' ');
}

/** Word stems found in at least two of the statements (what the set is about). */
export function sharedStems(statements: readonly Statement[]): Set<string> {
  const df = new Map<string, number>();
  for (const s of statements) for (const t of salientStems(s.text)) df.set(t, (df.get(t) ?? 0) + 1);
  return new Set([...df].filter(([, n]) => n >= 2).map(([t]) => t));
}
