// Given names and the gender they are usually borne by: tens of thousands of names from the
// gender-detection-from-name package (its English table, which also covers many Slavic, Arabic and Asian
// names), loaded on first use so that a process that never extracts does not pay its ~17 MB.
import { createRequire } from 'node:module';
import { remember } from './copies.ts';

let table: ReadonlyMap<string, string> | null = null;

function names(): ReadonlyMap<string, string> {
  table ??= createRequire(import.meta.url)('gender-detection-from-name/names/en') as ReadonlyMap<string, string>;
  return table;
}

/** The table's key for a name: lower case, accents dropped ("Tomás" is listed as "tomas", "François" as "francois"). */
function keyOf(name: string): string {
  const lower = name.toLowerCase();
  // eslint-disable-next-line no-control-regex -- only names beyond ASCII are decomposed
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** 'm' or 'f' for a known given name (any case, with or without accents), null otherwise. */
export function givenNameGender(name: string): 'm' | 'f' | null {
  const g = names().get(keyOf(name));
  return g === 'male' ? 'm' : g === 'female' ? 'f' : null;
}

/** Answers by the name as written (most look-ups are the same few words: no lower-casing for each). */
const givenNames = new Map<string, boolean>();

export function isGivenName(name: string): boolean {
  return remember(givenNames, name, inGivenNames, 50_000);
}

const inGivenNames = (name: string): boolean => names().has(keyOf(name));
