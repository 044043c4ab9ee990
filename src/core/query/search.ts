// Pure search planning: turns a QuoteQuery (user text!) into a bounded, SAFE plan for the store.
// Every user term/phrase becomes a double-quoted FTS5 string, so no user input can ever be FTS syntax;
// the SQL that executes the plan lives next to the database code (src/adapters/sqlite/search.ts).
import type { QuoteQuery, SpeakerWindow, StatementAct } from '../model.ts';
import { ftsTokens, rawTokens } from './fts-tokens.ts';

/** Bounds on query cost, whatever the caller passes in. */
export const SEARCH_LIMITS = {
  maxComponents: 32,
  maxComponentChars: 500,
  maxSpeakers: 16,
  /** Speaker windows (a role's holders, each with the periods they held it). */
  maxSpeakerWindows: 64,
  /** Alternatives of one component (a place's names). */
  maxAlternatives: 16,
  maxFilterChars: 200,
  maxPageSize: 1000,
  /** Deepest page (offset + limit) served by ranking in the FTS index alone (see src/adapters/sqlite/search.ts). */
  maxFastRows: 500,
} as const;

/** A query reduced to what the store executes: cleaned components, normalised dates, FTS expressions. */
export interface SearchPlan {
  /** Canonical speakers (exact filter, case-insensitive). */
  readonly speakers: readonly string[];
  /** Terms and phrases that can actually match something, cleaned and capped. */
  readonly components: readonly string[];
  /** The word being typed (one token), matched as a prefix (FTS5 `"nat" *`); null in complete queries. */
  readonly prefix: string | null;
  /** The FTS5 speaker-column filter (`{speaker} : (…)`) inside the match expressions, or null. */
  readonly speakerMatch: string | null;
  /** FTS5 MATCH expression with every component ANDed, or null for a filters-only search. */
  readonly matchAll: string | null;
  /** Fallback expression with the components ORed; null when it could not differ from matchAll. */
  readonly matchAny: string | null;
  /** True when the match expressions already restrict the FTS speaker column to `speakers`. */
  readonly speakersInMatch: boolean;
  /** Inclusive ISO dates (YYYY-MM-DD). */
  readonly since: string | null;
  readonly until: string | null;
  readonly outlet: string | null;
  /** Theme filter as a normalised key (see themeKey). */
  readonly theme: string | null;
  /** What the statements report (`act:said`); null: any. */
  readonly act: StatementAct | null;
  /** True when a component matches through alternatives (a place's names): the match expressions say which. */
  readonly expanded: boolean;
  /** Per component (same order), the other phrases that count as it (empty: none). */
  readonly alternatives: readonly (readonly string[])[];
  /** Speakers counted only between dates (a role's holders); empty: no such limit. */
  readonly speakerWindows: readonly SpeakerWindow[];
}

// Characters unicode61 turns into tokens (letters, numbers, private use). A component without any matches nothing.
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
// Control characters (a NUL ends an FTS5 string early: "unterminated string") and lone surrogates.
const UNSAFE_CHARS = /[\p{Cc}\p{Cs}]/gu;

/** Removes characters that cannot be part of a search component and collapses whitespace. */
export function cleanComponent(text: string): string {
  return text.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim().slice(0, SEARCH_LIMITS.maxComponentChars);
}

/** True when the FTS tokenizer would produce at least one token from this text. */
export function hasTokens(text: string): boolean {
  return TOKEN_CHAR.test(text);
}

/** Quotes text as one FTS5 string (a phrase): internal double quotes are doubled, so it can never be syntax. */
export function ftsQuote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Normalises a theme name so "Military presence", "military-presence" and "military_presence" compare equal. */
export function themeKey(theme: string): string {
  return theme
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * How an outlet is stored in statements.outlet_keys and looked up by from:OUTLET: "|name|" with ASCII letters
 * lower-cased (as SQLite's NOCASE does) and '|' replaced, so "|reuters|" is found in "|tass|reuters|".
 */
export function outletKey(outlet: string): string {
  return `|${outlet.replace(/[A-Z]/g, (c) => c.toLowerCase()).replaceAll('|', ' ')}|`;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Normalises YYYY, YYYY-MM or YYYY-MM-DD to an inclusive day bound ('start' → first day, 'end' → last day).
 * Returns null for anything that is not a real calendar date, so callers can drop it instead of throwing.
 */
export function normaliseDateBound(value: string, bound: 'start' | 'end'): string | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < 1 || (month !== null && (month < 1 || month > 12))) return null;
  const mm = month ?? (bound === 'start' ? 1 : 12);
  const lastDay = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  if (day !== null && (day < 1 || day > lastDay)) return null;
  const dd = day ?? (bound === 'start' ? 1 : lastDay);
  return `${String(year).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

function cleanFilter(value: string | null): string | null {
  if (value === null) return null;
  const v = value.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim().slice(0, SEARCH_LIMITS.maxFilterChars);
  return v === '' ? null : v;
}

/** FTS5 filter restricting matches to the given speakers' column; null when a name has no tokens (SQL filter only). */
function speakerColumnFilter(speakers: readonly string[]): string | null {
  if (speakers.length === 0 || !speakers.every(hasTokens)) return null;
  return `{speaker} : (${speakers.map(ftsQuote).join(' OR ')})`;
}

/** FTS5 prefix syntax for a word being typed: `"nat" *` (FTS5 folds and stems the prefix like any word). */
export function prefixMatch(word: string): string {
  return `${ftsQuote(word)} *`;
}

/** A component quoted, or with its alternatives an OR of quoted phrases: `("syria" OR "syrian")`. */
export function quoteAlternatives(component: string, alternatives: readonly string[]): string {
  return alternatives.length === 0 ? ftsQuote(component) : `(${[component, ...alternatives].map(ftsQuote).join(' OR ')})`;
}

/** Joins quoted components with AND or OR, under the speaker-column filter when there is one. */
export function withSpeakerMatch(speakerPart: string | null, quoted: readonly string[], op: 'AND' | 'OR'): string {
  const expr = quoted.join(` ${op} `);
  return speakerPart === null ? expr : `(${speakerPart}) AND (${expr})`;
}

/** Builds the bounded, injection-proof search plan for a query. Never throws on any field content. */
export function planSearch(query: QuoteQuery): SearchPlan {
  const speakers = dedupe(
    query.speakers.map((s) => cleanFilter(s)).filter((s): s is string => s !== null),
  ).slice(0, SEARCH_LIMITS.maxSpeakers);
  const components = dedupe(
    [...query.phrases, ...query.terms].map(cleanComponent).filter(hasTokens),
  ).slice(0, SEARCH_LIMITS.maxComponents);
  const typed = cleanComponent(query.prefix ?? '');
  // One word only: FTS5 would read "U.S" as the phrase "u" "s"*, which is not what "a prefix" means to a user.
  const prefix = rawTokens(typed).length === 1 && !components.some((c) => c.toLowerCase() === typed.toLowerCase()) ? typed : null;

  const speakerPart = speakerColumnFilter(speakers);
  const alternatives = components.map((c) => otherWords(c, (query.alternatives?.[c.toLowerCase()] ?? []).map(cleanComponent).filter(hasTokens)).slice(0, SEARCH_LIMITS.maxAlternatives));
  const expanded = alternatives.some((a) => a.length > 0);
  const quoted = [...components.map((c, i) => quoteAlternatives(c, alternatives[i] ?? [])), ...(prefix === null ? [] : [prefixMatch(prefix)])];
  const matchAll = quoted.length === 0 ? null : withSpeakerMatch(speakerPart, quoted, 'AND');
  const matchAny = quoted.length > 1 ? withSpeakerMatch(speakerPart, quoted, 'OR') : null;

  const since = query.since === null ? null : normaliseDateBound(query.since, 'start');
  const until = query.until === null ? null : normaliseDateBound(query.until, 'end');
  const theme = cleanFilter(query.theme);
  return {
    speakers,
    components,
    prefix,
    speakerMatch: speakerPart,
    matchAll,
    matchAny,
    speakersInMatch: matchAll !== null && speakerPart !== null,
    since,
    until,
    outlet: cleanFilter(query.outlet),
    theme: theme === null ? null : themeKey(theme),
    act: query.act ?? null,
    expanded,
    alternatives,
    speakerWindows: (query.speakerWindows ?? [])
      .filter((w) => cleanFilter(w.speaker) !== null)
      .slice(0, SEARCH_LIMITS.maxSpeakerWindows)
      .map((w) => ({ speaker: cleanFilter(w.speaker) as string, from: dayOrNull(w.from, 'start'), until: dayOrNull(w.until, 'end') })),
  };
}

function dayOrNull(value: string | null, bound: 'start' | 'end'): string | null {
  return value === null ? null : normaliseDateBound(value.slice(0, 10), bound);
}

/** Clamps a page size / offset from callers (chat input may carry NaN or negatives). */
export function clampInt(value: number | undefined, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/**
 * The alternatives that are other words to the index than the component and each other: "Afghans" is "Afghan" to
 * the index (both are the token "afghan"), and quoting both would count that word twice in every statement.
 */
function otherWords(component: string, alternatives: readonly string[]): string[] {
  const seen = new Set([ftsTokens(component).join(' ')]);
  return alternatives.filter((a) => {
    const key = ftsTokens(a).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dedupe(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const key = v.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}
