// Word-level text helpers shared by theme tagging, similarity grouping and the summariser:
// a tokenizer that keeps the original spelling (acronyms match case-sensitively) and a light stemmer
// so that "refugees", "refugee" and "Refugee" compare equal. Deliberately crude and deterministic.
import { STOP_WORDS } from '../query/stop-words.ts';

export interface Token {
  /** The word as written ("NATO", "refugees"). */
  readonly raw: string;
  /** Lower-cased, stemmed form ("nato", "refuge"). */
  readonly stem: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const stems = new Map<string, string>();

/** Light suffix stripping (plural, -ing, -ed, -ation, -ism/-ist, final e). Same function on both sides of every comparison. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemUncached(word);
    if (stems.size > 200_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  const rules: readonly (readonly [string, string])[] = [
    ['ization', 'ize'], ['ation', 'ate'], ['ment', ''], ['ism', ''], ['ist', ''], ['ing', ''], ['ied', 'y'], ['ed', ''], ['ly', ''],
  ];
  for (const [suffix, replacement] of rules) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && /([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** One token object per word seen (tokens are read-only): theme tagging at ingest tokenizes every statement twice. */
const tokens = new Map<string, Token>();

function tokenOf(raw: string): Token {
  let t = tokens.get(raw);
  if (t === undefined) {
    t = { raw, stem: stem(raw) };
    if (tokens.size > 50_000) tokens.clear();
    tokens.set(raw, t);
  }
  return t;
}

/** Splits text into words (hyphenated words become several tokens), each with its stem. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  if (isPlainText(text)) {
    eachPlainWord(text, (raw) => out.push(tokenOf(raw)));
    return out;
  }
  for (const m of text.normalize('NFKC').matchAll(WORD)) out.push(tokenOf(m[0].replace(/['’]s$/, '')));
  return out;
}

/**
 * The tokens of `around` (plain text only, see isPlainText; null otherwise) and where `part`, found in `around` at or
 * after `from`, lies among them: tokens [start, end) are exactly tokenize(part). Null when `part` is not there or
 * touches a word of `around` at either end (a letter, digit or apostrophe next to it), where its words could differ.
 * Theme tagging reads a statement and the sentence around it, which holds it: one pass instead of two.
 */
export function tokenizeAround(around: string, part: string, from = 0): { tokens: Token[]; start: number; end: number } | null {
  if (!isPlainText(around)) return null;
  const p = around.indexOf(part, from);
  if (p < 0) return null;
  const e = p + part.length;
  const touches = (c: number) => isAlnum(c) || isApostrophe(c);
  if ((p > 0 && touches(around.charCodeAt(p - 1))) || (e < around.length && touches(around.charCodeAt(e)))) return null;
  const tokens: Token[] = [];
  let start = -1;
  let end = -1;
  eachPlainWord(around, (raw, at) => {
    if (start < 0 && at >= p) start = tokens.length;
    if (end < 0 && at >= e) end = tokens.length;
    tokens.push(tokenOf(raw));
  });
  if (start < 0) start = tokens.length;
  if (end < 0) end = tokens.length;
  return { tokens, start, end };
}

// Words that say little about what a statement is about, on top of the query stop words.
const GENERIC = new Set(
  `also already always any certain certainly country countries currently each further however including issue issues
   like many more most must necessary need needs new number one other others own particular really recent recently same
   several such time two well year years believe believes noted stressed added stated emphasized according called
   moscow russia russian minister foreign ministry lavrov sergey`.split(/\s+/),
);

/** Stems of the content words of a text (no stop words, no generic words, no short words): for similarity. */
export function salientStems(text: string): Set<string> {
  const out = new Set<string>();
  if (isPlainText(text)) {
    plainWords(text, out);
    return out;
  }
  const plain = text.normalize('NFKC');
  SALIENT_WORD.lastIndex = 0;
  for (let m = SALIENT_WORD.exec(plain); m !== null; m = SALIENT_WORD.exec(plain)) {
    const s = salientStem(m[0].endsWith('s') ? m[0].replace(/['’]s$/, '') : m[0]);
    if (s !== null) out.add(s);
  }
  return out;
}

/** An ASCII letter (what \p{L} is in plain text). */
export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** An ASCII letter or digit (what [\p{L}\p{N}] is in plain text). */
export const isAlnum = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

/**
 * Text whose words the character-code path finds as WORD would after NFKC: ASCII, plus punctuation that NFKC
 * keeps or turns into ASCII punctuation or a space (curly quotes, dashes, the ellipsis, a no-break space).
 */
const NOT_PLAIN = /[^\p{ASCII}‘’“”–—…\u00A0]/u;

/** True for plain text (see NOT_PLAIN): its letters and digits are ASCII, which the character-code paths rely on. */
export const isPlainText = (text: string) => !NOT_PLAIN.test(text);

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * WORD's matches in plain text (see NOT_PLAIN), found by character codes (no match object per word: most digest
 * texts are plain and this is most of their tokenising): a run of letters and digits, then an apostrophe and
 * letters when they follow; a final "'s" is dropped as in the regex path.
 */
function plainWords(text: string, out: Set<string>): void {
  eachPlainWord(text, (word) => {
    const s = salientStem(word);
    if (s !== null) out.add(s);
  });
}

/** The words of plain text as WORD finds them after NFKC, a final "'s" dropped (see plainWords), with where each starts. */
function eachPlainWord(text: string, each: (word: string, at: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isAlnum(text.charCodeAt(j))) j++;
    if (j + 1 < n && isApostrophe(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
    }
    const end = j - i >= 2 && text.charCodeAt(j - 1) === 115 && isApostrophe(text.charCodeAt(j - 2)) ? j - 2 : j;
    each(text.slice(i, end), i);
    i = j;
  }
}

/** WORD for salientStems' own loop (a shared global regex would carry its position into other callers). */
const SALIENT_WORD = new RegExp(WORD.source, WORD.flags);
/** A word's salient stem, or null for a word that says little: one look-up for words seen before (most are). */
const salient = new Map<string, string | null>();

function salientStem(raw: string): string | null {
  let s = salient.get(raw);
  if (s === undefined) {
    const lower = raw.toLowerCase();
    s = lower.length < 3 || STOP_WORDS.has(lower) || GENERIC.has(lower) || /^\d+$/.test(lower) ? null : stem(raw);
    if (salient.size > 200_000) salient.clear();
    salient.set(raw, s);
  }
  return s;
}

const stemsOfText = new WeakMap<object, Set<string>>();

/** Salient stems of a statement's text, worked out once per statement object (digests rank and cluster the same ones). */
export function statementStems(s: { readonly text: string }): Set<string> {
  let t = stemsOfText.get(s);
  if (!t) {
    t = salientStems(s.text);
    stemsOfText.set(s, t);
  }
  return t;
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
