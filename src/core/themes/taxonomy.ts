// The editable theme taxonomy (data/themes.json): validated with a schema that reports every problem
// at once, then compiled into token sequences so classification is a fast index lookup per word.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { themeKey } from '../query/search.ts';
import { tokenize } from './terms.ts';

/** The shipped taxonomy, used when the caller does not name another file. */
export const DEFAULT_THEMES_FILE = fileURLToPath(new URL('../../../data/themes.json', import.meta.url));

const termSchema = z.union([
  z.string().trim().min(1),
  z
    .object({
      term: z.string().trim().min(1),
      weight: z.number().positive().max(10).optional(),
      /** Match the spelling exactly, capitals included ("Labour" the party, not "labour costs"). */
      exact: z.boolean().optional(),
    })
    .refine((t) => t.weight !== undefined || t.exact !== undefined, 'give a "weight" or "exact": true (or write the term as a plain string)'),
]);

const themeSchema = z.object({
  name: z.string().trim().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens, e.g. "military-presence"'),
  label: z.string().trim().min(1).optional(),
  description: z.string().default(''),
  triggers: z.array(termSchema).default([]),
  entities: z.array(termSchema).default([]),
  /** Words that make the topic certain (Taliban, Kabul): they count as triggers and unlock the ambiguous ones. */
  anchors: z.array(termSchema).default([]),
  /** Words too common alone ("talks", "economy", "attack"): they count only when an anchor is in the statement or its sentence. */
  ambiguous: z.array(termSchema).default([]),
  /** The theme tags a statement only when one of its anchors is in the statement or its sentence. */
  requireAnchor: z.boolean().default(false),
  /** Multiplies every score of this theme (broad themes can be damped). */
  weight: z.number().positive().max(10).default(1),
});

const taxonomySchema = z.object({
  version: z.literal(1).default(1),
  /** Minimum raw score for a tag: 1 means "at least one trigger in the statement itself". */
  threshold: z.number().positive().default(1),
  themes: z.array(themeSchema).min(1),
});

export type TaxonomyFile = z.input<typeof taxonomySchema>;

/** One trigger or entity, compiled. */
export interface CompiledTerm {
  readonly text: string;
  /** trigger or entity: counts alone; anchor: counts alone and unlocks ambiguous terms; ambiguous: needs an anchor. */
  readonly role: 'trigger' | 'anchor' | 'ambiguous';
  readonly weight: number;
  /** Per token: match the raw spelling (acronyms like "EU", "CIS") or the stem. */
  readonly tokens: readonly { readonly value: string; readonly raw: boolean }[];
}

export interface Theme {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly weight: number;
  readonly terms: readonly CompiledTerm[];
  /** Tags only with an anchor present. */
  readonly requireAnchor: boolean;
}

export interface Taxonomy {
  readonly threshold: number;
  readonly themes: readonly Theme[];
  /** First-token index: stem (or raw acronym) → terms starting with it. */
  readonly byStem: ReadonlyMap<string, readonly { theme: Theme; term: CompiledTerm }[]>;
  readonly byRaw: ReadonlyMap<string, readonly { theme: Theme; term: CompiledTerm }[]>;
}

/** Invalid taxonomy file: lists every problem found, with its JSON path. */
export class TaxonomyError extends Error {
  override readonly name = 'TaxonomyError';
  readonly problems: readonly string[];
  constructor(source: string, problems: readonly string[], options?: { cause?: unknown }) {
    super(`invalid theme taxonomy ${source}:\n  ${problems.join('\n  ')}`, options);
    this.problems = problems;
  }
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

function compileTerm(entry: z.output<typeof termSchema>, role: CompiledTerm['role']): CompiledTerm | null {
  const text = typeof entry === 'string' ? entry : entry.term;
  const exact = typeof entry !== 'string' && entry.exact === true;
  const tokens = tokenize(text).map((t) => (exact || ACRONYM.test(t.raw) ? { value: t.raw, raw: true } : { value: t.stem, raw: false }));
  if (tokens.length === 0) return null;
  const weight = typeof entry === 'string' || entry.weight === undefined ? 1 + 0.5 * (tokens.length - 1) : entry.weight;
  return { text, role, weight, tokens };
}

/** Validates and compiles parsed JSON. Throws TaxonomyError listing every problem. */
export function parseTaxonomy(json: unknown, source = 'taxonomy'): Taxonomy {
  const parsed = taxonomySchema.safeParse(json);
  if (!parsed.success) {
    throw new TaxonomyError(source, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const names = new Set<string>();
  const problems: string[] = [];
  const themes: Theme[] = parsed.data.themes.map((t, i) => {
    if (names.has(t.name)) problems.push(`themes.${i}.name: duplicate theme "${t.name}"`);
    names.add(t.name);
    // A term listed twice counts once, in its strongest role: anchor, then trigger, then ambiguous.
    const seen = new Set<string>();
    const terms = [
      ...t.anchors.map((e) => compileTerm(e, 'anchor')),
      ...[...t.triggers, ...t.entities].map((e) => compileTerm(e, 'trigger')),
      ...t.ambiguous.map((e) => compileTerm(e, 'ambiguous')),
    ].filter((x): x is CompiledTerm => {
      const key = x?.tokens.map((k) => k.value).join(' ');
      if (x === null || key === undefined || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (!terms.some((x) => x.role !== 'ambiguous')) problems.push(`themes.${i}: "${t.name}" has no usable trigger, entity or anchor`);
    const anchored = terms.some((x) => x.role === 'anchor');
    if (!anchored && t.ambiguous.length > 0) problems.push(`themes.${i}.ambiguous: "${t.name}" lists ambiguous terms but no anchors to unlock them`);
    if (!anchored && t.requireAnchor) problems.push(`themes.${i}.requireAnchor: "${t.name}" requires an anchor but lists none`);
    return { name: t.name, label: t.label ?? t.name, description: t.description, weight: t.weight, terms, requireAnchor: t.requireAnchor };
  });
  if (problems.length > 0) throw new TaxonomyError(source, problems);

  const byStem = new Map<string, { theme: Theme; term: CompiledTerm }[]>();
  const byRaw = new Map<string, { theme: Theme; term: CompiledTerm }[]>();
  for (const theme of themes) {
    for (const term of theme.terms) {
      const first = term.tokens[0];
      if (!first) continue;
      const index = first.raw ? byRaw : byStem;
      const list = index.get(first.value) ?? [];
      list.push({ theme, term });
      index.set(first.value, list);
    }
  }
  return { threshold: parsed.data.threshold, themes, byStem, byRaw };
}

/** Reads, validates and compiles a taxonomy file (default: data/themes.json). */
export function loadTaxonomyFile(file: string = DEFAULT_THEMES_FILE): Taxonomy {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TaxonomyError(file, [error instanceof Error ? error.message : String(error)], { cause: error });
  }
  return parseTaxonomy(json, file);
}

/** The theme with this name (any spelling themeKey folds together: "Military presence" = "military-presence"). */
export function findTheme(taxonomy: Taxonomy, name: string): Theme | undefined {
  const key = themeKey(name);
  return taxonomy.themes.find((t) => themeKey(t.name) === key || themeKey(t.label) === key);
}
