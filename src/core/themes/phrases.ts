// What a group of statements is about, in words a reader knows: the names (runs of capitalised words: "Iraq",
// "European Union", "Bank of England") and noun phrases (two or three content words in a row: "legal advice",
// "budget deficit rules") that the group's members share and the other statements rarely use.
import { STOP_WORDS } from '../query/stop-words.ts';
import { isAlnum, isPlainText, stem } from './terms.ts';

export interface Phrase {
  /** Stems joined by spaces: what phrases are compared by. */
  readonly key: string;
  /** As written in the text. */
  readonly text: string;
  readonly name: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** Words that say nothing about a topic even inside a phrase. */
const EMPTY = new Set(
  `said says say told tell added think thinks believe believes want wants going get got make made many much also very really
   just even still now today yesterday week weeks year years time times people thing things way lot lots percent per cent
   mr mrs ms dr sir one two three first last next new good great big little well own other others such part statement
   almost already always never ever again still yet only quite rather perhaps maybe probably certainly actually instead
   happen happens happened see seen feel felt bring brought run running kind sort going come comes came take takes took
   give gives gave put keep keeps let look looks looking talk talking ask asks asked work works working call called try
   tried use used mean means sure right side sides line lines point points fact today tonight together sen rep gov
   know knows knew between win wins beat person`.split(/\s+/),
);
const CONNECTORS = new Set(['of', 'for', 'de', 'the', 'and', 'on']);

/** A word of a text with what the phrase finders ask of it, worked out once. */
export interface Word {
  readonly raw: string;
  readonly lower: string;
  /** Starts a sentence (the capital says nothing). */
  readonly initial: boolean;
  /** Written with a capital. */
  readonly capital: boolean;
  /** A content word: three letters or more, not a stop word, an empty word, a number or a contraction. */
  readonly content: boolean;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '“', '”']);
const SPACE = /\s/;

/** True when the last non-space character of text[from, to) ends a sentence or opens/closes a quotation. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const ch = text.charAt(i);
    if (!SPACE.test(ch)) return SENTENCE_END.has(ch);
  }
  return false;
}

/** The words of a text, for `phrasesOf` and `wordsOf` (a caller that needs both splits the text once). */
export function textWords(text: string): Word[] {
  if (isPlainText(text)) return plainTextWords(text);
  const out: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const initial = out.length === 0 || endsSentence(text, last, m.index);
    const lowered = m[0].toLowerCase();
    const raw = m[0].endsWith('s') ? m[0].replace(/['’]s$/, '') : m[0];
    const lower = lowered.endsWith('s') ? lowered.replace(/['’]s$/, '') : lowered;
    const content = lower.length >= 3 && !STOP_WORDS.has(lower) && !EMPTY.has(lower) && !/^\d+$|['’]/.test(lower);
    out.push({ raw, lower, initial, capital: /^\p{Lu}/u.test(raw), content });
    last = m.index + m[0].length;
  }
  return out;
}

/** The joiners of WORD: ' ’ . - */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45;
/** \s among plain characters: ASCII white space and the no-break space. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
/** SENTENCE_END by character code. */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201c || c === 0x201d;

/**
 * textWords for plain text, by character codes: the same words with the same flags, without a regex match, a
 * lower-casing regex or a capital test per word (clustering splits 500 statements per digest).
 */
function plainTextWords(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < n && isAlnum(text.charCodeAt(j))) j++;
      if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isAlnum(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    let initial = out.length === 0;
    if (!initial) {
      let k = i - 1;
      while (k >= last && isSpace(text.charCodeAt(k))) k--;
      initial = k >= last && isSentenceEnd(text.charCodeAt(k));
    }
    // a final 's (straight or curly) is not part of the word
    const end = j - i >= 3 && (text.charCodeAt(j - 1) === 115 || text.charCodeAt(j - 1) === 83) && (text.charCodeAt(j - 2) === 39 || text.charCodeAt(j - 2) === 0x2019) ? j - 2 : j;
    const word = text.slice(i, j);
    const raw = end === j || text.charCodeAt(j - 1) === 83 ? word : text.slice(i, end);
    const lowered = word.toLowerCase();
    const lower = end === j ? lowered : lowered.slice(0, end - i);
    const content = lower.length >= 3 && !STOP_WORDS.has(lower) && !EMPTY.has(lower) && !/^\d+$|['’]/.test(lower);
    const first = text.charCodeAt(i);
    out.push({ raw, lower, initial, capital: first >= 65 && first <= 90, content });
    last = j;
    i = j;
  }
  return out;
}

/** Runs of capitalised words ("Bank of England"), ignoring a lone capital at a sentence start. */
function names(ws: readonly Word[], out: Map<string, Phrase>): void {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (!w.capital) continue;
    let j = i + 1;
    while (j < ws.length && ((ws[j] as Word).capital || (CONNECTORS.has((ws[j] as Word).lower) && j + 1 < ws.length && (ws[j + 1] as Word).capital))) j++;
    const run = ws.slice(i, j).filter((x, k) => !(k === 0 && x.initial && STOP_WORDS.has(x.lower)));
    i = j - 1;
    if (run.length === 0 || run.length > 4) continue;
    if (run.length === 1 && ((run[0] as Word).initial || !(run[0] as Word).content)) continue;
    const key = run.map((x) => stem(x.raw)).join(' ');
    out.set(key, { key, text: run.map((x) => x.raw).join(' '), name: true });
  }
}

/** Two or three lower-case content words in a row. */
function nounPhrases(ws: readonly Word[], out: Map<string, Phrase>): void {
  const fits = ws.map((x) => x.content && (!x.capital || x.initial));
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!fits[i]) continue;
    for (const n of [2, 3]) {
      if (i + n > ws.length) continue;
      let all = true;
      for (let k = i + 1; k < i + n; k++) all &&= fits[k] === true;
      if (!all || /(ly|ing)$/.test((ws[i + n - 1] as Word).lower)) continue;
      const run = ws.slice(i, i + n);
      const key = run.map((x) => stem(x.lower)).join(' ');
      out.set(key, { key, text: run.map((x) => x.lower).join(' '), name: false });
    }
  }
}

/** The distinct names and noun phrases of a text (or of its words from `textWords`). */
export function phrasesOf(text: string | readonly Word[]): Map<string, Phrase> {
  const out = new Map<string, Phrase>();
  const ws = typeof text === 'string' ? textWords(text) : text;
  names(ws, out);
  nounPhrases(ws, out);
  return out;
}

/** Single content words of a text, as phrases (for groups that share no longer phrase). */
export function wordsOf(text: string | readonly Word[]): Map<string, Phrase> {
  const out = new Map<string, Phrase>();
  for (const w of typeof text === 'string' ? textWords(text) : text) {
    if (!w.content) continue;
    const key = stem(w.lower);
    out.set(key, { key, text: w.raw, name: w.capital && !w.initial });
  }
  return out;
}
