// The words of a text as the SQLite store's full-text index sees them: SQLite FTS5's `porter unicode61
// remove_diacritics 2` tokenizer, re-implemented so that bounded ranking (src/adapters/sqlite/bounded.ts) can score and
// index statements without asking SQLite for every token. The porter steps follow SQLite's fts5_porter.c
// line by line (it works on UTF-8 bytes, so lengths here are byte lengths); a test compares both tokenizers
// on every fixture article. A rare difference only costs speed or a slightly different order, never a match:
// FTS5 itself still decides what matches.
import { LATE_SYMBOLS } from './fts-symbols.ts';

// unicode61: letters, numbers, private-use characters and symbols newer than its tables (fts-symbols.ts) make tokens;
// combining marks continue one, except variation selectors (the emoji presentation mark after "🗑"), which separate.
const TOKEN = new RegExp(`[\\p{L}\\p{N}\\p{Co}${LATE_SYMBOLS}][[\\p{L}\\p{N}\\p{Co}\\p{Mn}${LATE_SYMBOLS}]--[\\uFE00-\\uFE0F\\u{E0100}-\\u{E01EF}]]*`, 'gv');
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;
// remove_diacritics folds Latin letters with accents; other scripts' marks (Arabic hamza …) stay.
const MARKS = /[\u0300-\u036f]/g;
/** fts5_porter.c leaves tokens shorter than 3 or longer than 64 bytes alone. */
const PORTER_MAX_BYTES = 64;

/** Folds one raw token like unicode61 with remove_diacritics 2: lower case, diacritics removed. */
export function foldToken(raw: string): string {
  if (ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFD').replace(MARKS, '').toLowerCase().normalize('NFC');
}

// Stems of words already seen: a news vocabulary is small next to its text, and stemming is most of the cost.
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

/** The index token of one raw word (folded, then porter-stemmed). */
export function indexToken(raw: string): string {
  return stemFolded(foldToken(raw));
}

function stemFolded(folded: string): string {
  let stem = stemCache.get(folded);
  if (stem === undefined) {
    stem = porter(folded);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(folded, stem);
  }
  return stem;
}

/** Calls `visit` with each index token of a text and the folded word it came from, in order. */
export function eachToken(text: string, visit: (token: string, folded: string) => void): void {
  if (!ASCII.test(text)) {
    for (const m of text.matchAll(TOKEN)) {
      const folded = foldToken(m[0]);
      visit(stemFolded(folded), folded);
    }
    return;
  }
  // ASCII (most news): letters and digits make tokens; a plain loop is 2-3x faster than the Unicode regex.
  const n = text.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const folded = text.slice(start, i).toLowerCase();
      visit(stemFolded(folded), folded);
      start = -1;
    }
  }
}

/**
 * The index tokens of a text, in order, where only tokens starting with one of `initials` are stemmed: the
 * others are '' (they still count, and still sit between their neighbours). Porter never changes a word's first
 * letter, so a token that matters to a query is never blanked; scoring reads many statements and needs few words.
 */
export function tokensStartingWith(text: string, initials: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (!ASCII.test(text)) {
    for (const m of text.matchAll(TOKEN)) {
      const folded = foldToken(m[0]);
      out.push(initials.has(folded[0] ?? '') ? stemFolded(folded) : '');
    }
    return out;
  }
  const n = text.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const first = text.charCodeAt(start);
      const initial = String.fromCharCode(first >= 65 && first <= 90 ? first + 32 : first);
      out.push(initials.has(initial) ? stemFolded(text.slice(start, i).toLowerCase()) : '');
      start = -1;
    }
  }
  return out;
}

/** The index tokens of a text, in order (what FTS5 stores for a column, positions included). */
export function ftsTokens(text: string): string[] {
  const out: string[] = [];
  eachToken(text, (token) => out.push(token));
  return out;
}

/** Folded but unstemmed tokens: what a prefix query compares against (FTS5 stems a prefix like a word). */
export function rawTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) out.push(foldToken(m[0]));
  return out;
}

/** SQLite's porter stemmer (fts5_porter.c) on a folded token. */
export function porter(token: string): string {
  if (ASCII.test(token)) {
    if (token.length < 3 || token.length > PORTER_MAX_BYTES) return token;
    return stemBytes(token);
  }
  // Work on UTF-8 bytes as SQLite does: suffixes are ASCII, so multi-byte characters are never cut.
  const bytes = Buffer.from(token, 'utf8');
  if (bytes.length < 3 || bytes.length > PORTER_MAX_BYTES) return token;
  return Buffer.from(stemBytes(bytes.toString('latin1')), 'latin1').toString('utf8');
}

const isVowel = (c: string, yIsVowel: boolean): boolean =>
  c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || (yIsVowel && c === 'y');

/** fts5PorterGobbleVC: the end of the first vowel-then-consonant run in w[from, to), or 0. */
function gobbleVC(w: string, from: number, to: number, prevCons: boolean): number {
  let cons = prevCons;
  let i = from;
  for (; i < to; i++) {
    cons = !isVowel(w[i] as string, cons);
    if (!cons) break;
  }
  for (i++; i < to; i++) {
    cons = !isVowel(w[i] as string, cons);
    if (cons) return i + 1;
  }
  return 0;
}

/** m > 0 for the stem w[0, n). */
const mGt0 = (w: string, n: number): boolean => gobbleVC(w, 0, n, false) !== 0;
function mGt1(w: string, n: number): boolean {
  const k = gobbleVC(w, 0, n, false);
  return k !== 0 && gobbleVC(w, k, n, true) !== 0;
}
function mEq1(w: string, n: number): boolean {
  const k = gobbleVC(w, 0, n, false);
  return k !== 0 && gobbleVC(w, k, n, true) === 0;
}
/** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
function oStar(w: string, n: number): boolean {
  const last = w[n - 1];
  if (last === 'w' || last === 'x' || last === 'y') return false;
  let mask = 0;
  let cons = false;
  for (let i = 0; i < n; i++) {
    cons = !isVowel(w[i] as string, cons);
    mask = ((mask << 1) + (cons ? 1 : 0)) & 0xff;
  }
  return (mask & 7) === 5;
}
const mGt1SorT = (w: string, n: number): boolean => (w[n - 1] === 's' || w[n - 1] === 't') && mGt1(w, n);
function hasVowel(w: string, n: number): boolean {
  for (let i = 0; i < n; i++) if (isVowel(w[i] as string, i > 0)) return true;
  return false;
}

type Cond = (w: string, n: number) => boolean;
/** [suffix, condition on the stem before it, replacement]; the first suffix that ends the word is the only one tried. */
type Rule = readonly [string, Cond | null, string];

// fts5_porter.c's generated steps, grouped by the word's second-to-last letter (as the C switch does).
const STEP2: Record<string, readonly Rule[]> = {
  a: [['ational', mGt0, 'ate'], ['tional', mGt0, 'tion']],
  c: [['enci', mGt0, 'ence'], ['anci', mGt0, 'ance']],
  e: [['izer', mGt0, 'ize']],
  g: [['logi', mGt0, 'log']],
  l: [['bli', mGt0, 'ble'], ['alli', mGt0, 'al'], ['entli', mGt0, 'ent'], ['eli', mGt0, 'e'], ['ousli', mGt0, 'ous']],
  o: [['ization', mGt0, 'ize'], ['ation', mGt0, 'ate'], ['ator', mGt0, 'ate']],
  s: [['alism', mGt0, 'al'], ['iveness', mGt0, 'ive'], ['fulness', mGt0, 'ful'], ['ousness', mGt0, 'ous']],
  t: [['aliti', mGt0, 'al'], ['iviti', mGt0, 'ive'], ['biliti', mGt0, 'ble']],
};
const STEP3: Record<string, readonly Rule[]> = {
  a: [['ical', mGt0, 'ic']],
  s: [['ness', mGt0, '']],
  t: [['icate', mGt0, 'ic'], ['iciti', mGt0, 'ic']],
  u: [['ful', mGt0, '']],
  v: [['ative', mGt0, '']],
  z: [['alize', mGt0, 'al']],
};
const STEP4: Record<string, readonly Rule[]> = {
  a: [['al', mGt1, '']],
  c: [['ance', mGt1, ''], ['ence', mGt1, '']],
  e: [['er', mGt1, '']],
  i: [['ic', mGt1, '']],
  l: [['able', mGt1, ''], ['ible', mGt1, '']],
  n: [['ant', mGt1, ''], ['ement', mGt1, ''], ['ment', mGt1, ''], ['ent', mGt1, '']],
  o: [['ion', mGt1SorT, ''], ['ou', mGt1, '']],
  s: [['ism', mGt1, '']],
  t: [['ate', mGt1, ''], ['iti', mGt1, '']],
  u: [['ous', mGt1, '']],
  v: [['ive', mGt1, '']],
  z: [['ize', mGt1, '']],
};
const STEP1B2: Record<string, readonly Rule[]> = { a: [['at', null, 'ate']], b: [['bl', null, 'ble']], i: [['iz', null, 'ize']] };

/** Applies the first rule whose suffix ends `w` (strictly longer than the suffix); returns the new word and whether it changed. */
function apply(w: string, table: Record<string, readonly Rule[]>): [string, boolean] {
  const rules = table[w[w.length - 2] ?? ''];
  if (!rules) return [w, false];
  for (const [suffix, cond, out] of rules) {
    if (w.length > suffix.length && w.endsWith(suffix)) {
      const n = w.length - suffix.length;
      if (cond === null || cond(w, n)) return [w.slice(0, n) + out, true];
      return [w, false];
    }
  }
  return [w, false];
}

/** fts5PorterStep1B: "eed" → "ee" when m > 0; "ed"/"ing" dropped after a vowel (then step 1B2). */
function step1B(w: string): [string, boolean] {
  const second = w[w.length - 2];
  if (second === 'e') {
    if (w.length > 3 && w.endsWith('eed')) return [mGt0(w, w.length - 3) ? w.slice(0, -1) : w, false];
    if (w.length > 2 && w.endsWith('ed') && hasVowel(w, w.length - 2)) return [w.slice(0, -2), true];
  } else if (second === 'n') {
    if (w.length > 3 && w.endsWith('ing') && hasVowel(w, w.length - 3)) return [w.slice(0, -3), true];
  }
  return [w, false];
}

function stemBytes(token: string): string {
  let w = token;
  // Step 1A
  if (w.endsWith('s')) {
    const n = w.length;
    if (w[n - 2] === 'e') {
      if ((n > 4 && w[n - 4] === 's' && w[n - 3] === 's') || (n > 3 && w[n - 3] === 'i')) w = w.slice(0, -2);
      else w = w.slice(0, -1);
    } else if (w[n - 2] !== 's') w = w.slice(0, -1);
  }
  // Step 1B
  const [b, dropped] = step1B(w);
  w = b;
  if (dropped) {
    const [b2, changed] = apply(w, STEP1B2);
    w = b2;
    if (!changed) {
      const c = w[w.length - 1] as string;
      if (!isVowel(c, false) && c !== 'l' && c !== 's' && c !== 'z' && c === w[w.length - 2]) w = w.slice(0, -1);
      else if (mEq1(w, w.length) && oStar(w, w.length)) w += 'e';
    }
  }
  // Step 1C
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = `${w.slice(0, -1)}i`;
  // Steps 2 to 4
  w = apply(w, STEP2)[0];
  w = apply(w, STEP3)[0];
  w = apply(w, STEP4)[0];
  // Step 5a
  if (w.endsWith('e')) {
    const n = w.length - 1;
    if (mGt1(w, n) || (mEq1(w, n) && !oStar(w, n))) w = w.slice(0, -1);
  }
  // Step 5b
  if (w.length > 1 && w.endsWith('ll') && mGt1(w, w.length - 1)) w = w.slice(0, -1);
  return w;
}
