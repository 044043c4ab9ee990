// How bounded ranking (bounded.ts) sees a query: its phrases in FTS5's order with the statements holding each (bm25's
// IDF), the groups a match needs, the champion lists to read, and what an unknown count can weigh at most.
import type Database from 'better-sqlite3';
import { ftsQuote, ftsTokens, indexToken, phraseFrequency, quoteAlternatives, withSpeakerMatch, type Phrase, type RowTokens, type SearchPlan } from '../../core/index.ts';
import { expansionOf } from './bounded-pieces.ts';
import { IMPACT_SCALE } from './ranking-keys.ts';
import { speakerKey, type RankingIndex, type TermInfo } from './ranking.ts';

/** bm25's share of one phrase never exceeds k1 + 1. */
export const CEILING = 2.2;
const PHRASE_CACHE = 500;

/** How the query looks to the scorer. */
export interface Scoring {
  /** Phrases in FTS5's order: speaker names, terms and phrases, the word being typed. */
  readonly phrases: Phrase[];
  /** Each group needs at least one of its phrases present (mode 'all': one group per component). */
  readonly groups: number[][];
  readonly speakerPhrases: number;
  /**
   * Champion lists to read: the phrase they give a count for when the phrase is that one word (else -1), and the
   * tokens a match must hold besides.
   */
  readonly sources: readonly Source[];
  readonly postings: number;
  readonly matchRows: number;
  /** The FTS5 expression for the newest matches (a word being typed replaced by its likeliest completions). */
  readonly match: string;
  /** Token sets a match must hold (mode 'all': one set of every word; 'any': one set per component). */
  readonly required: string[][];
  /**
   * The most a phrase can weigh (bm25's share without IDF) in a statement whose count is unknown: a listed word's
   * floor (the statement is not on its list, or its count would be known), else bm25's ceiling, k1 + 1.
   */
  readonly caps: number[];
  /** The phrases of the one expanded component (a place's names) when the pieces rank it (bounded-pieces.ts). */
  readonly names: readonly number[];
}

/**
 * A champion list to read: the phrase it gives a count for when that phrase is the list's word (else -1), the phrase
 * it is read for (whose count is at most the word's), and the tokens a match must hold besides.
 */
export interface Source {
  readonly termId: number;
  readonly phrase: number;
  readonly of: number;
  readonly tokens: readonly string[];
  /** The list's floor (bm25's share without IDF): statements off the list hold its word with less weight. */
  readonly floor: number;
}

export interface Scorer {
  /** The query as the scorer sees it; null when bounded ranking cannot rank it (two expanded components of an AND). */
  readonly scoring: (plan: SearchPlan, mode: 'all' | 'any') => Scoring | null;
  /** Counts of the speaker-name phrases for statements of each filtered speaker (by speakerKey). */
  readonly speakerCounts: (plan: SearchPlan, s: Scoring) => Map<number, number[]>;
}

export function createScoring(db: Database.Database, ranking: RankingIndex, prefixWords: number): Scorer {
// Statements holding a phrase of several words (FTS5's count for its IDF), while the corpus keeps its size.
const phraseCount = db.prepare<[string], number>('SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?').pluck();
const phraseCache = new Map<string, { rows: number; hits: number }>();
const phraseHits = (text: string): number => {
  const rows = ranking.corpus().rows;
  const known = phraseCache.get(text);
  if (known?.rows === rows) return known.hits;
  if (phraseCache.size >= PHRASE_CACHE) phraseCache.clear();
  const hits = phraseCount.get(ftsQuote(text)) ?? 0;
  phraseCache.set(text, { rows, hits });
  return hits;
};

const scoring = (plan: SearchPlan, mode: 'all' | 'any'): Scoring | null => {
  const speakerTokens = plan.speakerMatch === null ? [] : plan.speakers.map(ftsTokens);
  // A component with alternatives (a place's names) is one phrase per alternative, any of which matches it.
  const units = plan.components.map((c, i) => [c, ...(plan.alternatives[i] ?? [])].map(ftsTokens));
  const expandedUnits = units.filter((u) => u.length > 1);
  // (every statement of an AND holds the plain components' words; with two expanded components no one set is required)
  if (mode === 'all' && expandedUnits.length > 1) return null;
  const componentTokens = units.flat();
  const componentTexts = plan.components.flatMap((c, i) => [c, ...(plan.alternatives[i] ?? [])]);
  // FTS5 weighs a phrase by the statements holding it; with another phrase to weigh it against, count them.
  const several = speakerTokens.length + componentTokens.length + (plan.prefix === null ? 0 : 1) > 1;
  const unitOf = units.flatMap((u, i) => u.map(() => i));
  const info = ranking.terms([...speakerTokens.flat(), ...componentTokens.flat()]);
  const df = (t: string) => info.get(t)?.df ?? 0;
  const rows = Math.max(1, ranking.corpus().rows);
  const phrases: Phrase[] = [];
  const sources: Source[] = [];
  const allTokens = units.filter((u) => u.length === 1).flat(2);
  const quoted = plan.components.map((c, i) => quoteAlternatives(c, plan.alternatives[i] ?? []));
  let postings = 0;
  for (const tokens of speakerTokens) {
    postings += tokens.reduce((a, t) => a + df(t), 0);
    phrases.push({ tokens, column: 'speaker', hits: Math.min(...tokens.map(df)) });
  }
  const speakerPhrases = phrases.length;
  const caps: number[] = phrases.map(() => CEILING);
  for (const [c, tokens] of componentTokens.entries()) {
    postings += tokens.reduce((a, t) => a + df(t), 0);
    const phrase = phrases.length;
    const text = componentTexts[c] ?? '';
    phrases.push({ tokens, hits: tokens.length > 1 && several ? phraseHits(text) : Math.min(...tokens.map(df)) });
    const only = tokens.length === 1 ? info.get(tokens[0] as string) : undefined;
    caps.push(only?.listed && only.floor > 0 ? only.floor / IMPACT_SCALE : CEILING);
    // A phrase is drawn from the list of its rarest listed word: every match of the phrase holds that word.
    const best = tokens
      .map((t) => info.get(t))
      .filter((t): t is TermInfo => t?.listed === true)
      .sort((a, b) => a.df - b.df)[0];
    const own = (units[unitOf[phrase - speakerPhrases] ?? 0]?.length ?? 1) > 1 ? tokens : [];
    if (best) sources.push({ termId: best.id, phrase: tokens.length === 1 ? phrase : -1, of: phrase, tokens: mode === 'all' ? [...allTokens, ...own] : tokens, floor: best.floor / IMPACT_SCALE });
  }
  if (plan.prefix !== null) {
    const prefixToken = indexToken(plan.prefix);
    const expansions = ranking.withPrefix(prefixToken, 50);
    const hits = Math.min(rows, expansions.reduce((a, t) => a + t.df, 0));
    postings += hits;
    phrases.push({ tokens: [prefixToken], prefix: true, hits });
    caps.push(CEILING);
    const likely = expansions.slice(0, prefixWords);
    // A completion's count stands for the prefix's (it is at least that): its entries need no reading.
    const phrase = phrases.length - 1;
    for (const t of likely) if (t.listed) sources.push({ termId: t.id, phrase, of: phrase, tokens: mode === 'all' ? allTokens : [], floor: t.floor / IMPACT_SCALE });
    // The newest matches of the likeliest completions: FTS5's own prefix query reads every completion's list.
    quoted.push(`(${[ftsQuote(plan.prefix), ...likely.map((t) => ftsQuote(t.word))].join(' OR ')})`);
  }
  const componentIdx = phrases.map((_, i) => i).slice(speakerPhrases);
  // mode 'all': one group per component (its alternatives; the word being typed alone), 'any': one group of all
  const perUnit = units.map((_, u) => componentIdx.filter((i) => i - speakerPhrases < unitOf.length && unitOf[i - speakerPhrases] === u));
  const typed = componentIdx.filter((i) => i - speakerPhrases >= unitOf.length).map((i) => [i]);
  const groups = [
    ...(speakerPhrases > 0 ? [phrases.map((_, i) => i).slice(0, speakerPhrases)] : []),
    ...(mode === 'all' ? [...perUnit, ...typed] : [componentIdx]),
  ];
  // The most rows full ranking would rank: the matches of the rarest required group.
  const groupRows = groups.map((g) => Math.min(rows, g.reduce((a, i) => a + (phrases[i]?.hits ?? 0), 0)));
  // The newest matches only need a superset (every candidate's speaker is checked): one word of each name in the
  // speaker column, its rarest, spares FTS5 the phrase's position checks.
  const nameWords = speakerTokens.map((tokens) => {
    const rarest = [...tokens].sort((a, b) => df(a) - df(b))[0] ?? '';
    return ftsQuote(info.get(rarest)?.word ?? rarest);
  });
  const speakerMatch = plan.speakerMatch === null ? null : `{speaker} : (${[...new Set(nameWords)].join(' OR ')})`;
  const match = withSpeakerMatch(speakerMatch, quoted, mode === 'all' ? 'AND' : 'OR');
  const expanded = expandedUnits[0];
  const required = mode === 'all' ? (expanded ? expanded.map((alt) => [...allTokens, ...alt]) : [allTokens]) : componentTokens;
  const expansion = expansionOf(plan, mode);
  const names = expansion === null ? [] : (perUnit[expansion.component] ?? []);
  return { phrases, groups, speakerPhrases, sources, postings, matchRows: Math.min(...groupRows), match, required, caps, names };
};

/** Counts of the speaker-name phrases for statements of each filtered speaker (by speakerKey). */
const speakerCounts = (plan: SearchPlan, s: Scoring): Map<number, number[]> => {
  const out = new Map<number, number[]>();
  if (s.speakerPhrases === 0) return out;
  for (const name of plan.speakers) {
    const row: RowTokens = { text: [], speaker: ftsTokens(name), context: [] };
    out.set(speakerKey(name), s.phrases.slice(0, s.speakerPhrases).map((p) => phraseFrequency(row, p)));
  }
  return out;
};
  return { scoring, speakerCounts };
}
