// Stage 4's token tests for speaker phrases: possessives, the words a phrase may be made of, a phrase trimmed to
// its words, and the adverbs and times between a phrase and its cue ("Lavrov on Friday said").
import type { Token } from './segment.ts';
import { isCapitalised } from './capitals.ts';
import { COPULAR_CUES, CUE_FORMS, INSTITUTION_NOUNS, INTERVENING, MONTHS, NAME_LIKE_BREAKERS, NP_BREAKERS, ROLE_NOUNS, WEEKDAYS } from './lexicon.ts';
import { COUNT_APPROXIMATOR_PAIRS, DAY_LEADS, DEGREE_WORDS, FREQUENCY_ADVERBS, PLACE_ADVERBS, FRAME_DETERMINERS, FRAME_PREPOSITIONS, PARTS_OF_DAY, RELATIVE_TIME, TIME_UNITS } from './lexicon-clauses.ts';
import { DOCUMENT_NOUNS, FRAME_NOUNS, PLURALS_WITHOUT_S } from './lexicon-nouns.ts';
import { isCommonWord, mannerAdverb } from './names.ts';

/** Whether the words at `k` and `k + 1` are a count's approximator of two words: "more than", "at least", "up to". */
export function approximatorPairAt(items: readonly { readonly lower: string }[], k: number): boolean {
  return COUNT_APPROXIMATOR_PAIRS.has(`${items[k]?.lower ?? ''}+${items[k + 1]?.lower ?? ''}`);
}

export const isPossessive = (t: Token): boolean => {
  const s = t.text;
  const n = s.length;
  if (n < 2) return false;
  const a = s[n - 2];
  const b = s[n - 1];
  return (b === 's' && (a === '’' || a === "'")) || (a === 's' && (b === '’' || b === "'"));
};
/** `s.replace(/[’']s?$/, '')`, by hand: most words end in neither mark (a regular expression per word of every chunk). */
const isMark = (c: number): boolean => c === 39 || c === 0x2019;
export const stripPossessive = (s: string): string =>
  isMark(s.charCodeAt(s.length - 1)) ? s.slice(0, -1) : s.charCodeAt(s.length - 1) === 115 && s.length >= 2 && isMark(s.charCodeAt(s.length - 2)) ? s.slice(0, -2) : s;

/** The token without its possessive mark ("Kalb's" → "Kalb"), its end and lower-case form to match. */
export function withoutPossessive<T extends Token>(t: T): T {
  const bare = stripPossessive(t.text);
  return retoken(t, bare, bare.toLowerCase(), t.end - (t.text.length - bare.length));
}

/**
 * `t` with another text, lower-case form and end, its fields written in the order segment.ts's `token` writes them, so
 * that it is of the tokens' hidden class. (A spread copy, `{ ...t, text }`, is of a class of its own: the 13 such tokens
 * rare rules made in a PolNeAR train run each sent the optimised code of every function they reached back to baseline
 * code, nine functions, to be compiled again.)
 */
export function retoken<T extends Token>(t: T, text: string, lower: string, end: number): T {
  return { text, lower, word: t.word, start: t.start, end, quote: (t as { readonly quote?: unknown }).quote } as unknown as T;
}

const NP_PARTICIPLES: ReadonlySet<string> = new Set(
  'speaking addressing writing talking commenting responding reacting testifying citing referring asked quoted according including following during regarding concerning issued released published posted carried cited seen obtained reviewed leaked circulated signed dated'.split(' '),
);

/** Words a speaker phrase may be made of (checked backwards from the cue). */
export function isNpToken(t: Token): boolean {
  // ("Analysts at Marlow & Finch": an ampersand inside a firm's name)
  // (and the plus of "OPEC+")
  if (!t.word) return t.text === '-' || t.text === '–' ? false : t.text === '’' || t.text === "'" || t.text === '&' || t.text === '+';
  // plural nouns that double as cue forms ("media reports said") may sit inside a phrase; verbs may not
  // ("Theresa May", "George Will": a capitalised "May" or "Will" is a name)
  // (an adjective that reports only after "be" may: "Trump's longtime confident Roger Stone", "a certain official")
  if ((NP_BREAKERS.has(t.lower) && !NAME_LIKE_BREAKERS.has(t.text)) || (CUE_FORMS.has(t.text) && !COPULAR_CUES.has(CUE_FORMS.get(t.text) ?? '') && !(/[^s]s$/.test(t.text) && t.text !== 'says' && INSTITUTION_NOUNS.has(t.text.slice(0, -1))))) return false;
  // "speaking at …": a participle is never part of a speaker's name
  if (NP_PARTICIPLES.has(t.text)) return false;
  if (/^\d+$/.test(t.text)) return false;
  // ("1:10pm Minister says …": a live blog's time before its entry is no part of a name)
  if (/^\d{1,2}(?:am|pm)$/i.test(t.text)) return false;
  return true;
}

/** People by role ("officials", "police") or a name: a subject's head before "here" or "there" (not "the delegation there"). */
function personalHead(t: Token): boolean {
  const singular = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
  return ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(singular) || PLURALS_WITHOUT_S.has(t.lower) || (isCapitalised(t) && !isCommonWord(t.lower));
}

/** Drops leading determiners-only noise and trailing commas from a phrase. */
export function trimNp(tokens: readonly Token[]): Token[] {
  let s = 0;
  let e = tokens.length;
  while (s < e && !(tokens[s] as Token).word) s++;
  while (e > s && !(tokens[e - 1] as Token).word) e--;
  return tokens.slice(s, e);
}

/** Where "in a Medium post", "at a news conference" starts, its noun at `noun`: a frame preposition, a determiner, up to two words; -1 if none. */
function framePhraseStart(tokens: readonly Token[], noun: number): number {
  for (let d = noun - 1; d >= 1 && noun - d <= 3; d--) {
    const t = tokens[d] as Token;
    if (!t.word) return -1;
    if (FRAME_DETERMINERS.has(t.lower)) return FRAME_PREPOSITIONS.has((tokens[d - 1] as Token).lower) && d >= 2 ? d - 1 : -1;
  }
  return -1;
}

/** Skips adverbs/auxiliaries backwards from index i (exclusive); returns the new index. */
export function skipInterveningBack(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j > 0) {
    const t = tokens[j - 1] as Token;
    // ("Mr. Rubio defiantly told": an adverb of manner too)
    // (not after a word of degree: "more accurately predicted" has no subject of its own here)
    const manner = t.text === t.lower && mannerAdverb(t.lower) && !DEGREE_WORDS.has(tokens[j - 2]?.lower ?? '');
    // ("the Guardian first reported": "first" right before the cue after a name; not "Trump's first tweet", "he first
    // learned")
    // ("a national newspaper first reported": or a body's noun)
    const first = t.text === 'first' && j === i && tokens[j - 2] !== undefined && (isCapitalised(tokens[j - 2] as Token) || INSTITUTION_NOUNS.has((tokens[j - 2] as Token).lower) || ROLE_NOUNS.has((tokens[j - 2] as Token).lower)) && !isPossessive(tokens[j - 2] as Token);
    if (t.word && (INTERVENING.has(t.lower) || FREQUENCY_ADVERBS.has(t.lower) || manner || first) && !NAME_LIKE_BREAKERS.has(t.text)) {
      j--;
      continue;
    }
    // ("Officials here say", "proponents of more controls here say": where, right before the cue after people by role or
    // a name; not "they were there said", nor "the memorandum handed to the delegation there calls", a phrase's noun)
    if (t.word && j === i && PLACE_ADVERBS.has(t.lower) && tokens[j - 2]?.word === true && personalHead(tokens[j - 2] as Token)) {
      j--;
      continue;
    }
    // "Lavrov on Friday said", "Sanders on Wednesday morning said", "Gowdy earlier Thursday said"
    if (t.word && WEEKDAYS.has(t.lower) && j >= 2 && DAY_LEADS.has((tokens[j - 2] as Token).lower)) {
      j -= 2;
      continue;
    }
    if (t.word && PARTS_OF_DAY.has(t.lower) && j >= 3 && WEEKDAYS.has((tokens[j - 2] as Token).lower) && (tokens[j - 3] as Token).lower === 'on') {
      j -= 3;
      continue;
    }
    // "Jeb Bush in a Medium post said", "the senator at a news conference told": where, between a subject and its cue
    const frame = t.word && FRAME_NOUNS.has(t.lower) ? framePhraseStart(tokens, j - 1) : -1;
    if (frame > 0) {
      j = frame;
      continue;
    }
    // "Feinstein last week said", "the senator this month told"
    if (t.word && TIME_UNITS.has(t.lower) && j >= 2 && RELATIVE_TIME.has((tokens[j - 2] as Token).lower)) {
      j -= 2;
      continue;
    }
    // ("A briefing to the board in March 2024 said", "the report in 2019 found": a month or a year after "in", after a noun
    // in lower case; not after a name, which may be a relative clause's object: "A prisoner held with Arman Bahrami in
    // October told …")
    const year = /^(?:19|20)\d\d$/.test(t.text);
    const month = year && MONTHS.has(tokens[j - 2]?.text ?? '') ? 1 : 0;
    // (and a body's, a role's or a document's noun before it: not "The surge in March said a lot about …")
    const heads = tokens.slice(Math.max(0, j - 9 - month), j - 2 - month);
    if ((year || MONTHS.has(t.text)) && tokens[j - 2 - month]?.lower === 'in' && /^\p{Ll}+$/u.test(tokens[j - 3 - month]?.text ?? '') && !/(?:ing|ed)$/.test(tokens[j - 3 - month]?.text ?? '') && heads.some((x) => INSTITUTION_NOUNS.has(x.lower) || ROLE_NOUNS.has(x.lower) || DOCUMENT_NOUNS.has(x.lower))) {
      j -= 2 + month;
      continue;
    }
    break;
  }
  return j;
}
