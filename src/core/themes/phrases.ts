// What a group of statements is about, in words a reader knows: the names (runs of capitalised words: "Iraq",
// "European Union", "Bank of England") and noun phrases (two or three content words in a row: "legal advice",
// "budget deficit rules") that the group's members share and the other statements rarely use.
import { STOP_WORDS } from '../query/stop-words.ts';
import { stem } from './terms.ts';

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

interface Word {
  readonly raw: string;
  readonly lower: string;
  /** Starts a sentence (the capital says nothing). */
  readonly initial: boolean;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const between = text.slice(last, m.index);
    const initial = out.length === 0 || /[.!?:;"“”]\s*$/.test(between);
    out.push({ raw: m[0].replace(/['’]s$/, ''), lower: m[0].toLowerCase().replace(/['’]s$/, ''), initial });
    last = m.index + m[0].length;
  }
  return out;
}

const capital = (w: Word) => /^\p{Lu}/u.test(w.raw);
const content = (w: Word) => w.lower.length >= 3 && !STOP_WORDS.has(w.lower) && !EMPTY.has(w.lower) && !/^\d+$|['’]/.test(w.lower);

/** Runs of capitalised words ("Bank of England"), ignoring a lone capital at a sentence start. */
function names(ws: readonly Word[], out: Map<string, Phrase>): void {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (!capital(w)) continue;
    let j = i + 1;
    while (j < ws.length && (capital(ws[j] as Word) || (CONNECTORS.has((ws[j] as Word).lower) && j + 1 < ws.length && capital(ws[j + 1] as Word)))) j++;
    const run = ws.slice(i, j).filter((x, k) => !(k === 0 && x.initial && STOP_WORDS.has(x.lower)));
    i = j - 1;
    if (run.length === 0 || run.length > 4) continue;
    if (run.length === 1 && ((run[0] as Word).initial || !content(run[0] as Word))) continue;
    const text = run.map((x) => x.raw).join(' ');
    out.set(run.map((x) => stem(x.raw)).join(' '), { key: run.map((x) => stem(x.raw)).join(' '), text, name: true });
  }
}

/** Two or three lower-case content words in a row. */
function nounPhrases(ws: readonly Word[], out: Map<string, Phrase>): void {
  for (let i = 0; i + 1 < ws.length; i++) {
    for (const n of [2, 3]) {
      const run = ws.slice(i, i + n);
      if (run.length < n || !run.every((x) => content(x) && (!capital(x) || x.initial))) continue;
      if (/(ly|ing)$/.test((run[run.length - 1] as Word).lower)) continue;
      const key = run.map((x) => stem(x.lower)).join(' ');
      out.set(key, { key, text: run.map((x) => x.lower).join(' '), name: false });
    }
  }
}

/** The distinct names and noun phrases of a text. */
export function phrasesOf(text: string): Map<string, Phrase> {
  const out = new Map<string, Phrase>();
  const ws = words(text);
  names(ws, out);
  nounPhrases(ws, out);
  return out;
}

/** Single content words of a text, as phrases (for groups that share no longer phrase). */
export function wordsOf(text: string): Map<string, Phrase> {
  const out = new Map<string, Phrase>();
  for (const w of words(text)) if (content(w)) out.set(stem(w.lower), { key: stem(w.lower), text: w.raw, name: capital(w) && !w.initial });
  return out;
}
