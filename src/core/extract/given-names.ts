// Given names and the gender they are usually borne by: tens of thousands of names from the
// gender-detection-from-name package (its English table, which also covers many Slavic, Arabic and Asian
// names), loaded on first use so that a process that never extracts does not pay its ~17 MB.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { remember } from './copies.ts';

const TABLE = 'gender-detection-from-name/names/en';
let table: ReadonlyMap<string, string> | null = null;

function names(): ReadonlyMap<string, string> {
  if (table) return table;
  const require = createRequire(import.meta.url);
  table = readTable(readFileSync(require.resolve(TABLE), 'utf8')) ?? (require(TABLE) as ReadonlyMap<string, string>);
  return table;
}

const HEAD = 'const enNames = new Map([\n';
const TAIL = ']);\n\nmodule.exports = enNames;\n';
const MALE = "', 'male'],\n";
const FEMALE = "', 'female'],\n";

/**
 * The package's table read from its source text: one `  ['name', 'male'],` line per name between HEAD and TAIL.
 * Loading the module costs more (compiling 760 KB of JavaScript: 27 ms against 17 in a fresh process, at the
 * first name of every extraction); null when the file is not exactly in that form (another version of the
 * package), and then the module is loaded.
 */
export function readTable(source: string): Map<string, string> | null {
  if (!source.startsWith(HEAD) || !source.endsWith(TAIL)) return null;
  const map = new Map<string, string>();
  const end = source.length - TAIL.length;
  let i = HEAD.length;
  while (i < end) {
    if (!source.startsWith("  ['", i)) return null;
    const quote = source.indexOf("'", i + 4);
    const name = source.slice(i + 4, quote);
    if (name.includes('\\')) return null;
    if (source.startsWith(MALE, quote)) {
      map.set(name, 'male');
      i = quote + MALE.length;
    } else if (source.startsWith(FEMALE, quote)) {
      map.set(name, 'female');
      i = quote + FEMALE.length;
    } else return null;
  }
  return i === end ? map : null;
}

/** The table's key for a name: lower case, accents dropped ("Tomás" is listed as "tomas", "François" as "francois"). */
function keyOf(name: string): string {
  const lower = name.toLowerCase();
  // eslint-disable-next-line no-control-regex -- only names beyond ASCII are decomposed
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** 'm' or 'f' for a known given name (any case, with or without accents), null otherwise. */
export function givenNameGender(name: string): 'm' | 'f' | null {
  // (a compound takes its first name's: "Jean-Marie", "Marie-Pierre")
  const hyphen = name.indexOf('-');
  const g = names().get(keyOf(hyphen > 0 && compoundGiven(name) ? name.slice(0, hyphen) : name));
  return g === 'male' ? 'm' : g === 'female' ? 'f' : null;
}

/** Answers by the name as written (most look-ups are the same few words: no lower-casing for each). */
const givenNames = new Map<string, boolean>();

export function isGivenName(name: string): boolean {
  return remember(givenNames, name, inGivenNames, 50_000);
}

const inGivenNames = (name: string): boolean => names().has(keyOf(name)) || compoundGiven(name);

/**
 * Two capitalised given names of the same sex joined by a hyphen: "Jean-Pierre", "Hans-Peter", "Anne-Marie" (not a
 * place's halves, "Miami-Dade", which the table gives different sexes).
 */
function compoundGiven(name: string): boolean {
  const h = name.indexOf('-');
  if (h < 2 || h !== name.lastIndexOf('-')) return false;
  const [a, b] = [name.slice(0, h), name.slice(h + 1)];
  const sex = names().get(keyOf(a));
  return /^\p{Lu}\p{Ll}/u.test(a) && /^\p{Lu}\p{Ll}/u.test(b) && sex !== undefined && names().get(keyOf(b)) === sex;
}
