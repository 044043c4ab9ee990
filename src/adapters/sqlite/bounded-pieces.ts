// Bounded ranking of a place word (a component with alternatives: `Kabul` is any of "Kabul", "Afghanistan",
// "Afghan", …). bm25 adds up the alternatives a statement holds, so the best answers are mostly statements that
// name the place twice over ("the government in Kabul … Afghan assets"), and those are seldom near the top of any
// one name's champion list, which ranks each name alone. They are found exactly instead, in pieces that FTS5 ranks
// itself: piece i holds the statements with alternative i and a later one,
//   … AND ("Kabul" AND ("Afghanistan" OR "Afghan")) AND …,   … AND ("Afghanistan" AND ("Afghan")) AND …
// A statement whose first alternative (in the query's order) is i gets the same rank in piece i as in the whole
// query: FTS5 weighs each phrase by its own IDF, a phrase a statement lacks adds exactly nothing, and the phrases
// it holds are added in the same order. One that also holds an earlier alternative is ranked lower in piece i than
// in the whole query; its own first piece has it exactly, and if that piece's page is full without it, a page of
// statements beats it anyway. So the best of the pieces are the best statements with two names or more, and every
// other candidate holds one alternative only (bounded.ts then takes the others' counts to be 0).
// Pieces hold far fewer statements than the whole match (at a million statements about 2,000 against 47,000 for
// Kabul), so ranking them costs a fraction of full ranking.
import { ftsQuote, quoteAlternatives, withSpeakerMatch, type SearchPlan } from '../../core/index.ts';

/** A ranked row: statement seq and FTS5-style rank (lower is better). */
export interface RankedRow {
  seq: number;
  rank: number;
}

/** Full ranking of one FTS5 expression under the plan's filters: the best `n` (the searcher's exact SQL). */
export type ExactRank = (plan: SearchPlan, match: string, n: number) => RankedRow[];

/** Where a plan's alternatives are: the component that has them, and its phrases in FTS5's order. */
export interface Expansion {
  /** Index of the expanded component in plan.components. */
  readonly component: number;
  /** The component and its alternatives, as the match expression quotes them. */
  readonly names: readonly string[];
}

/**
 * The one expanded component of an AND without a word being typed (the shape pieces are exact for), or null.
 * (Two expanded components go to full ranking; a word being typed keeps its own candidates in bounded.ts.)
 */
export function expansionOf(plan: SearchPlan, mode: 'all' | 'any'): Expansion | null {
  if (mode !== 'all' || plan.prefix !== null) return null;
  const expanded = plan.alternatives.flatMap((alternatives, i) => (alternatives.length > 0 ? [i] : []));
  const component = expanded[0];
  if (expanded.length !== 1 || component === undefined) return null;
  return { component, names: [plan.components[component] as string, ...(plan.alternatives[component] ?? [])] };
}

/**
 * The FTS5 expressions of the pieces: statements with name i and a later one (`pairs`), the other components
 * unchanged; and for each name in `alone` (a name without a champion list of its own), the statements with that
 * name (exact for those without another name, lower for the others, as above).
 */
export function pieceMatches(plan: SearchPlan, expansion: Expansion, pairs: boolean, alone: readonly number[] = []): string[] {
  const { component, names } = expansion;
  const withName = (part: string) =>
    withSpeakerMatch(
      plan.speakerMatch,
      plan.components.map((c, k) => (k === component ? part : quoteAlternatives(c, plan.alternatives[k] ?? []))),
      'AND',
    );
  const out: string[] = [];
  for (let i = 0; pairs && i < names.length - 1; i++) out.push(withName(`(${ftsQuote(names[i] as string)} AND ${quoteAlternatives(names[i + 1] as string, names.slice(i + 2))})`));
  for (const i of alone) if (names[i] !== undefined) out.push(withName(ftsQuote(names[i])));
  return out;
}

/**
 * Adds the best `n` statements of each piece to `into`, by seq with their bm25 score (higher is better): with
 * `pairs`, every statement holding two names or more that can reach the page, exactly scored; and the statements
 * of the names in `alone`.
 */
export function rankPieces(plan: SearchPlan, exactRank: ExactRank, n: number, into: Map<number, number>, pairs: boolean, alone: readonly number[]): void {
  const expansion = expansionOf(plan, 'all');
  if (expansion === null) return;
  for (const match of pieceMatches(plan, expansion, pairs, alone)) {
    // A statement with an earlier name is ranked lower here than in its own piece: keep its best.
    for (const r of exactRank(plan, match, n)) into.set(r.seq, Math.max(into.get(r.seq) ?? -Infinity, -r.rank));
  }
}
