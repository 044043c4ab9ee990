// Builds a Digest: the statements after a cursor (optionally added since a date), filtered by themes
// and speakers, grouped by their best theme (similar unthemed ones clustered), each group summarised.
import {
  clusterBySimilarity,
  findTheme,
  loadTaxonomyFile,
  rankStatements,
  summarise,
  themeKey,
  type DigestStatement,
  type StatementStore,
  type Summariser,
  type Taxonomy,
  type ThemeTag,
} from '../core/index.ts';
import type { Digest, DigestGroup } from './model.ts';

/** Where a digest reads its statements: a store or the briefing service. */
export type DigestSource = Pick<StatementStore, 'digestStatementsSince'>;

export interface BuildDigestOptions {
  readonly store: DigestSource;
  /** Cursor: statements with seq > afterSeq (default 0). */
  readonly afterSeq?: number;
  /** Inclusive upper bound (freezes a digest); default: everything stored. */
  readonly toSeq?: number;
  /** Only statements stored (addedAt) at or after this ISO date/time. */
  readonly since?: string | null;
  /** Theme names or labels; empty = all. */
  readonly themes?: readonly string[];
  /** Speaker names ("Lavrov" matches "Sergey Lavrov"); empty = all. */
  readonly speakers?: readonly string[];
  /** Default: data/themes.json. */
  readonly taxonomy?: Taxonomy;
  /** Start shown in the header; default: `since`, else null. */
  readonly from?: string | null;
  readonly now?: Date;
  readonly timeZone?: string;
  /** Top quotes kept per group (default 3). */
  readonly quotesPerGroup?: number;
  /** Person or institution, from the speaker registry, for better names in summaries. */
  readonly kindOf?: (name: string) => 'person' | 'institution' | undefined;
}

/** Statements per group that summaries and top quotes are chosen from. */
const RANK_POOL = 150;

let defaultTaxonomy: Taxonomy | null = null;

/** The shipped taxonomy, loaded once. */
export function defaultDigestTaxonomy(): Taxonomy {
  defaultTaxonomy ??= loadTaxonomyFile();
  return defaultTaxonomy;
}

/** Every stored statement with afterSeq < seq <= toSeq, oldest first, read page by page (the digest's read). */
export function collectStatements(store: DigestSource, afterSeq: number, toSeq = Infinity, pageSize = 500): DigestStatement[] {
  const out: DigestStatement[] = [];
  let after = afterSeq;
  for (;;) {
    const page = store.digestStatementsSince(after, pageSize);
    for (const s of page) if (s.seq <= toSeq) out.push(s);
    const last = page[page.length - 1];
    if (!last || page.length < pageSize || last.seq >= toSeq) return out;
    after = last.seq;
  }
}

export interface ThemeCount {
  readonly name: string;
  readonly label: string;
  readonly statements: number;
}

/** Statements per theme of the taxonomy (stored tags, in taxonomy order) and how many have no theme. */
export function themeCounts(store: DigestSource, taxonomy: Taxonomy): { themes: ThemeCount[]; untagged: number; total: number } {
  const counts = new Map<string, number>();
  let untagged = 0;
  let total = 0;
  for (const s of collectStatements(store, 0)) {
    total++;
    if (s.themes.length === 0) untagged++;
    for (const t of s.themes) counts.set(t.theme, (counts.get(t.theme) ?? 0) + 1);
  }
  return { themes: taxonomy.themes.map((t) => ({ name: t.name, label: t.label, statements: counts.get(t.name) ?? 0 })), untagged, total };
}

/**
 * The statement's stored tags, best first. Ingest tags every statement, and `briefdesk themes --retag` re-tags a
 * database written before tagging existed or before the taxonomy changed: tagging again here for every untagged
 * statement would cost most of a digest's time for nothing.
 */
export function themesOf(s: DigestStatement, taxonomy?: Taxonomy): readonly ThemeTag[] {
  const known = taxonomy ? s.themes.filter((t) => taxonomy.themes.some((x) => x.name === t.theme)) : s.themes;
  return known.length > 1 ? [...known].sort((a, b) => b.score - a.score) : known;
}

/**
 * The tag a statement is grouped under: its best-scored tag of a theme in the taxonomy (and among `wanted`, when
 * given), the first one stored on a tie — themesOf(s, taxonomy)[0] after the `wanted` filter, without building and
 * sorting a list for each of 10,000 statements.
 */
function bestTheme(taxonomy: Taxonomy, wanted: ReadonlySet<string>): (s: DigestStatement) => ThemeTag | undefined {
  const names = new Set(taxonomy.themes.map((t) => t.name));
  const keys = new Map<string, boolean>();
  const isWanted = (theme: string) => {
    let yes = keys.get(theme);
    if (yes === undefined) keys.set(theme, (yes = wanted.has(themeKey(theme))));
    return yes;
  };
  return (s) => {
    let best: ThemeTag | undefined;
    for (const t of s.themes) {
      if (!names.has(t.theme) || (wanted.size > 0 && !isWanted(t.theme))) continue;
      if (best === undefined || t.score > best.score) best = t;
    }
    return best;
  };
}

/** Speaker filter: case-insensitive, whole words, so "Lavrov" matches "Sergey Lavrov" and "Lavrov and Tleuberdi". */
export function matchesSpeaker(s: DigestStatement, speakers: readonly string[]): boolean {
  if (speakers.length === 0) return true;
  const name = ` ${(s.speaker ?? s.speakerMention).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return speakers.some((sp) => {
    const want = sp.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return want !== '' && name.includes(` ${want} `);
  });
}

/** Builds the digest synchronously with extractive summaries (see summariseDigest for an endpoint). */
export function buildDigest(options: BuildDigestOptions): Digest {
  const taxonomy = options.taxonomy ?? defaultDigestTaxonomy();
  const afterSeq = options.afterSeq ?? 0;
  const scanned = collectStatements(options.store, afterSeq, options.toSeq);
  const toSeq = scanned.reduce((max, s) => Math.max(max, s.seq), afterSeq);
  const wanted = new Set((options.themes ?? []).map((t) => themeKey(findTheme(taxonomy, t)?.name ?? t)));
  const since = options.since ? new Date(options.since).getTime() : null;

  const themed = new Map<string, DigestStatement[]>();
  const unthemed: DigestStatement[] = [];
  const bestOf = bestTheme(taxonomy, wanted);
  for (const s of scanned) {
    if (since !== null && new Date(s.addedAt).getTime() < since) continue;
    if (!matchesSpeaker(s, options.speakers ?? [])) continue;
    const best = bestOf(s);
    if (!best) {
      if (wanted.size === 0) unthemed.push(s);
      continue;
    }
    const list = themed.get(best.theme);
    if (list) list.push(s);
    else themed.set(best.theme, [s]);
  }

  const quotes = options.quotesPerGroup ?? 3;
  const group = (theme: string, label: string, kind: DigestGroup['kind'], statements: DigestStatement[]): DigestGroup => {
    // Ranking is quadratic: a huge backlog is ranked from its newest statements, once for both uses.
    const pool = statements.slice(-RANK_POOL);
    const ranked = rankStatements(pool, { limit: Math.max(quotes, 3) });
    return {
      theme,
      label,
      kind,
      summary: summarise(pool, { kindOf: options.kindOf, ranked }),
      speakers: speakersByCount(statements),
      statements,
      topQuotes: ranked.slice(0, quotes),
    };
  };
  const order = new Map(taxonomy.themes.map((t, i) => [themeKey(t.name), i]));
  const labelOf = (name: string) => taxonomy.themes.find((t) => themeKey(t.name) === themeKey(name))?.label ?? name;
  const themeGroups = [...themed]
    .map(([name, list]) => group(name, labelOf(name), 'theme', list))
    .sort(
      (a, b) =>
        b.statements.length - a.statements.length ||
        b.speakers.length - a.speakers.length ||
        (order.get(themeKey(a.theme)) ?? 99) - (order.get(themeKey(b.theme)) ?? 99),
    );
  const clusterGroups = clusterBySimilarity(unthemed).map((c) =>
    c.label === 'miscellaneous'
      ? group('other', 'Other statements', 'other', [...c.statements])
      : group(`other:${c.label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`, c.label, 'similar', [...c.statements]),
  );
  const groups = [...themeGroups, ...clusterGroups];
  return {
    from: options.from ?? options.since ?? null,
    to: (options.now ?? new Date()).toISOString(),
    timeZone: options.timeZone ?? 'UTC',
    afterSeq,
    toSeq,
    statementCount: groups.reduce((n, g) => n + g.statements.length, 0),
    // each group lists its speakers once: together they are every speaker of the digest
    speakerCount: new Set(groups.flatMap((g) => g.speakers)).size,
    groups,
  };
}

/** Replaces each group's summary with the summariser's (which falls back on its own when it fails). */
export async function summariseDigest(digest: Digest, summariser: Summariser): Promise<Digest> {
  const groups: DigestGroup[] = [];
  for (const g of digest.groups) groups.push({ ...g, summary: (await summariser.summarise(g.statements)) || g.summary });
  return { ...digest, groups };
}

function speakersByCount(statements: readonly DigestStatement[]): string[] {
  const counts = new Map<string, number>();
  for (const s of statements) {
    const name = s.speaker ?? s.speakerMention;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name]) => name);
}

/** The CLI's JSON shape: { from, to, groups: [{ theme, summary, statements: [{ text, speaker, date, source, url }] }] }. */
export function digestToJson(digest: Digest) {
  return {
    from: digest.from,
    to: digest.to,
    statements: digest.statementCount,
    speakers: digest.speakerCount,
    groups: digest.groups.map((g) => ({
      theme: g.theme,
      label: g.label,
      summary: g.summary,
      statements: g.statements.map((s) => ({
        text: s.text,
        speaker: s.speaker ?? s.speakerMention,
        date: s.date,
        source: s.outlet ?? s.sources[0]?.outlet ?? null,
        url: s.url ?? s.sources[0]?.url ?? null,
      })),
    })),
  };
}
