// Stage 5, where a reported clause with no "that" opens after a short frame between it and the cue: "said after the vote
// the city would recover", "has said for weeks he is the only candidate …", "have said repeatedly they don't want …",
// "said in 2015 the city would …", or after an addressee named in full ("told host Tom Lee she believed …"). Read for
// content.ts (contentStartAfter), after its own time and occasion readers; subjectAndVerbAt serves content-end.ts too.
import { isVerbLike } from './content-clauses.ts';
import { DO_FORMS, DURATION_UNITS, NARRATIVE_SUBJECTS, NOUN_DETERMINERS, OCCASION_PREPOSITIONS, RELATIVE_PRONOUNS, TIME_PREPOSITIONS } from './lexicon-clauses.ts';
import { CUE_FORMS, INTERVENING, ROLE_NOUNS, TAIL_STARTERS } from './lexicon.ts';
import { FRAME_NOUNS, OCCASION_NOUNS, POSSESSIVE_PRONOUNS } from './lexicon-nouns.ts';
import { isCapitalised } from './mentions.ts';
import { mannerAdverb } from './names.ts';
import { isPersonNoun } from './person-words.ts';
import { isQuote, type Item } from './units.ts';

/** The clause after a frame of adverbs, a duration, a year or a short prepositional phrase at `from`; null if none. */
export function clauseAfterFrame(items: readonly Item[], from: number): { start: number; that: false } | null {
  let k = from;
  for (let guard = 0; guard < 4; guard++) {
    const next = frameStep(items, k);
    if (next === k) break;
    k = next;
    if (subjectAndVerbAt(items, k)) return { start: k, that: false };
  }
  // a preposition, a determiner and up to three words of its noun phrase, then the clause: a time's preposition ("after
  // the vote"), or an occasion's or a frame's noun ("at the rally", "on the show"; not "hinted at the niche he sees …")
  const prep = items[k]?.lower ?? '';
  if ((OCCASION_PREPOSITIONS.has(prep) || prep === 'in' || prep === 'on') && NOUN_DETERMINERS.has(items[k + 1]?.lower ?? '')) {
    for (let j = k + 3; j <= k + 5; j++) {
      // (one noun phrase: not "after the show the ring her fiance had given her", a second determiner)
      if (items.slice(k + 1, j).some((t, n) => !t.word || isQuote(t) || isVerbLike(t) || TAIL_STARTERS.has(t.lower) || (n > 0 && (NOUN_DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower))))) return null;
      const framed = items.slice(k + 2, j).some((t) => OCCASION_NOUNS.has(t.lower) || FRAME_NOUNS.has(t.lower));
      if ((TIME_PREPOSITIONS.has(prep) || framed) && subjectAndVerbAt(items, j)) return { start: j, that: false };
    }
  }
  return null;
}

/** Past one piece of a frame at `k`: an adverb ("repeatedly"), "for weeks", "for the first time", "in 2015"; `k` if none. */
function frameStep(items: readonly Item[], k: number): number {
  const t = items[k];
  if (!t?.word) return k;
  if ((INTERVENING.has(t.lower) || mannerAdverb(t.lower)) && !NARRATIVE_SUBJECTS.has(t.lower)) return k + 1;
  const next = items[k + 1]?.lower ?? '';
  if (t.lower === 'for' && DURATION_UNITS.has(next)) return k + 2;
  if (t.lower === 'for' && next === 'the' && items[k + 3]?.lower === 'time') return k + 4;
  if (t.lower === 'in' && /^\d{4}$/.test(next)) return k + 2;
  return k;
}

/**
 * A subject and its verb at `k`: a subject pronoun ("he is"), a determiner or possessive and up to three words ("the
 * city would"), or a name of up to three words ("Reyes has"), each with a verb right after it (an adverb between).
 */
export function subjectAndVerbAt(items: readonly Item[], k: number): boolean {
  const t = items[k];
  if (!t?.word || isQuote(t)) return false;
  let v = k + 1;
  if (NARRATIVE_SUBJECTS.has(t.lower)) {
    // the pronoun alone
  } else if (NOUN_DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower)) {
    // (not a contact clause inside the phrase: "the ring her fiance had given her")
    while (v < items.length && v - k <= 3 && (items[v] as Item).word && !isVerbLike(items[v] as Item)) v++;
    if (v === k + 1 || items.slice(k + 1, v).some((x) => NARRATIVE_SUBJECTS.has(x.lower) || POSSESSIVE_PRONOUNS.has(x.lower))) return false;
  } else if (isCapitalised(t)) {
    while (v < items.length && v - k < 3 && (items[v] as Item).word && isCapitalised(items[v] as Item)) v++;
  } else return false;
  if (INTERVENING.has(items[v]?.lower ?? '') && !isVerbLike(items[v] as Item)) v++;
  const verb = items[v];
  // (after "he", "she", a present tense in -s too: "as he faces …")
  const present = v === k + 1 && NARRATIVE_SUBJECTS.has(t.lower) && /^[a-z]{3,}s$/.test(verb?.text ?? '');
  return verb !== undefined && verb.word && (isVerbLike(verb) || present || DO_FORMS.has(verb.lower) || /n['’]t$/.test(verb.lower));
}

/**
 * After "told": a name of two words or more, perhaps with a role word before it ("told Tom Lee she believed …", "told
 * host Tom Lee she …"), then a clause; where the clause opens, or null.
 */
export function clauseAfterNamedAddressee(items: readonly Item[], k: number): { start: number; that: false } | null {
  let j = k;
  if ((ROLE_NOUNS.has(items[j]?.lower ?? '') || isPersonNoun(items[j]?.lower ?? '')) && /^\p{Ll}/u.test(items[j]?.text ?? '')) j++;
  const first = j;
  while (j < items.length && j - first < 4 && (items[j] as Item).word && isCapitalised(items[j] as Item)) j++;
  return j - first >= 2 && subjectAndVerbAt(items, j) && !isCapitalised(items[j] as Item) ? { start: j, that: false } : null;
}

/**
 * Where the content starts after a relative clause on a frame's noun between commas, at `comma`, and the content's own
 * "that" ("wrote on his Telegram channel, which has more than 400,000 subscribers, that …"); -1 when there is none.
 */
export function thatAfterRelative(items: readonly Item[], comma: number): number {
  if (!RELATIVE_PRONOUNS.has(items[comma + 1]?.lower ?? '')) return -1;
  const close = items.findIndex((x, n) => n > comma + 2 && n - comma <= 16 && x.text === ',');
  return close > 0 && items[close + 1]?.lower === 'that' && !items.slice(comma + 2, close).some((x) => isQuote(x) || CUE_FORMS.has(x.text)) ? close + 2 : -1;
}
