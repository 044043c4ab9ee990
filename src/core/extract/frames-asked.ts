// Stage 4b, what an asking cue puts: a question ("asked Hale whether …", "asked the school whether …") or a request
// ("asked a federal judge to block the rules"), whom it asks, and where it ends. (speakerCueContent)
import { isFiniteVerb, isVerbLike } from './content-clauses.ts';
import { CUE_FORMS, QUESTION_CUES, TAIL_STARTERS } from './lexicon.ts';
import { AUXILIARIES, INVITED_TO, QUESTION_NOUNS, NOUN_DETERMINERS, OPENING_PREPOSITIONS, QUANTIFIERS, QUESTION_HEDGES, QUESTION_WORDS, RELATIVE_PRONOUNS, REQUESTED_VERBS } from './lexicon-clauses.ts';
import { analyseMention, type Mention, trimNp } from './mentions.ts';
import { isQuote, type Item } from './units.ts';

/** The person asked ("asked Smith whether …", "asked Senator Maria Lopez how …", "asked the Taoiseach whether …"), if any. */
export function askedOf(items: readonly Item[], from: number, to: number, text: string): { addressee?: Mention } {
  if (to <= from) return {};
  const m = analyseMention(trimNp(items.slice(from, to)), text);
  // ("asked the Taoiseach whether …": a role, resolved like a speaker's)
  return m && (m.kind === 'name' || m.kind === 'role') && !m.institution ? { addressee: m } : {};
}

/**
 * "asked a federal judge to block the rules", "asked residents to stay indoors": whom a request asks (a pronoun, a name
 * or a short noun phrase with no verb), then "to" and what they are asked to do (not "to comment", a question's).
 */
export function requestAt(items: readonly Item[], from: number): boolean {
  for (let k = from; k < items.length && k - from <= 6; k++) {
    const t = items[k] as Item;
    // (not an invitation, "asked the guests to dinner", nor a question put to someone, "asked a question to ministers")
    if (t.lower === 'to') return k > from && /^\p{Ll}+$/u.test(items[k + 1]?.text ?? '') && !REQUESTED_VERBS.has(items[k + 1]?.lower ?? '') && !NOUN_DETERMINERS.has(items[k + 1]?.lower ?? '') && !QUANTIFIERS.has(items[k + 1]?.lower ?? '') && !INVITED_TO.has(items[k + 1]?.lower ?? '') && items[k + 1]?.lower !== 'not';
    if (QUESTION_NOUNS.has(t.lower)) return false;
    // (whom it asks has no preposition but "of": "asked members of Congress to …", not "asked questions about Trump to …")
    if (!t.word || isQuote(t) || isVerbLike(t) || AUXILIARIES.has(t.lower) || CUE_FORMS.has(t.lower) || TAIL_STARTERS.has(t.lower) || (OPENING_PREPOSITIONS.has(t.lower) && t.lower !== 'of') || RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'that') return false;
  }
  return false;
}

/** The "to" after whom a request at `from` asks ("asked the police chief to resign"), or `from` when there is none. */
export function requestTo(items: readonly Item[], from: number): number {
  for (let k = from; k < items.length && k - from <= 6; k++) if ((items[k] as Item).lower === 'to') return k;
  return from;
}

/**
 * Where a request ends: at a comma, a semicolon or "but", or before the asker's own next verb ("asked Republican leaders to
 * disavow him and has repeatedly characterized him …"); not at a joined bare verb ("to discuss … and refrain from …").
 */
export function requestEnd(items: readonly Item[], from: number, end: number): number {
  for (let k = from + 2; k < end; k++) {
    const t = items[k] as Item;
    if (t.text === ',' || t.text === ';' || t.text === '—') return k;
    if ((t.lower === 'and' && (AUXILIARIES.has(items[k + 1]?.lower ?? '') || isVerbLike(items[k + 1] as Item))) || t.lower === 'but') return k;
  }
  return end;
}

/** The question word after an asking cue and at most four words of addressee ("asked the school whether …"); null if none. */
export function questionAfterAddressee(items: readonly Item[], cue: { lemma: string; next: number }): { start: number; that: boolean } | null {
  if (!QUESTION_CUES.has(cue.lemma)) return null;
  // (the addressee in up to six words: "asked the company’s chief operating officer how many …", and a name between
  // commas after them, not counted: "asked the chief operating officer, Gillian Marsh, how many …")
  let named = 0;
  for (let k = cue.next; k < items.length && k - cue.next - named <= 6; k++) {
    const t = items[k] as Item;
    const close = t.text === ',' && k > cue.next && named === 0 ? nameBetweenCommasEnd(items, k) : -1;
    if (close > 0) {
      named = close - k + 1;
      k = close;
      continue;
    }
    // (not a relative after the addressee, "asked anyone who saw the crash", nor "asked residents where possible to …")
    if (t.lower === 'who' && k > cue.next) return null;
    if (QUESTION_WORDS.has(t.lower) && t.lower !== 'which' && items[k + 1]?.word === true) return QUESTION_HEDGES.has(items[k + 1]?.lower ?? '') ? null : { start: k, that: false };
    if (!t.word || isQuote(t) || isFiniteVerb(t) || CUE_FORMS.has(t.text) || TAIL_STARTERS.has(t.lower)) return null;
  }
  return null;
}

/** Where the comma closing a name of capitalised words after the comma at `comma` is ("…, Gillian Marsh, …"), or -1. */
function nameBetweenCommasEnd(items: readonly Item[], comma: number): number {
  let k = comma + 1;
  while (k < items.length && k - comma <= 4 && (items[k] as Item).word && /^\p{Lu}/u.test((items[k] as Item).text)) k++;
  return k > comma + 1 && items[k]?.text === ',' ? k : -1;
}
