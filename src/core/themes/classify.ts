// Theme tagging: which taxonomy themes a statement is about, with a score in (0, 1).
// A trigger found in the statement text counts fully, one found only in its context sentence or in the
// speaker's name counts a third; repeats add a little. An ambiguous term counts only next to one of its theme's
// anchors, and a theme that requires an anchor tags nothing without one. Deterministic, no model, fast enough for ingest.
import type { Statement, ThemeTag } from '../model.ts';
import type { StatementStore } from '../store/statement-store.ts';
import type { CompiledTerm, Taxonomy, Theme } from './taxonomy.ts';
import { tokenize, tokenizeAround, type Token } from './terms.ts';

/** Weight of a trigger seen only in the context (or speaker), relative to one in the statement text. */
export const CONTEXT_WEIGHT = 0.35;
const REPEAT_BONUS = 0.2;

export interface ThemeMatch {
  readonly theme: string;
  readonly score: number;
  /** Unnormalised sum of trigger weights; the taxonomy threshold applies to this. */
  readonly raw: number;
  /** Triggers and entities that matched. */
  readonly terms: readonly string[];
}

type Classifiable = Pick<Statement, 'text' | 'context'> & { readonly speaker?: string | null };

type Found = Map<CompiledTerm, { theme: Theme; count: number }>;

/** Term → number of occurrences in the token list. */
function findTerms(tokens: readonly Token[], taxonomy: Taxonomy): Found {
  return findTermsWithin(tokens, 0, 0, taxonomy).all;
}

/**
 * Term → number of occurrences, in all the tokens and in tokens [start, end) alone (a term wholly inside them):
 * one look-up per token for both.
 */
function findTermsWithin(tokens: readonly Token[], start: number, end: number, taxonomy: Taxonomy): { all: Found; inside: Found } {
  const all: Found = new Map();
  const inside: Found = new Map();
  const count = (found: Found, theme: Theme, term: CompiledTerm) => {
    const entry = found.get(term);
    if (entry) entry.count++;
    else found.set(term, { theme, count: 1 });
  };
  const look = (candidates: readonly { theme: Theme; term: CompiledTerm }[] | undefined, i: number) => {
    if (candidates === undefined) return;
    for (const { theme, term } of candidates) {
      if (!matchesAt(term, tokens, i)) continue;
      count(all, theme, term);
      if (i >= start && i + term.tokens.length <= end) count(inside, theme, term);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    look(taxonomy.byStem.get(token.stem), i);
    look(taxonomy.byRaw.get(token.raw), i);
  }
  return { all, inside };
}

/** The term's words start at token i. */
function matchesAt(term: CompiledTerm, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < term.tokens.length; k++) {
    const t = term.tokens[k] as CompiledTerm['tokens'][number];
    const at = tokens[i + k];
    if (at === undefined || (t.raw ? at.raw !== t.value : at.stem !== t.value)) return false;
  }
  return true;
}

/**
 * The terms in the statement's text and in its context sentence and speaker. The context holds the text (as news
 * is quoted): one tokenization and one pass over the context give both; otherwise each is read on its own.
 */
function termsOf(statement: Classifiable, taxonomy: Taxonomy): { inText: Found; around: Found } {
  const aroundText = `${statement.context}\n${statement.speaker ?? ''}`;
  const within = statement.text === '' ? null : tokenizeAround(statement.context, statement.text);
  if (within !== null) {
    // The speaker's words after the context's (the newline keeps them apart, as in tokenize(aroundText)).
    const tokens = statement.speaker ? [...within.tokens, ...tokenize(statement.speaker)] : within.tokens;
    const { all, inside } = findTermsWithin(tokens, within.start, within.end, taxonomy);
    return { inText: inside, around: all };
  }
  return { inText: findTerms(tokenize(statement.text), taxonomy), around: findTerms(tokenize(aroundText), taxonomy) };
}

const orders = new WeakMap<Taxonomy, Map<Theme, number>>();

/** Each theme's place in its taxonomy (ties in score go in taxonomy order), worked out once per taxonomy. */
function themeOrder(taxonomy: Taxonomy): Map<Theme, number> {
  let order = orders.get(taxonomy);
  if (!order) {
    order = new Map(taxonomy.themes.map((t, i) => [t, i]));
    orders.set(taxonomy, order);
  }
  return order;
}

/** Every theme that reaches the taxonomy threshold, best first, with the terms that matched. */
export function classifyDetailed(statement: Classifiable, taxonomy: Taxonomy): ThemeMatch[] {
  const { inText, around } = termsOf(statement, taxonomy);
  const perTheme = new Map<Theme, { raw: number; terms: string[]; inText: boolean }>();
  const add = (theme: Theme, term: CompiledTerm, amount: number, own = false) => {
    const entry = perTheme.get(theme) ?? { raw: 0, terms: [], inText: false };
    entry.inText ||= own;
    entry.raw += amount * theme.weight;
    entry.terms.push(term.text);
    perTheme.set(theme, entry);
  };
  // A theme's anchor anywhere (statement, sentence, speaker) unlocks its ambiguous terms; some themes need one.
  const anchored = new Set<Theme>();
  for (const found of [inText, around]) for (const [term, { theme }] of found) if (term.role === 'anchor') anchored.add(theme);
  const counts = (theme: Theme, term: CompiledTerm) => anchored.has(theme) || (term.role !== 'ambiguous' && !theme.requireAnchor);
  for (const [term, { theme, count }] of inText) {
    if (counts(theme, term)) add(theme, term, term.weight * (1 + REPEAT_BONUS * Math.min(2, count - 1)), true);
  }
  for (const [term, { theme }] of around) if (!inText.has(term) && counts(theme, term)) add(theme, term, term.weight * CONTEXT_WEIGHT);

  if (perTheme.size === 0) return [];
  const order = themeOrder(taxonomy);
  return [...perTheme]
    // Evidence from the sentence around or the speaker's name adds up, but a theme needs a word of its own in the statement.
    .filter(([, v]) => v.raw >= taxonomy.threshold && v.inText)
    .sort(([a, x], [b, y]) => y.raw - x.raw || (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([theme, v]) => ({
      theme: theme.name,
      raw: Math.round(v.raw * 1000) / 1000,
      score: Math.round((1 - Math.exp(-v.raw / 2)) * 1000) / 1000,
      terms: v.terms,
    }));
}

/** Theme tags for one statement, best first (empty when no theme covers it). */
export function classify(statement: Classifiable, taxonomy: Taxonomy): ThemeTag[] {
  return classifyDetailed(statement, taxonomy).map(({ theme, score }) => ({ theme, score }));
}

/** Tags for a batch, keyed by statement id: the shape `StatementStore.addDocument` accepts. */
export function tagStatements(statements: readonly Statement[], taxonomy: Taxonomy): Map<string, ThemeTag[]> {
  return new Map(statements.map((s) => [s.id, classify(s, taxonomy)]));
}

/** Re-tags every stored statement (after the taxonomy file changed). Returns how many were tagged. */
export function retagStore(store: StatementStore, taxonomy: Taxonomy, pageSize = 500): number {
  let after = 0;
  let tagged = 0;
  for (;;) {
    const page = store.statementsSince(after, pageSize);
    if (page.length === 0) return tagged;
    for (const s of page) {
      const tags = classify(s, taxonomy);
      store.setThemes(s.id, tags);
      if (tags.length > 0) tagged++;
      after = Math.max(after, s.seq);
    }
  }
}
