// Full-text search in PostgreSQL terms: what is indexed (tsvector) and what is asked (tsquery), as SQL fragments
// over bound parameters only, so user text is never tsquery syntax. English configuration (stemming: `negotiation`
// finds `negotiations`; English stop words are not indexed); diacritics are folded here before PostgreSQL sees a
// text (`résumé` = `resume`, as SQLite's remove_diacritics), which needs no server extension.
import type { SearchPlan } from '../../core/index.ts';

// Latin combining marks only, like SQLite's remove_diacritics 2 (other scripts keep their marks).
const MARKS = /[\u0300-\u036f]/g;

/** The text with diacritics of Latin letters removed (what both the index and the queries see). */
export function foldDiacritics(text: string): string {
  return /[^\x20-\x7e]/.test(text) ? text.normalize('NFD').replace(MARKS, '').normalize('NFC') : text;
}

/** ASCII letters lower-cased, nothing else: how speakers are compared (SQLite's NOCASE). */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * Column weights: speaker A, statement text B, context D; ts_rank's weight array is {D, C, B, A}. The proportions
 * are SQLite's bm25(4.0, 6.0, 1.0) for (text, speaker, context).
 */
export const RANK_WEIGHTS = '{0.1667, 0, 0.6667, 1.0}';

/** SQL for the search vector of a statement, given the SQL of its folded text, speaker and context. */
export function searchVector(text: string, speaker: string, context: string): string {
  return `setweight(to_tsvector('english', ${text}), 'B') || setweight(to_tsvector('english', coalesce(${speaker}, '')), 'A')
    || setweight(to_tsvector('english', ${context}), 'D')`;
}

/** SQL replacing only the speaker part of a search vector (re-attribution). */
export function withSpeaker(vector: string, speaker: string): string {
  return `ts_filter(${vector}, '{b,c,d}') || setweight(to_tsvector('english', coalesce(${speaker}, '')), 'A')`;
}

/** Collects bound parameters and hands out their `$n` placeholders. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A word being typed matches every word it starts: `to_tsquery('english', 'nat:*')`. The word is reduced to its
 * letters and digits first, so it cannot be syntax; a stop word ("the") falls back to the simple configuration.
 */
function prefixQuery(word: string, params: Params): string | null {
  const clean = foldDiacritics(word).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (clean === '') return null;
  const p = params.add(`${clean}:*`);
  return `(CASE WHEN numnode(to_tsquery('english', ${p})) = 0 THEN to_tsquery('simple', ${p}) ELSE to_tsquery('english', ${p}) END)`;
}

/**
 * The tsquery of a plan: each term or phrase a phrase query (`phraseto_tsquery`, which treats its argument as
 * text, never syntax), joined with && (all) or || (any); null when nothing remains to match.
 */
export function planQuery(plan: SearchPlan, op: 'all' | 'any', params: Params): string | null {
  // a component with alternatives (a place's names) matches any of them
  const phrase = (text: string) => `phraseto_tsquery('english', ${params.add(foldDiacritics(text))})`;
  const parts = plan.components.map((c, i) => {
    const others = plan.alternatives[i] ?? [];
    return others.length === 0 ? phrase(c) : `(${[c, ...others].map(phrase).join(' || ')})`;
  });
  const prefix = plan.prefix === null ? null : prefixQuery(plan.prefix, params);
  if (prefix !== null) parts.push(prefix);
  if (parts.length === 0) return null;
  return `(${parts.join(op === 'all' ? ' && ' : ' || ')})`;
}

/**
 * Any word of the plan (every word of each term, phrase and alternative, and the word being typed), joined with
 * ||: what the strong index (bounded.ts) is asked for. Positions are not indexed there, so a phrase is asked by
 * its words.
 */
export function anyWordQuery(plan: SearchPlan, params: Params): string | null {
  const words = [...new Set(plan.components.flatMap((c, i) => [c, ...(plan.alternatives[i] ?? [])]).flatMap((text) => foldDiacritics(text).split(/\s+/)))];
  const parts = words.filter((w) => w !== '').map((w) => `plainto_tsquery('english', ${params.add(w)})`);
  const prefix = plan.prefix === null ? null : prefixQuery(plan.prefix, params);
  if (prefix !== null) parts.push(prefix);
  return parts.length === 0 ? null : `(${parts.join(' || ')})`;
}
