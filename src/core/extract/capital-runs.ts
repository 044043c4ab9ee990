// Runs of capitalised words found by hand, for the names a document gives in full (document-names.ts).
import { withGenerationStop } from './capitals.ts';

/**
 * Runs of capitalised words (with name particles and initials) on one line: the matches of
 * `/\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*|de|da|di|du|van|von|der|den|al|bin|ibn|le|la))+/gu`,
 * found by hand (that regex tested every position of the text against Unicode classes: ~30 ns a character).
 * As the regex does, each step keeps its first choice: an initial before a longer word, "de" before "der", so
 * "Ursula von der Leyen" gives "Ursula von de".
 */
export function capitalisedRuns(text: string, found: (run: string, at: number) => void): void {
  const n = text.length;
  let s = 0;
  while (s < n) {
    const c = text.charCodeAt(s);
    if (c < 128 && (c < 65 || c > 90)) {
      s++;
      continue;
    }
    const cp = c < 0xd800 ? c : (text.codePointAt(s) as number);
    const w = cp > 0xffff ? 2 : 1;
    // ("Marcus Hill Jr.": a generation's suffix keeps its stop, as mentions keep it)
    const end = (charBits(cp) & UPPER) !== 0 ? withGenerationStop(text, runFrom(text, s + w)) : -1;
    if (end < 0) {
      s += w;
      continue;
    }
    found(text.slice(s, end), s);
    s = end;
  }
}

const PARTICLES = ['de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'le', 'la'];
const UPPER = 1;
const LETTER = 2;
const UPPER_RE = /^\p{Lu}$/u;
const LETTER_RE = /^\p{L}$/u;
const bitsCache = new Map<number, number>();

/** UPPER for `\p{Lu}`, LETTER for `\p{L}`. */
function charBits(cp: number): number {
  if (cp < 128) return cp >= 65 && cp <= 90 ? UPPER | LETTER : cp >= 97 && cp <= 122 ? LETTER : 0;
  let b = bitsCache.get(cp);
  if (b === undefined) {
    const ch = String.fromCodePoint(cp);
    b = (UPPER_RE.test(ch) ? UPPER : 0) | (LETTER_RE.test(ch) ? LETTER : 0);
    bitsCache.set(cp, b);
  }
  return b;
}

/** After `[\p{L}'’-]*` from `i`. */
function wordTail(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (cp !== 39 && cp !== 0x2019 && cp !== 45 && (charBits(cp) & LETTER) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** End of the run whose first capital ends at `i`, or -1 when no second word follows. */
function runFrom(text: string, i: number): number {
  let end = wordTail(text, i);
  let words = 1;
  for (;;) {
    let j = end;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j++;
    const next = j > end ? wordAt(text, j) : -1;
    if (next < 0) break;
    end = next;
    words++;
  }
  return words > 1 ? end : -1;
}

/** End of `\p{Lu}\.|\p{Lu}[\p{L}'’-]*|<particle>` at `j`, or -1. */
function wordAt(text: string, j: number): number {
  if (j >= text.length) return -1;
  const cp = text.codePointAt(j) as number;
  const w = cp > 0xffff ? 2 : 1;
  if ((charBits(cp) & UPPER) !== 0) return text.charCodeAt(j + w) === 46 ? j + w + 1 : wordTail(text, j + w);
  for (const p of PARTICLES) if (text.startsWith(p, j)) return j + p.length;
  return -1;
}

/** Whether the code point is a letter (`\p{L}`). */
export const isLetter = (cp: number): boolean => (charBits(cp) & LETTER) !== 0;
