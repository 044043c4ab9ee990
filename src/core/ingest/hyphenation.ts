// Repairs words that a scraper or a line break split with a hyphen ("Re-cently", "Dusha-nbe", "add-ed")
// while keeping real compounds ("anti-terrorism", "Russian-led", "well-known", "co-operation").
// Statement extraction and search match words, so a split word is a lost word.
import { ENGLISH_WORDS } from './english-words.ts';

/** Left parts that form real hyphenated compounds ("anti-war", "co-operation", "well-known"). */
const PREFIXES = new Set([
  'anti', 'pro', 'non', 'self', 'ex', 'co', 'post', 'pre', 'multi', 'inter', 'intra', 'counter', 'well',
  'semi', 'quasi', 'neo', 'pan', 'sub', 'super', 'ultra', 'over', 'under', 'mid', 'mini', 'micro', 'macro',
  'mega', 'vice', 'cross', 'half', 'all', 'ill', 'socio', 'geo', 'euro', 'afro', 'russo', 'sino', 'trans',
  'extra', 'bi', 'tri', 'de', 're', 'un', 'out', 'far', 'long', 'short', 'high', 'low', 'full', 'part',
  'cyber', 'near', 'top', 'hard', 'so', 'great', 'step', 'by', 'law', 'war', 'ever', 'one', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'fourth', 'fifth',
]);

/** Right parts that make adjectives out of names ("Russian-led", "Afghanistan-themed", "US-backed"). */
const SUFFIX_WORDS = new Set([
  'led', 'based', 'backed', 'themed', 'run', 'made', 'owned', 'born', 'style', 'like', 'free', 'related',
  'wide', 'long', 'old', 'year', 'day', 'bound', 'linked', 'funded', 'sponsored', 'controlled', 'held',
  'friendly', 'oriented', 'focused', 'centric', 'driven', 'brokered', 'allied', 'aligned', 'installed',
  'appointed', 'imposed', 'inspired', 'affiliated', 'era', 'type', 'level', 'scale', 'term', 'ready',
  'proof', 'specific', 'wise', 'esque', 'ish', 'elect', 'designate', 'in', 'out', 'up', 'off', 'over',
  'on', 'down', 'back', 'away', 'long', 'time', 'lite', 'tech', 'made', 'speaking', 'language',
]);

/** Fragments that never stand alone and only end words ("govern-ment", "negotia-tions", "add-ed"). */
const BOUND_SUFFIXES = new Set([
  'tion', 'tions', 'sion', 'sions', 'ment', 'ments', 'ness', 'ity', 'ities', 'ing', 'ings', 'ed', 'ly',
  'ence', 'ences', 'ance', 'ances', 'ous', 'ious', 'ism', 'isms', 'ist', 'ists', 'ise', 'ize',
  'ised', 'ized', 'ation', 'ations', 'tive', 'tives', 'sive', 'ful', 'ical', 'ically', 'ency', 'ancy',
]);

/** Consonant clusters that can begin an English word; any other leading cluster marks a fragment ("nbe", "mber"). */
const ONSETS = new Set([
  'bl', 'br', 'ch', 'cl', 'cr', 'dr', 'dw', 'fl', 'fr', 'gl', 'gr', 'gn', 'kn', 'kl', 'kr', 'pl', 'pr', 'ph',
  'ps', 'sc', 'sch', 'scr', 'sh', 'shr', 'sk', 'sl', 'sm', 'sn', 'sp', 'sph', 'spl', 'spr', 'st', 'str',
  'sw', 'th', 'thr', 'tr', 'tw', 'wh', 'wr', 'sq', 'squ', 'qu', 'kh', 'zh', 'ts', 'ry', 'ly',
]);

const VOWELS = 'aeiouy';

function has(word: string): boolean {
  return ENGLISH_WORDS.has(word);
}

/** Strict lookup: the word itself or a plain inflection (-s, -es, -ed, -ing). Used for right halves. */
function isStrictWord(w: string): boolean {
  if (has(w)) return true;
  if (w.length > 3 && w.endsWith('s') && has(w.slice(0, -1))) return true;
  if (w.length > 4 && w.endsWith('es') && has(w.slice(0, -2))) return true;
  if (w.length > 4 && w.endsWith('ies') && has(`${w.slice(0, -3)}y`)) return true;
  if (w.length > 4 && w.endsWith('ed') && (has(w.slice(0, -2)) || has(w.slice(0, -1)))) return true;
  if (w.length > 5 && w.endsWith('ing') && (has(w.slice(0, -3)) || has(`${w.slice(0, -3)}e`))) return true;
  return false;
}

/** Derivational suffixes tried (with a minimum stem length) when a joined word is checked. */
const DERIVATIONS: readonly (readonly [string, string, number])[] = [
  ['s', '', 3], ['es', '', 3], ['ies', 'y', 3], ['ed', '', 3], ['ed', 'e', 3], ['ied', 'y', 3], ['ing', '', 3],
  ['ing', 'e', 3], ['ly', '', 5], ['ily', 'y', 4], ['ally', '', 4], ['er', '', 4], ['er', 'e', 4],
  ['ers', '', 4], ['est', '', 4], ['ment', '', 4], ['ments', '', 4], ['ness', '', 4], ['ship', '', 4],
  ['ships', '', 4], ['ion', 'e', 4], ['ions', 'e', 4], ['ation', 'e', 4], ['ations', 'e', 4], ['ity', '', 4],
  ['al', '', 4], ['ism', '', 4], ['ist', '', 4], ['ists', '', 4], ['ive', 'e', 4], ['able', '', 4],
];

/** Lookup with derivations ("partnership" → "partner", "negotiations" → "negotiate"). */
export function isKnownWord(word: string, depth = 0): boolean {
  const w = word.toLowerCase();
  if (has(w) || isStrictWord(w)) return true;
  if (depth >= 2) return false;
  // (by index, not `for … of` with a destructuring: this runs for every joined word, mostly before V8 optimises it,
  // and unoptimised code makes an iterator result and a destructuring per entry)
  for (let k = 0; k < DERIVATIONS.length; k++) {
    const d = DERIVATIONS[k] as (typeof DERIVATIONS)[number];
    const suffix = d[0];
    const replacement = d[1];
    const minStem = d[2];
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    if (stem.length < minStem) continue;
    if (isKnownWord(stem + replacement, depth + 1)) return true;
    // doubled consonant: "stopped" → "stop"
    if (stem.length > minStem && stem.at(-1) === stem.at(-2) && isKnownWord(stem.slice(0, -1), depth + 1)) return true;
  }
  return false;
}

/** "Jong" + "un", "Chun" + "hei", "Jae" + "in": a capitalised syllable of up to four letters and a short one, each ending in a vowel or n/ng. */
function romanisedSyllables(left: string, right: string): boolean {
  return /^\p{Lu}[a-z]{1,3}$/u.test(left) && SYLLABLE_END.test(left) && right.length <= 4 && SYLLABLE_END.test(right) && !left.endsWith('nn');
}

const SYLLABLE_END = /([aeiou]|n|ng)$/;
/**
 * How the first syllable of a romanised given name may end, Cantonese's stops and "Tsz" too ("Kwok-wai", "Sik-chuen"),
 * Korean's "l" ("Chol-min", "Cheol-su") and Wade-Giles "h" ("Chih-hsien", "Shih-chieh").
 */
const GIVEN_SYLLABLE_END = /(?:[aeiouyzkptmnlh]|ng)$/;
/** A romanised given name of two syllables, Korean's longer ones too ("Hyeong-su", "Seong-hyeon"). */
const ROMANISED_GIVEN = /^\p{Lu}[a-z]{1,5}-[a-z]{1,5}$/u;
/**
 * A first syllable that only the longer Korean and Wade-Giles forms allow (five letters or more, or ending in "l" or
 * "h": "Hyeong-", "Chol-", "Chih-") keeps its hyphen only before a syllable that opens with a consonant and has a vowel
 * ("Hyeong-su", "Chol-min", "Chih-hsien"), not a split surname's end ("Schol-z", "Gehl-ot", "Bish-op").
 */
const splitLike = (token: string): boolean => {
  const [left = '', right = ''] = token.split('-');
  return (left.length > 4 || /[lh]$/.test(left)) && (!/^[^aeiou\W][a-z]*[aeiouy][a-z]*$/.test(right) || /(?:r|ly|ley|ton|son)$/.test(right));
};
/** A capitalised word of two to six letters right before: "Kim ", "Lee ", "Nguyen ". */
const FAMILY_BEFORE = /(^|[^\p{L}])(\p{Lu}\p{Ll}{1,5}) $/u;
const HONORIFIC = /^(Mr|Mrs|Ms|Dr|Sir)$/;

function hasVowel(s: string): boolean {
  for (const ch of s) if (VOWELS.includes(ch)) return true;
  return false;
}

/**
 * A lower-case string that cannot be a word on its own: no vowel, an impossible opening cluster, or
 * (when `shortCounts`) an unknown piece of three letters or fewer.
 */
function isFragment(s: string, shortCounts = true): boolean {
  if (isStrictWord(s)) return false;
  if (shortCounts && s.length <= 3) return true;
  if (!hasVowel(s)) return true;
  let i = 0;
  while (i < s.length && !VOWELS.includes(s[i] ?? 'a')) i++;
  if (i >= 2 && !ONSETS.has(s.slice(0, i))) return true;
  return false;
}

/** What `shouldJoin` asks of the document's vocabulary. */
export interface Vocabulary {
  has(word: string): boolean;
}

/**
 * shouldJoin's answers without the document's vocabulary, by "left-right": NO, YES, or (a word neither known nor
 * bound) joined when the vocabulary holds the joined word, else ASK_NO / ASK_YES. The rules read only fixed word
 * lists, so an answer holds for every document; split words and compounds repeat across a corpus. (Keyed by the
 * length of `left`, then both: no two pairs share a key.)
 */
const NO = 0;
const YES = 1;
const ASK_NO = 2;
const ASK_YES = 3;
const verdicts = new Map<string, number>();
/** Answers kept before the memory starts over (a few MB at most). */
const MAX_VERDICTS = 50_000;

/** Decides one hyphen between `left` and `right` (both letters only). `vocabulary` holds the document's own words. */
export function shouldJoin(left: string, right: string, vocabulary?: Vocabulary): boolean {
  if (left.length === 0 || right.length === 0) return false;
  const key = `${left.length}:${left}${right}`;
  let v = verdicts.get(key);
  if (v === undefined) {
    v = verdict(left, right);
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, v);
  }
  if (v === NO || v === YES) return v === YES;
  if (vocabulary?.has(left.toLowerCase() + right.toLowerCase())) return true; // "Bela-rus" when "Belarus" is written elsewhere
  return v === ASK_YES;
}

/** shouldJoin's rules, with the vocabulary's question left open (see `verdicts`). */
function verdict(left: string, right: string): number {
  const r0 = right[0] ?? '';
  if (r0 !== r0.toLowerCase()) return NO; // "SCO-Afghanistan", "pro-Kremlin"
  if (left.length >= 2 && left === left.toUpperCase()) return NO; // acronym: "US-led"
  if (left.length === 1) return NO; // "e-mail", "U-turn"
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const joined = l + r;
  if (SUFFIX_WORDS.has(r)) return NO;
  const rightKnown = isStrictWord(r);
  const joinedKnown = isKnownWord(joined);
  // ("break-ins", "sit-ins": a compound's plural, when the joined word is none; "Mon-days", "seas-ons" join)
  if (r.endsWith('s') && SUFFIX_WORDS.has(r.slice(0, -1)) && !joinedKnown) return NO;
  // ("co-ordinated", "pre-empt", "re-enter": a prefix's hyphen between two like vowels is the spelling, not a break)
  if (PREFIXES.has(l) && VOWELS.includes(r[0] ?? '') && l.endsWith(r[0] ?? '')) return NO;
  if (PREFIXES.has(l)) return joinedKnown && !rightKnown ? YES : NO; // "Re-cently" joins, "co-operation" stays
  if (BOUND_SUFFIXES.has(r)) return YES;
  if (joinedKnown) return YES; // "Partner-ship", "Septe-mber"
  // (here the document's vocabulary is asked)
  const leftKnown = isStrictWord(l);
  if (leftKnown && rightKnown) return ASK_NO; // "military-political"
  // "Dusha-nbe", "Bela-rus"; a short piece after a short piece is more likely a reduplication ("hip-hop")
  // ("Kim Jong-un", "Tse Chun-hei", "Moon Jae-in": a romanised given name of two short syllables is no split word;
  // "Brit-ain", "Kenn-edy", "Dusha-nbe" are)
  if (isFragment(r, l.length >= 4 && !romanisedSyllables(left, r))) return ASK_YES;
  if (!leftKnown && !hasVowel(l)) return ASK_YES;
  return ASK_NO;
}

/** Runs of letters and hyphens (`[\p{L}\p{M}-]+`, read by code points) are the tokens repaired. */
const WORD = /[\p{L}\p{M}]+/gu;

/** The set of lower-case words written without hyphen in `text`. */
export function vocabularyOf(text: string): Set<string> {
  const vocab = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (text[start - 1] === '-' || text[end] === '-') continue;
    vocab.add(m[0].toLowerCase());
  }
  return vocab;
}

/**
 * A document's vocabulary as `vocabularyOf` gives it, without reading every word: an ASCII word is looked up
 * in the lower-cased text. Only ASCII letters, the Kelvin sign (U+212A) and the dotted capital I (U+0130, the
 * one character whose lower case is longer) lower-case to ASCII letters, so in a text without those two the
 * lower-cased text holds "belarus" exactly where the text holds a run that lower-cases to it; any other word,
 * or such a text, reads the whole vocabulary once.
 */
function lazyVocabulary(text: string): Vocabulary {
  let words: Set<string> | null = null;
  let lower: string | null = null;
  const searchable = !text.includes('\u212a') && !text.includes('\u0130');
  return {
    has: (word) => {
      if (words === null && searchable && /^[a-z]+$/.test(word)) return hasWord(text, (lower ??= text.toLowerCase()), word);
      return (words ??= vocabularyOf(text)).has(word);
    },
  };
}

/** Whether `word` (ASCII lower case) is written in `text` as a whole run of letters, not next to a hyphen. */
function hasWord(text: string, lower: string, word: string): boolean {
  for (let start = lower.indexOf(word); start >= 0; start = lower.indexOf(word, start + 1)) {
    const end = start + word.length;
    if (text[start - 1] === '-' || text[end] === '-') continue;
    if (isLetterOrMark(codePointBefore(text, start)) || isLetterOrMark(text.codePointAt(end) ?? -1)) continue;
    return true;
  }
  return false;
}

/** The code point that ends at `i` (a surrogate pair read whole), -1 at the start. */
function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? (text.codePointAt(i - 2) as number) : c;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

function isLetterOrMark(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER_OR_MARK.test(String.fromCodePoint(cp));
}

/** Whether the code point belongs to a run of letters, marks and hyphens (`[\p{L}\p{M}-]`). */
function inRun(cp: number): boolean {
  return cp === 45 || isLetterOrMark(cp);
}

/** Start of the run of letters and hyphens that ends at `i` (exclusive), by code points as the /u regex reads. */
function runStart(text: string, i: number): number {
  while (i > 0) {
    const cp = codePointBefore(text, i);
    if (!inRun(cp)) break;
    i -= cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** End of the run of letters and hyphens that starts at `i`. */
function runEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (!inRun(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Joins split words ("Re-cently" → "Recently") and leaves compounds alone. Only the runs of letters and hyphens
 * that hold a hyphen can change, so the text is walked from hyphen to hyphen.
 */
export function repairHyphenation(text: string, vocabulary?: Vocabulary): string {
  let hyphen = text.indexOf('-');
  if (hyphen < 0) return text;
  const vocab = vocabulary ?? lazyVocabulary(text);
  let out = '';
  let done = 0;
  while (hyphen >= 0) {
    const start = runStart(text, hyphen);
    const end = runEnd(text, hyphen + 1);
    const token = text.slice(start, end);
    const fixed = repairToken(token, start, text, vocab);
    if (fixed !== token) {
      out += text.slice(done, start) + fixed;
      done = end;
    }
    hyphen = text.indexOf('-', end);
  }
  return done === 0 ? text : out + text.slice(done);
}

/** One run of letters and hyphens at `offset` of `text`, repaired. */
function repairToken(token: string, offset: number, text: string, vocab: Vocabulary): string {
  // Leave tokens glued to digits alone ("COVID-19-related", "F-16").
  if (/\d/.test(text[offset - 1] ?? '') || /\d/.test(text[offset + token.length] ?? '')) return token;
  // ("Kim Jong-il", "Lee Myung-bak", "Lai Ching-te", "Yiu Kwok-wai": a given name of two syllables after a short family name)
  // (the word before is no English word and no honorific: not "The Presi-dent", "In Bei-jing", "Mr Suna-k")
  const before = FAMILY_BEFORE.exec(text.slice(Math.max(0, offset - 8), offset))?.[2];
  if (before && ROMANISED_GIVEN.test(token) && GIVEN_SYLLABLE_END.test(token.slice(0, token.indexOf('-'))) && !isKnownWord(before) && !HONORIFIC.test(before) && !splitLike(token)) return token;
  // Only single hyphens between letters are candidates; "--", leading and trailing hyphens stay as they are.
  // Empty pieces of the split mark those, so each run of non-empty pieces is one chain.
  const pieces = token.split('-');
  const out: string[] = [];
  let chain: string[] = [];
  const flush = (): void => {
    if (chain.length > 0) out.push(repairChain(chain, vocab));
    chain = [];
  };
  for (const piece of pieces) {
    if (piece.length === 0) {
      flush();
      out.push('');
    } else chain.push(piece);
  }
  flush();
  return out.join('-');
}

/** Longer chains are not split words ("state-of-the-art-ish" lists, separators): left as they are. */
const MAX_CHAIN = 6;

function repairChain(parts: string[], vocabulary: Vocabulary): string {
  if (parts.length > MAX_CHAIN) return parts.join('-');
  let out = parts[0] ?? '';
  let lastPart = out;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const join =
      parts.length === 2 ? shouldJoin(lastPart, part, vocabulary) : shouldJoinInChain(lastPart, part, vocabulary);
    if (join) {
      out += part;
      lastPart += part;
    } else {
      out += `-${part}`;
      lastPart = part;
    }
  }
  return out;
}

/**
 * In chains ("state-of-the-art", "Mazar-i-Sharif", "Rostov-on-Don") short pieces are linking words, so only
 * a bound suffix or an unknown piece completing a known word is joined ("Re-cently-elected").
 */
function shouldJoinInChain(left: string, right: string, vocabulary: Vocabulary): boolean {
  if (right.length < 3 || !shouldJoin(left, right, vocabulary)) return false;
  const r = right.toLowerCase();
  return BOUND_SUFFIXES.has(r) || (!isStrictWord(r) && isKnownWord(left.toLowerCase() + r));
}
