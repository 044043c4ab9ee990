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

/** 'm' or 'f' for a known given name (any case), null otherwise. */
export function givenNameGender(name: string): 'm' | 'f' | null {
  const g = names().get(name.toLowerCase());
  return g === 'male' ? 'm' : g === 'female' ? 'f' : null;
}

/** Answers by the name as written (most look-ups are the same few words: no lower-casing for each). */
const givenNames = new Map<string, boolean>();

export function isGivenName(name: string): boolean {
  return remember(givenNames, name, inGivenNames, 50_000);
}

const inGivenNames = (name: string): boolean => names().has(name.toLowerCase());
